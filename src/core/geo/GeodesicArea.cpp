// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/GeodesicArea.h"

#include <geodesic.h>

#include <algorithm>
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

// Adds the vertices of a path to 'polygon' with every edge cut into steps
// of at most kStep degrees: the edges are then measured as they are drawn
// and overlaid, straight in longitude and latitude (as GeoJSON, GEOS and
// the map take them), not as the geodesics between their ends, which run
// poleward of a long east-west edge. Short edges (digitised lines) are
// left as they are.
constexpr double kStep = 0.01; // degrees, about a kilometre
void addPath(geod_polygon &polygon, const std::vector<QPointF> &path, bool closed)
{
    const size_t n = path.size();
    for (size_t i = 0; i < n; ++i) {
        const QPointF &a = path[i];
        geod_polygon_addpoint(&wgs84(), &polygon, a.y(), a.x());
        if (!closed && i + 1 == n)
            break;
        const QPointF &b = path[(i + 1) % n];
        const int steps = int(std::ceil(std::max(std::abs(b.x() - a.x()), std::abs(b.y() - a.y())) / kStep));
        for (int k = 1; k < steps; ++k) {
            const double t = double(k) / steps;
            geod_polygon_addpoint(&wgs84(), &polygon, a.y() + t * (b.y() - a.y()), a.x() + t * (b.x() - a.x()));
        }
    }
}
} // namespace

double ofRing(const Ring &ring)
{
    if (ring.size() < 3)
        return 0;
    geod_polygon polygon;
    geod_polygon_init(&polygon, 0);
    addPath(polygon, ring, true);
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
    addPath(line, path, false);
    double length = 0;
    geod_polygon_compute(&wgs84(), &line, 0, 1, nullptr, &length);
    return length;
}

} // namespace conflictmap::GeodesicArea
