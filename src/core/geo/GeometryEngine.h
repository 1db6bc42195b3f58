// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "geo/Geometry.h"
#include "geo/GeosHandles.h"

#include <optional>

namespace conflictmap {

// What GEOS does for records' geometries: reading WKT, validity and
// repair, and the overlays that measure change. Planar in longitude and
// latitude, as GeoJSON and PostGIS's geometry type are; areas are then
// measured geodesically (GeodesicArea). A GEOS context is not thread-safe:
// each thread makes its own engine.
class GeometryEngine {
public:
    GeometryEngine();

    // Parses WKT ("POLYGON ((44.1 40.2, ...))"); Z and M are dropped.
    Result<Geometry> fromWkt(const QString &wkt);

    // Why a geometry cannot be stored: one line naming the place ("a ring
    // crosses itself or another ring at 45.21000 E, 39.65000 N"), and the
    // place, when it has one, for the map to mark.
    struct Problem {
        QString reason;
        std::optional<QPointF> location;
    };
    // The geometry's problem, or nothing when it can be stored: empty, out
    // of [-180, 180] × [-90, 90], not finite, a line of fewer than two
    // vertices, a ring of fewer than three, or invalid in the OGC sense
    // (rings crossing themselves or each other, holes outside).
    std::optional<Problem> problem(const Geometry &geometry);
    // The geometry made valid by GEOS's MakeValid (structure method),
    // keeping its dimension: a bow-tie polygon becomes two triangles. A hole
    // wholly outside its polygon is dropped (made valid it would become
    // land). The result is of the multi type when it has several parts.
    Result<Geometry> repaired(const Geometry &geometry);

    // What of area 'a' is not in area 'b' (Polygon or MultiPolygon), as a
    // MultiPolygon, possibly empty.
    Result<Geometry> difference(const Geometry &a, const Geometry &b);
    // The union of many areas at once (GEOS's cascaded union): the pieces
    // of one day's control, given as separate features, as one area.
    Result<Geometry> unionOf(const std::vector<Geometry> &areas);

    // How much of 'geometry' lies in 'area': an area's geodesic area within
    // it (m²), a line's geodesic length within it (m), a point count; 0 when
    // disjoint.
    double overlap(const Geometry &geometry, const MultiPolygon &area);

private:
    GEOSGeometry *toGeos(const Geometry &geometry);
    // The parts of 'g' of dimension 'dimension' (0 points, 1 lines, 2
    // areas), gathered into a geometry of the matching multi type.
    Geometry fromGeos(const GEOSGeometry *g, int dimension);
    QString takeError(const QString &fallback);

    geos::Context m_context;
    QString m_lastError;
};

} // namespace conflictmap
