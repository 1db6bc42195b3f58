// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/MultiPolygon.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <cstdint>
#include <vector>

namespace conflictmap {

class BoundaryLayer;
class CrsTransform;

// A boundary layer projected to a display CRS and prepared for drawing:
// fill triangles and outline segments as indices into one vertex array.
// Built once per layer and display CRS (off the UI thread); the map item
// only changes its view transform per frame.
//
// Vertices are stored as floats relative to 'origin' so that GPU (single)
// precision keeps sub-metre detail for projected coordinates in the millions.
struct LayerMesh {
    struct Range {
        uint32_t first = 0;
        uint32_t count = 0;
    };
    struct RegionPart {
        Range vertices; // this region's vertices, contiguous
        Range fillIndices; // into fillIndices
        Range outlineIndices; // into outlineIndices
        std::vector<Range> rings; // into vertices (vertex numbers), one per ring
        QRectF bounds; // projected
        QPointF labelPoint; // projected
    };

    QPointF origin;
    std::vector<float> vertices; // x, y pairs, projected minus origin
    std::vector<uint32_t> fillIndices; // triangles
    std::vector<uint32_t> outlineIndices; // line segments
    std::vector<RegionPart> regions; // parallel to BoundaryLayer::regions()
    QRectF bounds; // projected
    int untriangulated = 0; // polygons drawn as outline only
    int unprojectable = 0; // rings outside the display CRS's domain

    QPointF vertex(uint32_t i) const { return origin + QPointF(vertices[2 * i], vertices[2 * i + 1]); }

    // Projects and triangulates every region of 'layer' with 'toDisplay'
    // (a transform from WGS 84 lon/lat to the display CRS). A 'tolerance'
    // (projected units) simplifies every ring first (RingSimplifier), for a
    // coarse level of detail; rings smaller than it are left out.
    static LayerMesh build(const BoundaryLayer &layer, const CrsTransform &toDisplay, double tolerance = 0);
    // One area (WGS 84 lon/lat) as a mesh of one region, its label point
    // inside its largest polygon; simplified to 'tolerance' as above.
    static LayerMesh build(const MultiPolygon &geometry, const CrsTransform &toDisplay, double tolerance = 0);

private:
    // Each geometry becomes a region, labelled at its label point (lon/lat).
    static LayerMesh build(const std::vector<const MultiPolygon *> &geometries, const std::vector<QPointF> &labelPoints,
        const CrsTransform &toDisplay, double tolerance);
};

} // namespace conflictmap
