// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/PolygonNode.h"

#include "MapViewport.h"
#include "MeshLayerNode.h"
#include "SoftwareLayerNode.h"
#include "map/LayerRoot.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace conflictmap {

QSGNode *updatePolygonNode(QSGNode *old, QQuickItem *item, const std::shared_ptr<const PreparedLayer> &layer,
    const MapViewport &viewport, const RegionHighlights &highlights)
{
    QSGNode *root = LayerRoot::of(old);
    if (!layer)
        return LayerRoot::cleared(root);
    QQuickWindow *window = item->window();
    if (window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software) {
        LayerRoot::child<SoftwareLayerNode>(root, [&] { return new SoftwareLayerNode(window); })
            ->setState({layer, viewport.transform(), item->itemTransform(nullptr, nullptr), viewport.projectedExtent(),
                item->size(), highlights});
        return root;
    }
    auto *node = LayerRoot::child<MeshLayerNode>(root, [] { return new MeshLayerNode; });
    node->update(window, layer, viewport.projectedExtent(), viewport.resolution(), highlights);
    node->setMatrix(QMatrix4x4(viewport.transform(layer->mesh.origin)));
    return root;
}

} // namespace conflictmap
