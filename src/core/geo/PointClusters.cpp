// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PointClusters.h"

#include "MortonCode.h"

#include <algorithm>
#include <cmath>

namespace conflictmap {

namespace {
// Cell numbers at zoom z are offset by 2^(11 + z): always non-negative,
// and a parent's number is its child's shifted right by one, as Morton
// order needs. 32 bits hold zoom 20 for coordinates within 2048 cells of
// the origin at zoom 0, far beyond any CRS's extent at the cluster sizes
// a map uses; anything further is clamped to the edge.
constexpr int kOffsetBits = 11;

std::uint32_t cellNumber(double coordinate, double cell, int zoom)
{
    const double offset = std::ldexp(1.0, kOffsetBits + zoom);
    const double n = std::floor(coordinate / cell) + offset;
    return std::uint32_t(std::clamp(n, 0.0, double(UINT32_MAX)));
}

// Folds 'from' into 'into': the cluster of both.
void merge(PointClusters::Cluster &into, const PointClusters::Cluster &from)
{
    const double total = double(into.count) + from.count;
    into.x = (into.x * into.count + from.x * from.count) / total;
    into.y = (into.y * into.count + from.y * from.count) / total;
    into.first = std::min(into.first, from.first);
    into.count += from.count;
}
} // namespace

double PointClusters::cellSize(int zoom) const
{
    return std::ldexp(m_cellAtZoom0, -zoom);
}

std::uint64_t PointClusters::cellKey(double x, double y, int zoom) const
{
    const double cell = cellSize(zoom);
    return mortonCode(cellNumber(x, cell, zoom), cellNumber(y, cell, zoom));
}

PointClusters::PointClusters(const std::vector<QPointF> &points, double cellAtZoom0, int maxZoom)
    : m_cellAtZoom0(cellAtZoom0 > 0 ? cellAtZoom0 : 1), m_maxZoom(std::clamp(maxZoom, 0, 20))
{
    std::vector<std::pair<std::uint64_t, std::int32_t>> keyed;
    keyed.reserve(points.size());
    for (size_t i = 0; i < points.size(); ++i)
        if (std::isfinite(points[i].x()) && std::isfinite(points[i].y()))
            keyed.emplace_back(cellKey(points[i].x(), points[i].y(), m_maxZoom), std::int32_t(i));
    m_pointCount = keyed.size();
    std::sort(keyed.begin(), keyed.end());

    Level current{m_maxZoom, {}, {}};
    for (const auto &[key, index] : keyed) {
        const Cluster single{points[size_t(index)].x(), points[size_t(index)].y(), index, 1};
        if (!current.keys.empty() && current.keys.back() == key)
            merge(current.clusters.back(), single);
        else {
            current.keys.push_back(key);
            current.clusters.push_back(single);
        }
    }
    keyed = {};
    m_levels.push_back(current);
    for (int zoom = m_maxZoom - 1; zoom >= 0; --zoom) {
        Level parent{zoom, {}, {}};
        for (size_t i = 0; i < current.keys.size(); ++i) {
            const std::uint64_t key = current.keys[i] >> 2;
            if (!parent.keys.empty() && parent.keys.back() == key)
                merge(parent.clusters.back(), current.clusters[i]);
            else {
                parent.keys.push_back(key);
                parent.clusters.push_back(current.clusters[i]);
            }
        }
        current = std::move(parent);
        if (current.keys.size() * 2 <= m_levels.back().keys.size() || zoom == 0)
            m_levels.push_back(current);
    }
    for (Level &level : m_levels) {
        level.keys.shrink_to_fit();
        level.clusters.shrink_to_fit();
    }
}

void PointClusters::query(int zoom, const QRectF &extent, std::vector<Cluster> &out) const
{
    if (m_levels.empty() || !extent.isValid())
        return;
    zoom = std::clamp(zoom, 0, m_maxZoom);
    // The coarsest stored level at this zoom or finer (levels are finest first).
    const Level *level = &m_levels.front();
    for (const Level &candidate : m_levels)
        if (candidate.zoom >= zoom)
            level = &candidate;
    const int shift = 2 * (level->zoom - zoom);
    const double cell = cellSize(zoom);
    const std::uint32_t x0 = cellNumber(extent.left(), cell, zoom), x1 = cellNumber(extent.right(), cell, zoom);
    const std::uint32_t y0 = cellNumber(extent.top(), cell, zoom), y1 = cellNumber(extent.bottom(), cell, zoom);
    // More cells in view than clusters stored (a view far larger than the
    // data): walk the clusters instead of the cells.
    const double viewCells = (double(x1) - x0 + 1) * (double(y1) - y0 + 1);
    if (viewCells > double(level->keys.size())) {
        std::uint64_t last = UINT64_MAX;
        bool shown = false;
        for (size_t i = 0; i < level->keys.size(); ++i) {
            const Cluster &c = level->clusters[i];
            const std::uint64_t key = level->keys[i] >> shift;
            if (key == last) {
                if (shown)
                    merge(out.back(), c);
                continue;
            }
            last = key;
            const std::uint32_t cx = cellNumber(c.x, cell, zoom), cy = cellNumber(c.y, cell, zoom);
            shown = cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1;
            if (shown)
                out.push_back(c);
        }
        return;
    }
    for (std::uint64_t y = y0; y <= y1; ++y) // 64 bits: y1 may be the largest cell number
        for (std::uint64_t x = x0; x <= x1; ++x) {
            const std::uint64_t key = mortonCode(std::uint32_t(x), std::uint32_t(y));
            const std::uint64_t lo = key << shift, hi = (key + 1) << shift;
            auto it = std::lower_bound(level->keys.begin(), level->keys.end(), lo);
            if (it == level->keys.end() || *it >= hi)
                continue;
            Cluster cluster = level->clusters[size_t(it - level->keys.begin())];
            for (++it; it != level->keys.end() && *it < hi; ++it)
                merge(cluster, level->clusters[size_t(it - level->keys.begin())]);
            out.push_back(cluster);
        }
}

size_t PointClusters::memoryBytes() const
{
    size_t bytes = 0;
    for (const Level &level : m_levels)
        bytes += level.keys.capacity() * sizeof(std::uint64_t) + level.clusters.capacity() * sizeof(Cluster);
    return bytes;
}

} // namespace conflictmap
