// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/MultiPolygon.h"

#include <algorithm>
#include <cmath>

namespace conflictmap {

QRectF boundsOf(const Polygon &polygon)
{
    if (polygon.rings.empty() || polygon.rings.front().empty())
        return {};
    const Ring &ring = polygon.rings.front();
    double x0 = ring.front().x(), x1 = x0, y0 = ring.front().y(), y1 = y0;
    for (const QPointF &p : ring) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QRectF boundsOf(const MultiPolygon &geometry)
{
    QRectF result;
    for (const Polygon &polygon : geometry) {
        const QRectF b = boundsOf(polygon);
        if (b.isNull())
            continue;
        result = result.isNull() ? b : result.united(b);
    }
    return result;
}

double signedAreaOf(const Ring &ring)
{
    double twice = 0;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        twice += ring[j].x() * ring[i].y() - ring[i].x() * ring[j].y();
    return twice / 2;
}

double areaOf(const Polygon &polygon)
{
    double total = 0;
    for (size_t r = 0; r < polygon.rings.size(); ++r)
        total += (r == 0 ? 1 : -1) * std::abs(signedAreaOf(polygon.rings[r]));
    return std::max(total, 0.0);
}

bool contains(const Polygon &polygon, const QPointF &p)
{
    bool inside = false;
    for (const Ring &ring : polygon.rings) {
        const size_t n = ring.size();
        for (size_t i = 0, j = n - 1; i < n; j = i++) {
            const QPointF &a = ring[i];
            const QPointF &b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

QPointF interiorPointOf(const Polygon &polygon)
{
    const QRectF b = boundsOf(polygon);
    if (b.isNull())
        return {};
    constexpr int kScanLines = 15;
    QPointF best = b.center();
    double bestScore = -1;
    for (int k = 0; k < kScanLines; ++k) {
        // Scan lines spread over the height, offset so none hits a vertex row exactly.
        const double y = b.top() + b.height() * (k + 0.5) / kScanLines + b.height() * 1e-9;
        std::vector<double> crossings;
        for (const Ring &ring : polygon.rings) {
            for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                const QPointF &p = ring[i];
                const QPointF &q = ring[j];
                if ((p.y() > y) != (q.y() > y))
                    crossings.push_back(p.x() + (y - p.y()) * (q.x() - p.x()) / (q.y() - p.y()));
            }
        }
        std::sort(crossings.begin(), crossings.end());
        // Prefer wide spans near the middle height, where labels read best.
        const double centrality = 1.0 - std::abs(y - b.center().y()) / b.height();
        for (size_t i = 0; i + 1 < crossings.size(); i += 2) {
            const double width = crossings[i + 1] - crossings[i];
            const double score = width * (0.5 + centrality);
            if (score > bestScore) {
                bestScore = score;
                best = QPointF((crossings[i] + crossings[i + 1]) / 2, y);
            }
        }
    }
    return best;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

} // namespace conflictmap
