// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IncidentListModel.h"

#include "FreedMemory.h"
#include "IncidentDatabase.h"
#include "Rebind.h"
#include "store/IncidentStore.h"

#include <QGeoRectangle>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace conflictmap {

IncidentListModel::IncidentListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_areaSettled.setSingleShot(true);
    m_areaSettled.setInterval(150);
    connect(&m_areaSettled, &QTimer::timeout, this, &IncidentListModel::applyArea);
    connect(&m_loader, &QFutureWatcher<Loaded>::finished, this, &IncidentListModel::finishLoading);
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

const IncidentListModel::RowText &IncidentListModel::rowText(qint64 id) const
{
    if (const RowText *known = m_texts.object(id))
        return *known;
    auto text = std::make_unique<RowText>();
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    if (const std::optional<Incident> incident = store ? store->incident(id) : std::nullopt) {
        text->title = incident->title;
        text->date = incident->date ? incident->date->toString() : QString();
        QStringList who;
        for (const Claim &claim : incident->claims) {
            const QString name = claim.claimant.isEmpty() ? claim.source.publisher : claim.claimant;
            if (!name.isEmpty() && !who.contains(name))
                who << name;
        }
        text->claimants = who.join(QStringLiteral("; "));
    }
    const RowText *kept = text.get();
    m_texts.insert(id, text.release());
    return *kept;
}

QString IncidentListModel::titleOf(qint64 id) const
{
    return rowText(id).title;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const IncidentPoint &point = pointAt(index.row());
    switch (role) {
    case IdRole:
        return point.id;
    case TitleRole:
    case Qt::DisplayRole:
        return rowText(point.id).title;
    case TypeRole:
        return m_points->types.value(point.type);
    case FamilyRole:
        return familyOf(m_points->types.value(point.type));
    case StatusRole:
        return toString(point.status);
    case DateRole:
        return rowText(point.id).date;
    case PrecisionRole:
        return toString(point.precision);
    case RegionRole:
        return point.region >= 0 ? m_points->regions.value(point.region) : QString();
    case LongitudeRole:
        return point.lon;
    case LatitudeRole:
        return point.lat;
    case ClaimantsRole:
        return rowText(point.id).claimants;
    }
    return {};
}

QHash<int, QByteArray> IncidentListModel::roleNames() const
{
    return {{IdRole, "incidentId"}, {TitleRole, "title"}, {TypeRole, "type"}, {FamilyRole, "family"}, {StatusRole, "status"},
        {DateRole, "date"}, {PrecisionRole, "precision"}, {RegionRole, "region"}, {LongitudeRole, "longitude"},
        {LatitudeRole, "latitude"}, {ClaimantsRole, "claimants"}};
}

void IncidentListModel::setDatabase(IncidentDatabase *database)
{
    if (!rebind(m_database, database, this,
            [this](IncidentDatabase *db) { connect(db, &IncidentDatabase::changed, this, &IncidentListModel::reload); }))
        return;
    emit databaseChanged();
    setPoints(nullptr, {}); // another database's rows would read this one's text
    reload();
}

void IncidentListModel::setQuery(IncidentQuery *query)
{
    if (!rebind(m_query, query, this, [this](IncidentQuery *q) {
            connect(q, &IncidentQuery::filterChanged, this, &IncidentListModel::reload);
            // A pan changes the area every frame: applied once it settles.
            connect(q, &IncidentQuery::areaChanged, this, [this] { m_areaSettled.start(); });
        }))
        return;
    emit queryChanged();
    reload();
}

void IncidentListModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    emit newestFirstChanged();
    applyArea();
}

QStringList IncidentListModel::typeChoices() const
{
    QStringList choices{QString()};
    for (auto it = m_families.constBegin(); it != m_families.constEnd(); ++it)
        choices << it.key();
    std::sort(choices.begin() + 1, choices.end());
    return choices;
}

void IncidentListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void IncidentListModel::reload()
{
    const int generation = ++m_generation; // answers to earlier requests are dropped
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    if (!store) {
        setLoading(false);
        setPoints(nullptr, {});
        return;
    }
    m_families.clear();
    for (const IncidentType &type : store->incidentTypes())
        m_families.insert(type.name, type.family);
    const IncidentFilter filter = m_query ? m_query->filter(false) : IncidentFilter();

    if (store->incidentCount() <= m_synchronousLimit) {
        setLoading(false);
        auto found = store->points(filter);
        if (found)
            setPoints(std::make_shared<const IncidentPoints>(std::move(found.value())), {});
        else
            setPoints(nullptr, found.error());
        return;
    }
    // A connection of the worker's own: SQLite connections are not shared
    // between threads here.
    m_loader.setFuture(QtConcurrent::run([path = store->location(), layer = m_database->layer(), filter, generation]() {
        auto opened = IncidentStore::open(path, layer, StoreAccess::ReadOnly);
        if (!opened)
            return Loaded{nullptr, opened.error(), generation};
        auto found = opened.value()->points(filter);
        if (!found)
            return Loaded{nullptr, found.error(), generation};
        return Loaded{std::make_shared<const IncidentPoints>(std::move(found.value())), {}, generation};
    }));
    setLoading(true);
}

void IncidentListModel::finishLoading()
{
    Loaded loaded = m_loader.result();
    if (loaded.generation != m_generation)
        return; // a newer load is on its way
    setPoints(std::move(loaded.points), loaded.error);
    returnFreedMemory();
    setLoading(false);
}

void IncidentListModel::setPoints(std::shared_ptr<const IncidentPoints> points, const QString &error)
{
    m_error = error;
    m_areaRegions.clear();
    if (points) {
        std::vector<bool> seen(size_t(points->regions.size()));
        for (const IncidentPoint &p : points->points)
            if ((p.precision == LocationPrecision::Region || p.precision == LocationPrecision::Country) && p.region >= 0
                && !seen[size_t(p.region)]) {
                seen[size_t(p.region)] = true;
                m_areaRegions << points->regions[p.region];
            }
    }
    showRows(std::move(points));
    emit pointsChanged();
}

void IncidentListModel::applyArea()
{
    showRows(m_points);
}

void IncidentListModel::showRows(std::shared_ptr<const IncidentPoints> points)
{
    std::vector<std::int32_t> rows;
    if (points) {
        const auto &all = points->points;
        rows.reserve(all.size());
        std::optional<QGeoRectangle> box;
        if (m_query && m_query->area().isValid())
            box = m_query->area().boundingGeoRectangle();
        const double west = box ? box->topLeft().longitude() : 0, east = box ? box->bottomRight().longitude() : 0;
        const double south = box ? box->bottomRight().latitude() : 0, north = box ? box->topLeft().latitude() : 0;
        for (size_t i = 0; i < all.size(); ++i) {
            const IncidentPoint &p = all[i];
            // West beyond east: the box crosses the antimeridian.
            if (box
                && (p.lat < south || p.lat > north
                    || (west <= east ? (p.lon < west || p.lon > east) : (p.lon < west && p.lon > east))))
                continue;
            rows.push_back(std::int32_t(i));
        }
        if (m_newestFirst)
            std::reverse(rows.begin(), rows.end());
    }
    // Points and rows change together, inside the reset.
    beginResetModel();
    if (points != m_points)
        m_texts.clear(); // titles may have been edited
    m_points = std::move(points);
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

QStringList IncidentListModel::areaRegions() const
{
    return m_areaRegions;
}

QHash<QString, int> IncidentListModel::regionCounts() const
{
    QHash<QString, int> counts;
    if (!m_points)
        return counts;
    std::vector<int> byIndex(size_t(m_points->regions.size()));
    for (std::int32_t row : m_rows)
        if (const std::int32_t region = m_points->points[size_t(row)].region; region >= 0)
            ++byIndex[size_t(region)];
    for (size_t r = 0; r < byIndex.size(); ++r)
        if (byIndex[r] > 0)
            counts.insert(m_points->regions[qsizetype(r)], byIndex[r]);
    return counts;
}

int IncidentListModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (pointAt(int(i)).id == id)
            return int(i);
    return -1;
}

qint64 IncidentListModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? pointAt(row).id : -1;
}

} // namespace conflictmap
