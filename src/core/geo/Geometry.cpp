// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/Geometry.h"

#include <algorithm>
#include <cmath>

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

namespace {
bool inBox(const QRectF &box, const QPointF &p)
{
    return p.x() >= box.left() && p.x() <= box.right() && p.y() >= box.top() && p.y() <= box.bottom();
}

// Liang–Barsky: whether some part of the segment a–b lies in the box.
bool segmentMeetsBox(const QRectF &box, const QPointF &a, const QPointF &b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double enter = 0, leave = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - box.left(), box.right() - a.x(), a.y() - box.top(), box.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false; // parallel to this edge and outside it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
        if (enter > leave)
            return false;
    }
    return true;
}

bool pathMeetsBox(const QRectF &box, const std::vector<QPointF> &path, bool closed)
{
    if (path.size() == 1)
        return inBox(box, path.front());
    for (size_t i = 1; i < path.size(); ++i)
        if (segmentMeetsBox(box, path[i - 1], path[i]))
            return true;
    return closed && path.size() > 2 && segmentMeetsBox(box, path.back(), path.front());
}
} // namespace

bool Geometry::meets(const QRectF &box) const
{
    for (const QPointF &p : points)
        if (inBox(box, p))
            return true;
    for (const LinePath &line : lines)
        if (pathMeetsBox(box, line, false))
            return true;
    for (const Polygon &polygon : polygons) {
        for (const Ring &ring : polygon.rings)
            if (pathMeetsBox(box, ring, true))
                return true;
        // No edge in the box: it is wholly inside the area or wholly out.
        if (contains(polygon, box.center()))
            return true;
    }
    return false;
}

QPointF Geometry::representativePoint() const
{
    if (!points.empty())
        return points.front();
    if (!lines.empty()) {
        // Halfway along the longest line: a two-vertex front line is shown
        // in its middle, not at an end.
        auto length = [](const LinePath &line) {
            double sum = 0;
            for (size_t i = 1; i < line.size(); ++i)
                sum += std::hypot(line[i].x() - line[i - 1].x(), line[i].y() - line[i - 1].y());
            return sum;
        };
        const LinePath &longest = *std::max_element(
            lines.begin(), lines.end(), [&](const LinePath &a, const LinePath &b) { return length(a) < length(b); });
        double left = length(longest) / 2;
        for (size_t i = 1; i < longest.size(); ++i) {
            const double step = std::hypot(longest[i].x() - longest[i - 1].x(), longest[i].y() - longest[i - 1].y());
            if (step >= left && step > 0)
                return longest[i - 1] + (longest[i] - longest[i - 1]) * (left / step);
            left -= step;
        }
        if (!longest.empty())
            return longest.front();
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
