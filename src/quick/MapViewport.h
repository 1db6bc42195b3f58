// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace conflictmap {

// The view of a map: which projected point is at the centre of an item of
// a given size, and how many projected units one pixel spans. Projected y
// grows north; screen y grows down.
class MapViewport {
public:
    QPointF center() const { return m_center; }
    void setCenter(const QPointF &projected) { m_center = projected; }
    double resolution() const { return m_resolution; } // projected units per pixel
    void setResolution(double unitsPerPixel) { m_resolution = unitsPerPixel; }
    QSizeF size() const { return m_size; }
    void setSize(const QSizeF &size) { m_size = size; }

    QPointF toScreen(const QPointF &projected) const;
    QPointF toProjected(const QPointF &screen) const;
    // The projected rectangle the item shows.
    QRectF projectedExtent() const;
    // Maps projected coordinates, offset by 'origin', to item pixels.
    QTransform transform(const QPointF &origin = {}) const;

    // Scales by 'factor' (> 1 zooms in) keeping the projected point under
    // 'anchor' (item pixels) where it is.
    void zoomAround(const QPointF &anchor, double factor);
    // Moves the content by (dx, dy) pixels, as a drag does.
    void panBy(const QPointF &pixels);

private:
    QPointF m_center;
    double m_resolution = 1.0;
    QSizeF m_size;
};

} // namespace conflictmap
