// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QRectF>

#include <cmath>
#include <vector>

namespace conflictmap {

// Rectangles on screen (item pixels) by grid cell, for label placement: a
// view can hold thousands of symbols and labels, and each candidate label
// asks only those near it whether it would touch one.
class RectGrid {
public:
    void clear()
    {
        m_rects.clear();
        m_cells.clear();
    }
    void add(const QRectF &rect)
    {
        const int index = int(m_rects.size());
        m_rects.push_back(rect);
        forEachCell(rect, [&](quint64 cell) { m_cells[cell].push_back(index); });
    }
    // The first rectangle 'rect' touches, or null.
    const QRectF *firstHit(const QRectF &rect) const
    {
        const QRectF *found = nullptr;
        forEachCell(rect, [&](quint64 cell) {
            if (found)
                return;
            const auto it = m_cells.constFind(cell);
            if (it == m_cells.constEnd())
                return;
            for (int i : *it)
                if (m_rects[size_t(i)].intersects(rect)) {
                    found = &m_rects[size_t(i)];
                    return;
                }
        });
        return found;
    }
    const std::vector<QRectF> &rects() const { return m_rects; }

private:
    static constexpr double kCell = 64; // pixels

    template <typename Visit>
    static void forEachCell(const QRectF &rect, Visit &&visit)
    {
        const qint64 x0 = qint64(std::floor(rect.left() / kCell)), x1 = qint64(std::floor(rect.right() / kCell));
        const qint64 y0 = qint64(std::floor(rect.top() / kCell)), y1 = qint64(std::floor(rect.bottom() / kCell));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                visit((quint64(x) << 32) ^ quint64(y & 0xffffffff));
    }

    std::vector<QRectF> m_rects;
    QHash<quint64, std::vector<int>> m_cells;
};

} // namespace conflictmap
