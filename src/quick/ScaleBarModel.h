// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

class MapView;

// A scale bar for a map: the longest round distance (1, 2 or 5 × 10^n
// metres) that fits in maximumWidth pixels at the map's centre, its width
// in pixels and its label ("20 km", "500 m").
class ScaleBarModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::MapView *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(double maximumWidth READ maximumWidth WRITE setMaximumWidth NOTIFY maximumWidthChanged)
    Q_PROPERTY(double width READ width NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(double meters READ meters NOTIFY changed)

public:
    using QObject::QObject;

    MapView *map() const { return m_map; }
    void setMap(MapView *map);
    double maximumWidth() const { return m_maximumWidth; }
    void setMaximumWidth(double width);
    double width() const { return m_width; }
    QString text() const { return m_text; }
    double meters() const { return m_meters; }

signals:
    void mapChanged();
    void maximumWidthChanged();
    void changed();

private:
    void recompute();

    QPointer<MapView> m_map;
    double m_maximumWidth = 120;
    double m_width = 0;
    double m_meters = 0;
    QString m_text;
};

} // namespace conflictmap
