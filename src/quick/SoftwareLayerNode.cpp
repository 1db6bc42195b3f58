// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SoftwareLayerNode.h"

#include "MapStyle.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>

#include <cmath>

namespace conflictmap {

void SoftwareLayerNode::setState(State state)
{
    m_state = std::move(state);
    markDirty(QSGNode::DirtyMaterial); // the software renderer repaints only dirty nodes
}

void SoftwareLayerNode::render(const RenderState *state)
{
    if (!m_state.layer)
        return;
    QSGRendererInterface *renderer = m_window->rendererInterface();
    auto *painter = static_cast<QPainter *>(renderer->getResource(m_window, QSGRendererInterface::PainterResource));
    if (!painter)
        return;
    // The renderer's clip region (window coordinates) spares items drawn
    // above the map; within it, clip to the map item itself.
    const QRegion *clip = state->clipRegion();
    if (clip && !clip->isEmpty())
        painter->setClipRegion(*clip, Qt::ReplaceClip);
    // On Qt 6.4 the software renderer gives render nodes an identity
    // matrix(), not the item's place in the window: use the item's own.
    painter->setTransform(m_state.itemToWindow);
    painter->setClipRect(QRectF(QPointF(), m_state.size), clip && !clip->isEmpty() ? Qt::IntersectClip : Qt::ReplaceClip);
    painter->setTransform(m_state.view * m_state.itemToWindow);
    painter->setOpacity(inheritedOpacity());
    painter->setRenderHint(QPainter::Antialiasing, true);

    QPen outline(MapStyle::outline(), MapStyle::outlineWidth());
    outline.setCosmetic(true);
    const PreparedLayer &layer = *m_state.layer;
    // The level of detail for this scale: the view maps projected units to pixels.
    const PreparedLayer::Coarse *coarse = layer.coarseAt(1.0 / std::max(std::abs(m_state.view.m11()), 1e-300));
    const std::vector<QPainterPath> &paths = coarse ? coarse->paths : layer.paths;
    const LayerMesh &mesh = coarse ? coarse->mesh : layer.mesh;
    for (size_t r = 0; r < paths.size(); ++r) {
        if (!mesh.regions[r].bounds.intersects(m_state.extent))
            continue;
        painter->setPen(outline);
        painter->setBrush(layer.fills[r]);
        painter->drawPath(paths[r]);
    }
    auto highlight = [&](int r, const QColor &fill, const QPen &pen) {
        if (r < 0 || size_t(r) >= layer.paths.size())
            return;
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawPath(layer.paths[size_t(r)]);
    };
    painter->setPen(Qt::NoPen);
    for (const auto &[r, value] : m_state.shades) {
        if (r < 0 || size_t(r) >= layer.paths.size())
            continue;
        painter->setBrush(MapStyle::shade(value));
        painter->drawPath(layer.paths[size_t(r)]);
    }
    // Known only to the region: hatched, so it never reads as a place.
    painter->setPen(Qt::NoPen);
    for (int r : m_state.tinted) {
        if (r < 0 || size_t(r) >= layer.paths.size())
            continue;
        QBrush hatch(MapStyle::regionTint(), Qt::BDiagPattern);
        hatch.setTransform(m_state.view.inverted()); // keep the hatch in pixels as the map zooms
        painter->setBrush(hatch);
        painter->drawPath(layer.paths[size_t(r)]);
    }
    QPen hoverPen(MapStyle::hoverOutline(), MapStyle::outlineWidth());
    hoverPen.setCosmetic(true);
    QPen selectedPen(MapStyle::selectedOutline(), MapStyle::selectedOutlineWidth());
    selectedPen.setCosmetic(true);
    highlight(m_state.hovered, MapStyle::hoverFill(), hoverPen);
    highlight(m_state.selected, MapStyle::selectedFill(), selectedPen);
}

} // namespace conflictmap
