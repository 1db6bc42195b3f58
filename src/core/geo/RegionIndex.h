// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/Region.h"

#include <vector>

namespace conflictmap {

// Point-in-polygon lookup over a set of regions: a uniform grid over their
// extent lists the polygons whose bounding box meets each cell, so a query
// tests only the few polygons near the point, then exactly.
class RegionIndex {
public:
    // Keeps a reference to 'regions': they must outlive the index and not move.
    explicit RegionIndex(const std::vector<Region> &regions);
    // Holds pointers into itself (index to regions, error handler to message).
    RegionIndex(const RegionIndex &) = delete;
    RegionIndex &operator=(const RegionIndex &) = delete;

    // Index of the first region containing the point, or -1.
    int regionAt(const QPointF &point) const;

private:
    struct Entry {
        int region;
        int polygon;
        QRectF bounds;
    };
    int cellOf(const QPointF &point) const;

    const std::vector<Region> &m_regions;
    std::vector<Entry> m_entries;
    std::vector<std::vector<int>> m_cells; // entry indices per cell, row-major
    QRectF m_extent;
    int m_columns = 1;
    int m_rows = 1;
};

} // namespace conflictmap
