// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSGTexture>

#include "PreparedLayer.h"

#include <QSGOpacityNode>
#include <QSGTransformNode>

#include <memory>

class QQuickWindow;

namespace conflictmap {

// The map's layer on the OpenGL/RHI renderer: a transform node (the view)
// over the fills, the outlines and the hover/selection overlays. Geometry is
// uploaded when the layer changes, overlays when hover or selection do;
// panning and zooming only change the matrix.
class MeshLayerNode : public QSGTransformNode {
public:
    // 'extent': the projected rectangle in view; chunks outside it are
    // skipped. 'resolution' (projected units per pixel) picks the level of
    // detail; each level's nodes are made when first drawn.
    void update(QQuickWindow *window, const std::shared_ptr<const PreparedLayer> &layer, const QRectF &extent, double resolution,
        const RegionHighlights &highlights);

private:
    void clear(QSGNode *parent);

    // Held, not just compared by address: a new layer could reuse a freed one's.
    std::shared_ptr<const PreparedLayer> m_layer;
    QSGNode *m_highlights = nullptr; // owned as a child
    // Per level of detail (0: the full layer, then PreparedLayer::coarser):
    // an opacity node showing it only while it is the one drawn, and per
    // chunk its fills and its outlines, each under an opacity node that
    // blocks it when out of view (all fills are drawn before any outline,
    // so no fill covers a neighbour's border).
    struct Level {
        QSGOpacityNode *shown = nullptr; // null until first drawn
        QSGOpacityNode *fills = nullptr; // all its fills: they fade for a base map
        std::vector<std::pair<QSGOpacityNode *, QSGOpacityNode *>> chunks;
    };
    std::vector<Level> m_levels;
    QSGNode *m_levelRoot = nullptr; // owned as a child
    void buildLevel(size_t level);
    RegionHighlights m_highlighted;
    bool m_highlightsBuilt = false;
    // The hatching's stripes, made once; its period in projected units
    // changes by powers of two with the zoom, so the lines stay 8-16 px
    // apart without rebuilding the hatch every frame of a zoom.
    std::unique_ptr<QSGTexture> m_stripes;
    double m_hatchPeriod = 0;
};

} // namespace conflictmap
