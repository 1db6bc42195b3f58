// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RegionCountModel.h"

#include "MapStyle.h"

#include "Rebind.h"

#include <algorithm>

namespace conflictmap {

RegionCountModel::RegionCountModel(QObject *parent) : QAbstractListModel(parent) { }

int RegionCountModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RegionCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case CodeRole:
        return row.code;
    case NameRole:
    case Qt::DisplayRole:
        return row.name;
    case CountRole:
        return row.count;
    }
    return {};
}

QHash<int, QByteArray> RegionCountModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {CountRole, "incidents"}};
}

void RegionCountModel::setIncidents(IncidentListModel *incidents)
{
    if (!rebind(m_incidents, incidents, this, [this](IncidentListModel *model) {
            connect(model, &IncidentListModel::modelReset, this, &RegionCountModel::recount);
        }))
        return;
    emit sourcesChanged();
    recount();
}

void RegionCountModel::setBoundaryLayer(BoundaryMapLayer *layer)
{
    if (!rebind(m_boundaryLayer, layer, this, [this](BoundaryMapLayer *l) {
            connect(l, &BoundaryMapLayer::readyChanged, this, &RegionCountModel::recount);
            connect(l, &BoundaryMapLayer::unitsChanged, this, &RegionCountModel::recount);
            connect(l, &BoundaryMapLayer::labelLanguageChanged, this, &RegionCountModel::recount);
        }))
        return;
    emit sourcesChanged();
    recount();
}

QVariantList RegionCountModel::shadeKey() const
{
    QVariantList key;
    if (m_unitMaximum <= 0)
        return key;
    const int steps = std::min(5, m_unitMaximum);
    for (int i = 0; i < steps; ++i) {
        const int count = steps == 1 ? m_unitMaximum : 1 + (m_unitMaximum - 1) * i / (steps - 1);
        key << QVariantMap{
            {QStringLiteral("count"), count}, {QStringLiteral("color"), MapStyle::shade(double(count) / m_unitMaximum)}};
    }
    return key;
}

void RegionCountModel::recount()
{
    const QHash<QString, int> counts = m_incidents ? m_incidents->regionCounts() : QHash<QString, int>();
    std::vector<Row> rows;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        QString name = it.key();
        if (m_boundaryLayer) {
            const QVariantMap info = m_boundaryLayer->regionInfo(it.key());
            if (!info.isEmpty())
                name = info.value(QStringLiteral("name")).toString();
            else if (it.key().size() == 2)
                name = tr("%1 (whole country)").arg(it.key());
        }
        rows.push_back({it.key(), name, it.value()});
    }
    std::sort(rows.begin(), rows.end(),
        [](const Row &a, const Row &b) { return a.count != b.count ? a.count > b.count : a.code < b.code; });
    // Units only: a country's records shade no unit, nor set the scale.
    const auto isUnit = [](const Row &row) { return row.code.size() > 2; };
    int maximum = 0;
    for (const Row &row : rows)
        if (isUnit(row))
            maximum = std::max(maximum, row.count);
    QVariantMap shades;
    for (const Row &row : rows)
        if (isUnit(row))
            shades.insert(row.code, double(row.count) / maximum);
    beginResetModel();
    m_rows = std::move(rows);
    m_shades = shades;
    m_unitMaximum = maximum;
    endResetModel();
    emit countsChanged();
}

} // namespace conflictmap
