// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "geo/PointClusters.h"

#include <QRandomGenerator>

#include <cmath>
#include <map>

using namespace conflictmap;

namespace {
// Clustering by its definition, point by point: every point to the cell
// floor(coordinate / cell) at the zoom, cells meeting the extent kept.
std::map<std::pair<qint64, qint64>, PointClusters::Cluster> bruteForce(
    const std::vector<QPointF> &points, double cellAtZoom0, int zoom, const QRectF &extent)
{
    const double cell = std::ldexp(cellAtZoom0, -zoom);
    const qint64 x0 = qint64(std::floor(extent.left() / cell)), x1 = qint64(std::floor(extent.right() / cell));
    const qint64 y0 = qint64(std::floor(extent.top() / cell)), y1 = qint64(std::floor(extent.bottom() / cell));
    std::map<std::pair<qint64, qint64>, std::pair<QPointF, PointClusters::Cluster>> sums;
    for (size_t i = 0; i < points.size(); ++i) {
        const QPointF p = points[i];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        const qint64 cx = qint64(std::floor(p.x() / cell)), cy = qint64(std::floor(p.y() / cell));
        if (cx < x0 || cx > x1 || cy < y0 || cy > y1)
            continue;
        auto &[sum, cluster] = sums[{cx, cy}];
        if (cluster.count == 0)
            cluster.first = std::int32_t(i);
        sum += p;
        ++cluster.count;
    }
    std::map<std::pair<qint64, qint64>, PointClusters::Cluster> result;
    for (auto &[cellKey, entry] : sums) {
        auto &[sum, cluster] = entry;
        cluster.x = sum.x() / cluster.count;
        cluster.y = sum.y() / cluster.count;
        result[cellKey] = cluster;
    }
    return result;
}
} // namespace

TEST_CASE("clusters at every zoom and view are those of clustering each point by its cell", "[core][clusters]")
{
    QRandomGenerator random(20261126);
    // Dense spots and a sparse spread, in Web Mercator metres around the
    // Caucasus, plus points exactly on cell edges and duplicates.
    std::vector<QPointF> points;
    for (int i = 0; i < 20000; ++i) {
        const bool spot = i % 3 == 0;
        const double cx = spot ? 5.0e6 + (i % 5) * 20000 : 4.8e6, cy = spot ? 4.7e6 : 4.5e6;
        const double spread = spot ? 3000 : 500000;
        points.emplace_back(cx + random.bounded(2 * spread) - spread, cy + random.bounded(2 * spread) - spread);
    }
    const double cellAtZoom0 = 28 * 156543.03392804097;
    for (int i = 0; i < 50; ++i)
        points.emplace_back(std::ldexp(cellAtZoom0, -9) * (9000 + i), 4.6e6); // on edges at zoom 9 and finer
    points.emplace_back(points[10]);
    points.emplace_back(points[10]);
    points.emplace_back(qQNaN(), 4.6e6);

    const PointClusters clusters(points, cellAtZoom0, 18);
    CHECK(clusters.pointCount() == points.size() - 1);
    CHECK(clusters.storedLevels() > 1);
    CHECK(clusters.storedLevels() < 19); // levels that merge little are not stored

    int compared = 0, merged = 0;
    for (int round = 0; round < 200; ++round) {
        const int zoom = int(random.bounded(19));
        const double width = std::ldexp(cellAtZoom0, -zoom) * (1 + random.bounded(60));
        const QRectF extent(4.3e6 + random.bounded(1.0e6), 4.0e6 + random.bounded(1.0e6), width, width * 0.6);
        std::vector<PointClusters::Cluster> found;
        clusters.query(zoom, extent, found);
        const auto expected = bruteForce(points, cellAtZoom0, zoom, extent);
        INFO("zoom " << zoom << " extent " << extent.x() << "," << extent.y() << " " << extent.width());
        REQUIRE(found.size() == expected.size());
        std::map<std::int32_t, PointClusters::Cluster> byFirst;
        for (const auto &[cell, cluster] : expected)
            byFirst[cluster.first] = cluster;
        for (const PointClusters::Cluster &c : found) {
            auto it = byFirst.find(c.first);
            REQUIRE(it != byFirst.end());
            CHECK(c.count == it->second.count);
            CHECK(std::abs(c.x - it->second.x) < 1e-6 * std::max(1.0, std::abs(c.x)));
            CHECK(std::abs(c.y - it->second.y) < 1e-6 * std::max(1.0, std::abs(c.y)));
            merged += c.count > 1;
        }
        compared += int(found.size());
    }
    CHECK(compared > 1000);
    CHECK(merged > 100);
}

TEST_CASE("a view far larger than the points, and no points, give what they should", "[core][clusters]")
{
    const std::vector<QPointF> points{{10, 10}, {11, 10}, {1000, 1000}};
    const PointClusters clusters(points, 64, 10);
    std::vector<PointClusters::Cluster> found;
    clusters.query(0, QRectF(-1e6, -1e6, 2e6, 2e6), found);
    REQUIRE(found.size() == 2);
    CHECK(found[0].count + found[1].count == 3);
    found.clear();
    clusters.query(10, QRectF(0, 0, 20, 20), found); // cells of 1/16: all apart
    CHECK(found.size() == 2);
    found.clear();
    clusters.query(3, QRectF(2000, 2000, 10, 10), found);
    CHECK(found.empty());

    const PointClusters none({}, 64, 10);
    clusters.query(0, QRectF(), found);
    none.query(5, QRectF(0, 0, 100, 100), found);
    CHECK(found.empty());
}
