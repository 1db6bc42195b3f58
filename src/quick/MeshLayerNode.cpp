// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeshLayerNode.h"

#include "MapStyle.h"
#include "MeshNodes.h"

#include <QQuickWindow>
#include <QSGTexture>

#include <cmath>

namespace conflictmap {

void MeshLayerNode::clear(QSGNode *parent)
{
    // Children are owned by their parent only in the sense that Qt deletes
    // them with it; replaced ones are deleted here.
    while (QSGNode *child = parent->firstChild()) {
        parent->removeChildNode(child);
        delete child;
    }
}

void MeshLayerNode::buildLevel(size_t level)
{
    const LayerMesh &mesh = level == 0 ? m_layer->mesh : m_layer->coarser[level - 1].mesh;
    const std::vector<PreparedLayer::Chunk> &chunks = level == 0 ? m_layer->chunks : m_layer->coarser[level - 1].chunks;
    // A level's vertices are relative to its own origin; this node's matrix
    // is relative to the full layer's.
    auto *shift = new QSGTransformNode; // owned by its parent from here on, as the others below
    QMatrix4x4 translation;
    const QPointF offset = mesh.origin - m_layer->mesh.origin;
    translation.translate(float(offset.x()), float(offset.y()));
    shift->setMatrix(translation);
    auto *fills = new QSGOpacityNode;
    auto *outlines = new QSGNode;
    shift->appendChildNode(fills);
    shift->appendChildNode(outlines);
    Level &built = m_levels[level];
    for (const PreparedLayer::Chunk &chunk : chunks) {
        auto *fill = new QSGOpacityNode;
        fill->appendChildNode(MeshNodes::fills(mesh, m_layer->fills, chunk));
        fills->appendChildNode(fill);
        auto *outline = new QSGOpacityNode;
        if (m_layer->style.outline.isValid())
            outline->appendChildNode(
                MeshNodes::outlines(mesh, chunk, m_layer->style.outline, float(m_layer->style.outlineWidth)));
        outlines->appendChildNode(outline);
        built.chunks.emplace_back(fill, outline);
    }
    built.fills = fills;
    built.shown = new QSGOpacityNode;
    built.shown->appendChildNode(shift);
    m_levelRoot->appendChildNode(built.shown);
}

void MeshLayerNode::update(QQuickWindow *window, const std::shared_ptr<const PreparedLayer> &layer, const QRectF &extent,
    double resolution, const RegionHighlights &highlights)
{
    if (layer != m_layer) {
        clear(this);
        m_levels.assign(1 + layer->coarser.size(), Level{});
        m_levelRoot = new QSGNode; // owned by this node from here on
        appendChildNode(m_levelRoot);
        m_highlights = new QSGNode;
        appendChildNode(m_highlights);
        m_layer = layer;
        m_highlightsBuilt = false;
    }
    const PreparedLayer::Coarse *coarse = layer->coarseAt(resolution);
    const size_t active = coarse ? size_t(coarse - layer->coarser.data()) + 1 : 0;
    if (!m_levels[active].shown)
        buildLevel(active);
    const std::vector<PreparedLayer::Chunk> &chunks = coarse ? coarse->chunks : layer->chunks;
    for (size_t level = 0; level < m_levels.size(); ++level)
        if (QSGOpacityNode *shown = m_levels[level].shown; shown && shown->opacity() != (level == active ? 1.0 : 0.0))
            shown->setOpacity(level == active ? 1.0 : 0.0);
    if (m_levels[active].fills->opacity() != highlights.fillOpacity)
        m_levels[active].fills->setOpacity(highlights.fillOpacity);
    const auto &activeChunks = m_levels[active].chunks;
    for (size_t c = 0; c < activeChunks.size(); ++c) {
        const double opacity = chunks[c].bounds.intersects(extent) ? 1.0 : 0.0;
        if (activeChunks[c].first->opacity() != opacity) {
            activeChunks[c].first->setOpacity(opacity);
            activeChunks[c].second->setOpacity(opacity);
        }
    }
    const double hatchPeriod = MapStyle::hatchSpacing() * std::exp2(std::ceil(std::log2(resolution)));
    const auto &[hovered, selected, tinted, shades, fillOpacity] = highlights;
    if (m_highlightsBuilt && highlights == m_highlighted && (tinted.empty() || hatchPeriod == m_hatchPeriod))
        return;
    m_hatchPeriod = hatchPeriod;
    if (!m_stripes && !tinted.empty())
        m_stripes.reset(window->createTextureFromImage(MapStyle::hatchTile(), QQuickWindow::TextureHasAlphaChannel));
    clear(m_highlights);
    for (const auto &[r, value] : shades)
        if (r >= 0 && size_t(r) < layer->mesh.regions.size())
            m_highlights->appendChildNode(MeshNodes::regionFill(*layer, r, MapStyle::shade(value)));
    // Known only to the region: hatched, as on the software renderer.
    for (int r : tinted)
        if (r >= 0 && size_t(r) < layer->mesh.regions.size())
            m_highlights->appendChildNode(MeshNodes::regionHatch(*layer, r, m_stripes.get(), hatchPeriod));
    if (hovered >= 0) {
        m_highlights->appendChildNode(MeshNodes::regionFill(*layer, hovered, MapStyle::hoverFill()));
        m_highlights->appendChildNode(
            MeshNodes::regionOutline(*layer, hovered, MapStyle::hoverOutline(), float(MapStyle::outlineWidth())));
    }
    if (selected >= 0) {
        m_highlights->appendChildNode(MeshNodes::regionFill(*layer, selected, MapStyle::selectedFill()));
        m_highlights->appendChildNode(
            MeshNodes::regionOutline(*layer, selected, MapStyle::selectedOutline(), float(MapStyle::selectedOutlineWidth())));
    }
    m_highlighted = highlights;
    m_highlightsBuilt = true;
}

} // namespace conflictmap
