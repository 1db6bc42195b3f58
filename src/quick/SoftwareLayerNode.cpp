// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SoftwareLayerNode.h"

#include "MapStyle.h"

#include <QPainter>

#include <cmath>

namespace conflictmap {

void SoftwareLayerNode::setState(State state)
{
    m_state = std::move(state);
    setPlacement(m_state.itemToWindow, m_state.size);
}

void SoftwareLayerNode::render(const RenderState *state)
{
    if (!m_state.layer)
        return;
    QPainter *painter = beginPainting(state, m_state.view);
    if (!painter)
        return;

    const PreparedLayer &layer = *m_state.layer;
    const RegionHighlights &highlights = m_state.highlights;
    QPen outline = layer.style.outline.isValid() ? QPen(layer.style.outline, layer.style.outlineWidth) : QPen(Qt::NoPen);
    outline.setCosmetic(true);
    // The level of detail for this scale: the view maps projected units to pixels.
    const PreparedLayer::Coarse *coarse = layer.coarseAt(1.0 / std::max(std::abs(m_state.view.m11()), 1e-300));
    const std::vector<QPainterPath> &paths = coarse ? coarse->paths : layer.paths;
    const LayerMesh &mesh = coarse ? coarse->mesh : layer.mesh;
    // Fills first, outlines over them, so that translucent fills (a base
    // map beneath) never veil a neighbour's border.
    painter->setPen(Qt::NoPen);
    for (size_t r = 0; r < paths.size() && highlights.fillOpacity > 0; ++r) {
        if (!mesh.regions[r].bounds.intersects(m_state.extent))
            continue;
        QColor fill = layer.fills[r];
        fill.setAlphaF(float(fill.alphaF() * highlights.fillOpacity));
        painter->setBrush(fill);
        painter->drawPath(paths[r]);
    }
    painter->setPen(outline);
    painter->setBrush(Qt::NoBrush);
    for (size_t r = 0; r < paths.size() && outline.style() != Qt::NoPen; ++r)
        if (mesh.regions[r].bounds.intersects(m_state.extent))
            painter->drawPath(paths[r]);
    auto highlight = [&](int r, const QColor &fill, const QPen &pen) {
        if (r < 0 || size_t(r) >= layer.paths.size())
            return;
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawPath(layer.paths[size_t(r)]);
    };
    painter->setPen(Qt::NoPen);
    for (const auto &[r, value] : highlights.shades) {
        if (r < 0 || size_t(r) >= layer.paths.size())
            continue;
        painter->setBrush(MapStyle::shade(value));
        painter->drawPath(layer.paths[size_t(r)]);
    }
    // Known only to the region: hatched, so it never reads as a place.
    painter->setPen(Qt::NoPen);
    for (int r : highlights.tinted) {
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
    highlight(highlights.hovered, MapStyle::hoverFill(), hoverPen);
    highlight(highlights.selected, MapStyle::selectedFill(), selectedPen);
}

} // namespace conflictmap
