// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/PolygonNode.h"

#include "MapViewport.h"
#include "MeshLayerNode.h"
#include "SoftwareLayerNode.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace conflictmap {

QSGNode *updatePolygonNode(QSGNode *old, QQuickItem *item, const std::shared_ptr<const PreparedLayer> &layer,
    const MapViewport &viewport, const RegionHighlights &highlights)
{
    QSGNode *root = old ? old : new QSGNode; // owned by the scene graph from here on, with its child
    if (!layer) {
        while (QSGNode *child = root->firstChild()) {
            root->removeChildNode(child);
            delete child;
        }
        return root;
    }
    QQuickWindow *window = item->window();
    if (window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software) {
        auto *node = static_cast<SoftwareLayerNode *>(root->firstChild());
        if (!node) {
            node = new SoftwareLayerNode(window); // owned by root
            root->appendChildNode(node);
        }
        node->setState({layer, viewport.transform(), item->itemTransform(nullptr, nullptr), viewport.projectedExtent(),
            item->size(), highlights});
        return root;
    }
    auto *node = static_cast<MeshLayerNode *>(root->firstChild());
    if (!node) {
        node = new MeshLayerNode; // owned by root
        root->appendChildNode(node);
    }
    node->update(window, layer, viewport.projectedExtent(), viewport.resolution(), highlights);
    node->setMatrix(QMatrix4x4(viewport.transform(layer->mesh.origin)));
    return root;
}

} // namespace conflictmap
