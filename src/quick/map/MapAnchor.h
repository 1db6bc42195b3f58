// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QGeoCoordinate>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

class MapView;

// An item pinned to a place on its map (a child of a MapView), as Qt
// Location's MapQuickItem: its origin follows 'coordinate' as the map pans,
// zooms or changes CRS; what it holds centres itself on that origin. Hidden
// while the coordinate is invalid or outside the display CRS.
class MapAnchor : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QGeoCoordinate coordinate READ coordinate WRITE setCoordinate NOTIFY coordinateChanged)

public:
    explicit MapAnchor(QQuickItem *parent = nullptr);

    QGeoCoordinate coordinate() const { return m_coordinate; }
    void setCoordinate(const QGeoCoordinate &coordinate);

signals:
    void coordinateChanged();

protected:
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    void follow();

    QGeoCoordinate m_coordinate;
    // Held as a QObject: while the map is being destroyed it is no longer a
    // MapView, and its children hear of their new parent (none) then.
    QPointer<QObject> m_map;
};

} // namespace conflictmap
