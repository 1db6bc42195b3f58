// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MapViewport.h"

namespace conflictmap {

QPointF MapViewport::toScreen(const QPointF &p) const
{
    return {
        (p.x() - m_center.x()) / m_resolution + m_size.width() / 2, (m_center.y() - p.y()) / m_resolution + m_size.height() / 2};
}

QPointF MapViewport::toProjected(const QPointF &s) const
{
    return {
        m_center.x() + (s.x() - m_size.width() / 2) * m_resolution, m_center.y() - (s.y() - m_size.height() / 2) * m_resolution};
}

QRectF MapViewport::projectedExtent() const
{
    const QPointF topLeft = toProjected({0, 0});
    const QPointF bottomRight = toProjected({m_size.width(), m_size.height()});
    return QRectF(QPointF(topLeft.x(), bottomRight.y()), QPointF(bottomRight.x(), topLeft.y()));
}

QTransform MapViewport::transform(const QPointF &origin) const
{
    const double s = 1.0 / m_resolution;
    return QTransform(
        s, 0, 0, -s, (origin.x() - m_center.x()) * s + m_size.width() / 2, (m_center.y() - origin.y()) * s + m_size.height() / 2);
}

void MapViewport::zoomAround(const QPointF &anchor, double factor)
{
    const QPointF fixed = toProjected(anchor);
    m_resolution /= factor;
    const QPointF moved = toProjected(anchor);
    m_center += fixed - moved;
}

void MapViewport::panBy(const QPointF &pixels)
{
    m_center += QPointF(-pixels.x() * m_resolution, pixels.y() * m_resolution);
}

} // namespace conflictmap
