// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

#include "layers/BoundaryMapLayer.h"

namespace conflictmap {

class IncidentListModel;
class MapView;

// Takes the map to incidents: to all that the filters select, to one, or
// just far enough to bring one into view, so a user never has to hunt for
// what was selected in the list. Each moves the map only when it must.
class MapNavigator : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::MapView *map MEMBER m_map NOTIFY mapChanged)
    // Where records known only to a unit or country are shown: the unit.
    Q_PROPERTY(conflictmap::BoundaryMapLayer *boundaryLayer MEMBER m_boundaryLayer NOTIFY mapChanged)
    Q_PROPERTY(conflictmap::IncidentListModel *incidents MEMBER m_incidents NOTIFY incidentsChanged)
    // The part of the map not covered by panels, in map item pixels; empty
    // for the whole item. An incident under a panel is not "in view".
    Q_PROPERTY(QRectF clearArea MEMBER m_clearArea NOTIFY clearAreaChanged)

public:
    using QObject::QObject;

    IncidentListModel *incidents() const { return m_incidents; }

    // Fits the map to every incident the filters select (the area filter
    // aside); false when there is none.
    Q_INVOKABLE bool zoomToAll();
    // Fits the map to the incident: its unit or country when only that is
    // known, else a view of its surroundings (zoom 11 at least).
    Q_INVOKABLE bool zoomToIncident(qint64 id);
    // Pans, without zooming, until the incident's symbol is in the clear
    // area; nothing when it already is. False when it is not loaded.
    Q_INVOKABLE bool bringIntoView(qint64 id);

    // The zoom level zoomToIncident() uses for a point.
    static constexpr double kPointZoom = 11.0;

signals:
    void mapChanged();
    void incidentsChanged();
    void clearAreaChanged();

private:
    QRectF visibleArea() const;

    QPointer<MapView> m_map;
    QPointer<BoundaryMapLayer> m_boundaryLayer;
    QPointer<IncidentListModel> m_incidents;
    QRectF m_clearArea;
};

} // namespace conflictmap
