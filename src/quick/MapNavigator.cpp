// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MapNavigator.h"

#include "IncidentListModel.h"
#include "MapView.h"

#include <QGeoRectangle>

#include <algorithm>
#include <cmath>

namespace conflictmap {

namespace {
const IncidentPoint *findPoint(const IncidentPoints &points, qint64 id)
{
    const auto it = std::find_if(points.points.begin(), points.points.end(), [id](const IncidentPoint &p) { return p.id == id; });
    return it == points.points.end() ? nullptr : &*it;
}

bool isArea(LocationPrecision precision)
{
    return precision == LocationPrecision::Region || precision == LocationPrecision::Country;
}

constexpr int kMargins = 40; // pixels kept free around what is fitted
} // namespace

QRectF MapNavigator::visibleArea() const
{
    const QRectF whole(0, 0, m_map->width(), m_map->height());
    return m_clearArea.isEmpty() ? whole : m_clearArea.intersected(whole);
}

bool MapNavigator::zoomToAll()
{
    const auto points = m_incidents && m_map ? m_incidents->points() : nullptr;
    if (!points || points->points.empty())
        return false;
    double west = 180, east = -180, south = 90, north = -90;
    for (const IncidentPoint &p : points->points) {
        west = std::min(west, p.lon);
        east = std::max(east, p.lon);
        south = std::min(south, p.lat);
        north = std::max(north, p.lat);
    }
    // A single spot still gets surroundings.
    constexpr double kMinimumSpan = 0.05; // degrees, a few kilometres
    const double padLon = std::max(0.0, kMinimumSpan - (east - west)) / 2,
                 padLat = std::max(0.0, kMinimumSpan - (north - south)) / 2;
    m_map->fitViewportToGeoShape(QGeoRectangle(QGeoCoordinate(std::min(90.0, north + padLat), std::max(-180.0, west - padLon)),
                                     QGeoCoordinate(std::max(-90.0, south - padLat), std::min(180.0, east + padLon))),
        kMargins);
    return true;
}

bool MapNavigator::zoomToIncident(qint64 id)
{
    const auto points = m_incidents && m_map ? m_incidents->points() : nullptr;
    const IncidentPoint *point = points ? findPoint(*points, id) : nullptr;
    if (!point)
        return false;
    if (isArea(point->precision) && point->region >= 0 && m_boundaryLayer
        && m_boundaryLayer->fitViewToRegion(points->regions[point->region], kMargins))
        return true;
    m_map->setZoomLevel(std::max(m_map->zoomLevel(), kPointZoom));
    m_map->setCenter(QGeoCoordinate(point->lat, point->lon));
    return true;
}

bool MapNavigator::bringIntoView(qint64 id)
{
    const auto points = m_incidents && m_map ? m_incidents->points() : nullptr;
    const IncidentPoint *point = points ? findPoint(*points, id) : nullptr;
    if (!point)
        return false;
    const QRectF area = visibleArea().adjusted(kMargins, kMargins, -kMargins, -kMargins);
    const QPointF at = m_map->fromCoordinate(QGeoCoordinate(point->lat, point->lon), false);
    if (area.isEmpty() || !std::isfinite(at.x()) || area.contains(at))
        return true;
    // Just far enough: the symbol lands at the nearest edge of the clear area.
    const QPointF target(std::clamp(at.x(), area.left(), area.right()), std::clamp(at.y(), area.top(), area.bottom()));
    m_map->pan(target.x() - at.x(), target.y() - at.y());
    return true;
}

} // namespace conflictmap
