// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/RegionIndex.h"

#include <algorithm>
#include <cmath>

namespace conflictmap {

RegionIndex::RegionIndex(const std::vector<Region> &regions) : m_regions(regions)
{
    for (int r = 0; r < int(regions.size()); ++r) {
        const MultiPolygon &geometry = regions[r].geometry;
        for (int p = 0; p < int(geometry.size()); ++p) {
            const QRectF b = boundsOf(geometry[p]);
            if (b.isNull())
                continue;
            m_entries.push_back({r, p, b});
            m_extent = m_extent.isNull() ? b : m_extent.united(b);
        }
    }
    // About four polygons per cell on average keeps both the grid and the
    // candidate lists small.
    const int side = std::clamp(int(std::ceil(std::sqrt(m_entries.size() / 4.0))), 1, 512);
    m_columns = m_rows = side;
    m_cells.resize(size_t(m_columns) * m_rows);
    const double cw = m_extent.width() / m_columns;
    const double ch = m_extent.height() / m_rows;
    for (int e = 0; e < int(m_entries.size()); ++e) {
        const QRectF &b = m_entries[e].bounds;
        auto column = [&](double x) { return std::clamp(int((x - m_extent.left()) / cw), 0, m_columns - 1); };
        auto row = [&](double y) { return std::clamp(int((y - m_extent.top()) / ch), 0, m_rows - 1); };
        const int c1 = cw > 0 ? column(b.right()) : 0, r1 = ch > 0 ? row(b.bottom()) : 0;
        for (int r = ch > 0 ? row(b.top()) : 0; r <= r1; ++r)
            for (int c = cw > 0 ? column(b.left()) : 0; c <= c1; ++c)
                m_cells[size_t(r) * m_columns + c].push_back(e);
    }
}

int RegionIndex::cellOf(const QPointF &point) const
{
    if (m_entries.empty() || point.x() < m_extent.left() || point.x() > m_extent.right() || point.y() < m_extent.top()
        || point.y() > m_extent.bottom())
        return -1;
    const int c
        = m_extent.width() > 0 ? std::min(int((point.x() - m_extent.left()) / m_extent.width() * m_columns), m_columns - 1) : 0;
    const int r
        = m_extent.height() > 0 ? std::min(int((point.y() - m_extent.top()) / m_extent.height() * m_rows), m_rows - 1) : 0;
    return r * m_columns + c;
}

int RegionIndex::regionAt(const QPointF &point) const
{
    if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
        return -1;
    const int cell = cellOf(point);
    if (cell < 0)
        return -1;
    for (int e : m_cells[size_t(cell)]) {
        const Entry &entry = m_entries[size_t(e)];
        const QRectF &b = entry.bounds;
        if (point.x() < b.left() || point.x() > b.right() || point.y() < b.top() || point.y() > b.bottom())
            continue;
        if (contains(m_regions[size_t(entry.region)].geometry[size_t(entry.polygon)], point))
            return entry.region;
    }
    return -1;
}

} // namespace conflictmap
