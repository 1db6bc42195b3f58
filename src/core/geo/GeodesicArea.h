// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/MultiPolygon.h"

namespace conflictmap::GeodesicArea {

// Areas on the WGS 84 ellipsoid, in square metres, of polygons in lon/lat
// degrees whose edges are straight in longitude and latitude, as GeoJSON,
// GEOS's overlays and the map take them (long edges are measured in steps
// of 0.01°; PostGIS's geography type would take them as geodesics), by
// PROJ's geodesic routines (Karney's algorithm): true areas, which planar
// degrees or Web Mercator are not (a unit at 40° N is 1.7 times too large
// in Web Mercator). Orientation does not matter. So measured, an area is
// the sum of its parts: what changed hands adds up to the net change.
double ofRing(const Ring &ring);
// The exterior ring less its holes.
double ofPolygon(const Polygon &polygon);
double of(const MultiPolygon &geometry);
// The geodesic length of a line through 'path', in metres (what a front
// line or a column's route measures, shown beside an area's km²).
double lengthOfPath(const std::vector<QPointF> &path);

} // namespace conflictmap::GeodesicArea
