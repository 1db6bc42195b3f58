// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "IncidentListModel.h"
#include "layers/BoundaryMapLayer.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

// Incidents per admin unit among those the filters show, most first, with
// each unit's name in the map's label language; records known only to the
// country count for the country. 'shades' (code → 0..1) feeds the map's
// choropleth.
class RegionCountModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::IncidentListModel *incidents READ incidents WRITE setIncidents NOTIFY sourcesChanged)
    Q_PROPERTY(conflictmap::BoundaryMapLayer *boundaryLayer READ boundaryLayer WRITE setBoundaryLayer NOTIFY sourcesChanged)
    Q_PROPERTY(QVariantMap shades READ shades NOTIFY countsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    // The choropleth's key: up to five steps from the fewest to the most
    // incidents in a unit, each {count, color}, in the map's own shades.
    Q_PROPERTY(QVariantList shadeKey READ shadeKey NOTIFY countsChanged)

public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, CountRole };
    Q_ENUM(Role)

    explicit RegionCountModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    IncidentListModel *incidents() const { return m_incidents; }
    void setIncidents(IncidentListModel *incidents);
    BoundaryMapLayer *boundaryLayer() const { return m_boundaryLayer; }
    void setBoundaryLayer(BoundaryMapLayer *layer);
    QVariantMap shades() const { return m_shades; }
    QVariantList shadeKey() const;

signals:
    void sourcesChanged();
    void countsChanged();

private:
    void recount();

    struct Row {
        QString code;
        QString name;
        int count;
    };
    QPointer<IncidentListModel> m_incidents;
    QPointer<BoundaryMapLayer> m_boundaryLayer;
    std::vector<Row> m_rows;
    QVariantMap m_shades;
    int m_unitMaximum = 0; // the most incidents in one unit (countries aside)
};

} // namespace conflictmap
