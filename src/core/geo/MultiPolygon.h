// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace conflictmap {

// Planar polygon geometry: x/y in whatever CRS the owner says (lon/lat in
// degrees for BoundaryLayer). A ring is closed implicitly: the last vertex
// does not repeat the first.
using Ring = std::vector<QPointF>;

struct Polygon {
    std::vector<Ring> rings; // rings[0] is the exterior, the rest are holes
};

using MultiPolygon = std::vector<Polygon>;

// Bounding box of the exterior rings; a null rect for empty geometry.
QRectF boundsOf(const Polygon &polygon);
QRectF boundsOf(const MultiPolygon &geometry);

// Planar area of a ring, positive when it runs counterclockwise (x east,
// y north); 0 for fewer than three vertices.
double signedAreaOf(const Ring &ring);

// Unsigned planar area, holes subtracted.
double areaOf(const Polygon &polygon);

// A point inside the polygon, well away from its edges where the shape
// allows: the midpoint of the widest inside span over a few horizontal scan
// lines. Used to place labels; never outside the polygon unless it is empty.
QPointF interiorPointOf(const Polygon &polygon);

// Even-odd point-in-polygon over every ring, so holes are excluded; exact
// in the plane of the coordinates.
bool contains(const Polygon &polygon, const QPointF &p);

// The distance from p to the segment from a to b, in their units.
double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b);

} // namespace conflictmap
