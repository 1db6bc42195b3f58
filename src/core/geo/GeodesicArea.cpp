// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/GeodesicArea.h"

#include <geodesic.h>

#include <cmath>

namespace conflictmap::GeodesicArea {

namespace {
const geod_geodesic &wgs84()
{
    static const geod_geodesic ellipsoid = [] {
        geod_geodesic g;
        geod_init(&g, 6378137.0, 1 / 298.257223563);
        return g;
    }();
    return ellipsoid;
}
} // namespace

double ofRing(const Ring &ring)
{
    if (ring.size() < 3)
        return 0;
    geod_polygon polygon;
    geod_polygon_init(&polygon, 0);
    for (const QPointF &p : ring)
        geod_polygon_addpoint(&wgs84(), &polygon, p.y(), p.x());
    double area = 0;
    geod_polygon_compute(&wgs84(), &polygon, 0, 1, &area, nullptr);
    return std::abs(area);
}

double ofPolygon(const Polygon &polygon)
{
    if (polygon.rings.empty())
        return 0;
    double area = ofRing(polygon.rings.front());
    for (size_t hole = 1; hole < polygon.rings.size(); ++hole)
        area -= ofRing(polygon.rings[hole]);
    return std::max(area, 0.0);
}

double of(const MultiPolygon &geometry)
{
    double area = 0;
    for (const Polygon &polygon : geometry)
        area += ofPolygon(polygon);
    return area;
}

double lengthOfPath(const std::vector<QPointF> &path)
{
    if (path.size() < 2)
        return 0;
    geod_polygon line;
    geod_polygon_init(&line, 1); // a polyline: its length only
    for (const QPointF &p : path)
        geod_polygon_addpoint(&wgs84(), &line, p.y(), p.x());
    double length = 0;
    geod_polygon_compute(&wgs84(), &line, 0, 1, nullptr, &length);
    return length;
}

} // namespace conflictmap::GeodesicArea
