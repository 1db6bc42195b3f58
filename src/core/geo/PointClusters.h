// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace conflictmap {

// Grid clusters of a point set at every zoom level, built once per point
// set and display CRS, so that drawing a view reads only the clusters in
// it: panning never re-clusters and a million points cost a view no more
// than a hundred.
//
// At zoom z the plane is cut into square cells of 'cellAtZoom0 / 2^z'
// projected units, aligned on the origin; the points of one cell form one
// cluster at their mean position. Cells are kept in Morton (Z) order, so
// a cell's children at the next zoom are the four keys key·4 … key·4+3 and
// a coarser level is one linear pass over a finer one. Levels are stored
// only where they merge at least half the clusters of the finer stored
// level; a zoom in between is read from that finer level, merging per cell
// on the fly, at most about twice the work of a stored one.
class PointClusters {
public:
    struct Cluster {
        double x, y; // mean of the members, projected units
        std::int32_t first; // lowest member index: its attributes stand for the cluster
        std::int32_t count;
    };

    PointClusters() = default;
    // 'points' in projected units; non-finite ones are left out.
    PointClusters(const std::vector<QPointF> &points, double cellAtZoom0, int maxZoom = 20);

    // Appends to 'out' the clusters at zoom 'zoom' (clamped to 0…maxZoom)
    // whose cells meet 'extent' (projected units).
    void query(int zoom, const QRectF &extent, std::vector<Cluster> &out) const;

    int maxZoom() const { return m_maxZoom; }
    double cellSize(int zoom) const;
    size_t pointCount() const { return m_pointCount; }
    size_t storedLevels() const { return m_levels.size(); }
    size_t memoryBytes() const;

private:
    struct Level {
        int zoom;
        std::vector<std::uint64_t> keys; // Morton cell keys, ascending
        std::vector<Cluster> clusters; // one per key
    };
    std::uint64_t cellKey(double x, double y, int zoom) const;

    double m_cellAtZoom0 = 1;
    int m_maxZoom = 0;
    size_t m_pointCount = 0;
    std::vector<Level> m_levels; // finest first
};

} // namespace conflictmap
