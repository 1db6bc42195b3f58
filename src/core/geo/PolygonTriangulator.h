// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/GeosHandles.h"
#include "geo/MultiPolygon.h"

#include <QString>

#include <vector>

namespace conflictmap {

// Splits polygons (with holes, concave) into triangles for the GPU, using
// GEOS's constrained Delaunay triangulation, which adds no vertices.
// Invalid polygons (self-intersections) are repaired with MakeValid first.
// One triangulator per thread.
class PolygonTriangulator {
public:
    PolygonTriangulator();
    // Holds pointers into itself (index to regions, error handler to message).
    PolygonTriangulator(const PolygonTriangulator &) = delete;
    PolygonTriangulator &operator=(const PolygonTriangulator &) = delete;

    // Appends three corners per triangle to 'corners'. Returns false, with
    // lastError() set, when the polygon could not be triangulated.
    bool triangulate(const Polygon &polygon, std::vector<QPointF> &corners);
    QString lastError() const { return m_lastError; }

private:
    GEOSGeometry *toGeos(const Polygon &polygon) const;
    bool appendTriangles(const GEOSGeometry *triangles, std::vector<QPointF> &corners) const;

    geos::Context m_context;
    QString m_lastError;
};

} // namespace conflictmap
