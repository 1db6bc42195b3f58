#include "RegionCountModel.h"

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

void RegionCountModel::setMap(MapView *map)
{
    if (!rebind(m_map, map, this, [this](MapView *m) {
            connect(m, &MapView::statusChanged, this, &RegionCountModel::recount);
            connect(m, &MapView::labelLanguageChanged, this, &RegionCountModel::recount);
        }))
        return;
    emit sourcesChanged();
    recount();
}

void RegionCountModel::recount()
{
    const QHash<QString, int> counts = m_incidents ? m_incidents->regionCounts() : QHash<QString, int>();
    std::vector<Row> rows;
    int maximum = 0;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        QString name = it.key();
        if (m_map) {
            const QVariantMap info = m_map->regionInfo(it.key());
            if (!info.isEmpty())
                name = info.value(QStringLiteral("name")).toString();
            else if (it.key().size() == 2)
                name = tr("%1 (whole country)").arg(it.key());
        }
        rows.push_back({it.key(), name, it.value()});
        maximum = std::max(maximum, it.value());
    }
    std::sort(rows.begin(), rows.end(),
        [](const Row &a, const Row &b) { return a.count != b.count ? a.count > b.count : a.code < b.code; });
    QVariantMap shades;
    for (const Row &row : rows)
        if (row.code.size() > 2) // units only: a country's records shade no unit
            shades.insert(row.code, double(row.count) / maximum);
    beginResetModel();
    m_rows = std::move(rows);
    m_shades = shades;
    endResetModel();
    emit countsChanged();
}

} // namespace conflictmap
