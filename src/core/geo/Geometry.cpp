// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/Geometry.h"

#include <algorithm>

namespace conflictmap {

qsizetype Geometry::vertexCount() const
{
    qsizetype n = qsizetype(points.size());
    for (const LinePath &line : lines)
        n += qsizetype(line.size());
    for (const Polygon &polygon : polygons)
        for (const Ring &ring : polygon.rings)
            n += qsizetype(ring.size());
    return n;
}

QRectF Geometry::bounds() const
{
    double west = 0, south = 0, east = 0, north = 0;
    bool any = false;
    auto add = [&](const QPointF &p) {
        if (!any) {
            west = east = p.x();
            south = north = p.y();
            any = true;
            return;
        }
        west = std::min(west, p.x());
        east = std::max(east, p.x());
        south = std::min(south, p.y());
        north = std::max(north, p.y());
    };
    for (const QPointF &p : points)
        add(p);
    for (const LinePath &line : lines)
        for (const QPointF &p : line)
            add(p);
    for (const Polygon &polygon : polygons)
        if (!polygon.rings.empty())
            for (const QPointF &p : polygon.rings.front())
                add(p);
    if (!any)
        return {};
    // A point or a meridian segment has no width: kept valid, not null.
    return QRectF(QPointF(west, south), QPointF(east, north));
}

QPointF Geometry::representativePoint() const
{
    if (!points.empty())
        return points.front();
    if (!lines.empty()) {
        const LinePath &longest = *std::max_element(
            lines.begin(), lines.end(), [](const LinePath &a, const LinePath &b) { return a.size() < b.size(); });
        if (!longest.empty())
            return longest[longest.size() / 2];
    }
    if (!polygons.empty()) {
        const Polygon &largest = *std::max_element(
            polygons.begin(), polygons.end(), [](const Polygon &a, const Polygon &b) { return areaOf(a) < areaOf(b); });
        return interiorPointOf(largest);
    }
    return {};
}

void Geometry::orientByRightHandRule()
{
    for (Polygon &polygon : polygons)
        for (size_t k = 0; k < polygon.rings.size(); ++k) {
            Ring &ring = polygon.rings[k];
            if (ring.size() > 2 && (signedAreaOf(ring) > 0) != (k == 0))
                std::reverse(ring.begin() + 1, ring.end());
        }
}

QString Geometry::typeName(Type type)
{
    switch (type) {
    case Type::Point:
        return QStringLiteral("Point");
    case Type::MultiPoint:
        return QStringLiteral("MultiPoint");
    case Type::LineString:
        return QStringLiteral("LineString");
    case Type::MultiLineString:
        return QStringLiteral("MultiLineString");
    case Type::Polygon:
        return QStringLiteral("Polygon");
    case Type::MultiPolygon:
        return QStringLiteral("MultiPolygon");
    }
    return {};
}

namespace {
// Exactly, bit for bit: QPointF's own == is fuzzy, and a round trip must
// lose nothing.
bool samePath(const std::vector<QPointF> &a, const std::vector<QPointF> &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](const QPointF &p, const QPointF &q) {
        return p.x() == q.x() && p.y() == q.y();
    });
}
template <typename Paths>
bool samePaths(const Paths &a, const Paths &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), samePath);
}
} // namespace

bool operator==(const Geometry &a, const Geometry &b)
{
    if (a.type != b.type || !samePath(a.points, b.points) || !samePaths(a.lines, b.lines)
        || a.polygons.size() != b.polygons.size())
        return false;
    for (size_t i = 0; i < a.polygons.size(); ++i)
        if (!samePaths(a.polygons[i].rings, b.polygons[i].rings))
            return false;
    return true;
}

} // namespace conflictmap
