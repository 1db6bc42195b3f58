// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/BoundaryLayer.h"
#include "geo/LayerMesh.h"

#include <QColor>
#include <QPainterPath>

#include <memory>
#include <vector>

namespace conflictmap {

// One painter path per region of 'mesh' (projected coordinates, even-odd
// fill), for the software renderer.
std::vector<QPainterPath> painterPathsOf(const LayerMesh &mesh);

// How a layer's polygons are painted.
struct PolygonStyle {
    QColor fill; // invalid: one pale hue per country (MapStyle::countryPalette)
    QColor outline; // invalid: no outlines
    double outlineWidth = 1.0; // pixels
};

// What is drawn over a boundary layer's regions (indices into its
// regions), and how opaque its fills are: see MapStyle for the colours.
struct RegionHighlights {
    int hovered = -1;
    int selected = -1;
    std::vector<int> tinted; // hatched: known only to the region
    std::vector<std::pair<int, double>> shades; // region, shade in [0, 1]
    double fillOpacity = 1.0; // fills give way to a base map beneath
    bool operator==(const RegionHighlights &o) const
    {
        return hovered == o.hovered && selected == o.selected && tinted == o.tinted && shades == o.shades
            && fillOpacity == o.fillOpacity;
    }
};

// A boundary layer made ready to draw in one display CRS: the projected
// mesh for the GPU, painter paths for the software renderer, and a fill
// colour per region. Immutable once built, so the UI and render threads
// share it freely; built off the UI thread.
struct PreparedLayer {
    std::shared_ptr<const BoundaryLayer> layer;
    QString crs;
    LayerMesh mesh;
    std::vector<QPainterPath> paths; // per region, projected coordinates; for the software renderer only
    std::vector<QColor> fills; // per region
    PolygonStyle style;

    // Regions near each other, drawn as one piece on the GPU, so that what
    // is out of view is skipped: about kChunkVertices vertices each.
    struct Chunk {
        std::vector<uint32_t> regions;
        QRectF bounds; // projected
        uint32_t vertexCount = 0;
    };
    static constexpr uint32_t kChunkVertices = 16384;
    std::vector<Chunk> chunks;

    // Level of detail: the layer simplified for small scales, where a pixel
    // spans kilometres and the full geometry (1.3 M vertices for the
    // world's admin-1 units) would cost every frame for detail no one sees.
    // Each is within half a pixel of the full layer wherever it is drawn.
    struct Coarse {
        double fromResolution; // drawn at this many projected units per pixel, or more
        LayerMesh mesh; // same regions; its own origin
        std::vector<QPainterPath> paths;
        std::vector<Chunk> chunks;
    };
    std::vector<Coarse> coarser; // finest first
    // The coarsest level to draw at 'resolution', or null for the full layer.
    const Coarse *coarseAt(double resolution) const;

    // Projects 'layer' to 'crs'; 'baseResolution' (projected units per
    // pixel at zoom 0) sets the levels of detail. Returns null and sets
    // *error if PROJ cannot make the transformation.
    // 'withPaths': make the painter paths the software renderer draws (on
    // OpenGL they would only take memory: 31 MiB for the world's admin-1).
    static std::shared_ptr<const PreparedLayer> build(std::shared_ptr<const BoundaryLayer> layer, const QString &crs,
        double baseResolution, const PolygonStyle &style, bool withPaths, QString *error);
};

} // namespace conflictmap
