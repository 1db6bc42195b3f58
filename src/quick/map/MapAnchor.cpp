// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/MapAnchor.h"

#include "MapView.h"

#include <cmath>

namespace conflictmap {

MapAnchor::MapAnchor(QQuickItem *parent) : QQuickItem(parent) { }

void MapAnchor::setCoordinate(const QGeoCoordinate &coordinate)
{
    if (coordinate == m_coordinate)
        return;
    m_coordinate = coordinate;
    emit coordinateChanged();
    follow();
}

void MapAnchor::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change != ItemParentHasChanged)
        return;
    if (m_map)
        disconnect(m_map, nullptr, this, nullptr);
    auto *map = qobject_cast<MapView *>(value.item);
    m_map = map;
    if (map) {
        connect(map, &MapView::viewportChanged, this, &MapAnchor::follow);
        connect(map, &MapView::crsChanged, this, &MapAnchor::follow);
    }
    follow();
}

void MapAnchor::follow()
{
    const auto *map = static_cast<const MapView *>(m_map.data());
    const QPointF at = map ? map->fromCoordinate(m_coordinate, false) : QPointF(qQNaN(), qQNaN());
    const bool placed = std::isfinite(at.x()) && std::isfinite(at.y());
    if (placed)
        setPosition(at);
    setVisible(placed);
}

} // namespace conflictmap
