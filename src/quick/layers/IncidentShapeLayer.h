// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "layers/IncidentShapeNode.h"
#include "layers/IncidentShapeSnapshot.h"
#include "map/MapLayer.h"
#include "map/SnapshotBuilder.h"

#include <QPointer>
#include <QVariantMap>

#include <memory>

namespace conflictmap {

class IncidentListModel;

// The lines and areas of the incidents shown (the list model's: the same
// filters as the list and the symbols), beneath their symbols, in their
// status colour: lines 3 px wide, a movement's with an arrowhead at the
// end of each part, areas translucent with an outline; the selected one
// emphasised. Shapes are read and projected off the UI thread when the
// incidents or the CRS change; a pan or zoom only changes the transform.
// The layer takes no input: the map's clicks are matched against shapeAt().
class IncidentShapeLayer : public MapLayer {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::IncidentListModel *incidents READ incidents WRITE setIncidents NOTIFY incidentsChanged)
    Q_PROPERTY(qint64 selectedIncident READ selectedIncident WRITE setSelectedIncident NOTIFY selectedIncidentChanged)
    // status → colour, as IncidentStyle.statusColors.
    Q_PROPERTY(QVariantMap statusColors READ statusColors WRITE setStatusColors NOTIFY statusColorsChanged)
    // Shapes drawn (in the whole snapshot, not only in view).
    Q_PROPERTY(int shapeCount READ shapeCount NOTIFY snapshotChanged)

public:
    explicit IncidentShapeLayer(QQuickItem *parent = nullptr);

    IncidentListModel *incidents() const { return m_incidents; }
    void setIncidents(IncidentListModel *incidents);
    qint64 selectedIncident() const { return m_style.selected; }
    void setSelectedIncident(qint64 id);
    QVariantMap statusColors() const { return m_statusColors; }
    void setStatusColors(const QVariantMap &colors);
    int shapeCount() const;

    // Pixels from a line within which a click selects it.
    static constexpr double kPickTolerance = 5;
    // The shape at an item position (a line within a few pixels, else the
    // smallest area around it): {incidentId, kind: "line" or "area"};
    // empty if none.
    Q_INVOKABLE QVariantMap shapeAt(const QPointF &position) const;

    // What is drawn now, in the map's display CRS; null while none is.
    std::shared_ptr<const IncidentShapeSnapshot> snapshot() const;

signals:
    void incidentsChanged();
    void selectedIncidentChanged();
    void statusColorsChanged();
    void snapshotChanged();

protected:
    void displayCrsChanged() override { request(); }
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    void request();

    QPointer<IncidentListModel> m_incidents;
    QVariantMap m_statusColors;
    IncidentShapeStyle m_style;
    std::shared_ptr<StoreReader> m_reader;
    std::shared_ptr<const IncidentShapeSnapshot> m_snapshot;
    SnapshotBuilder<std::shared_ptr<const IncidentShapeSnapshot>> m_builder;
};

} // namespace conflictmap
