#include "IncidentListModel.h"

#include "IncidentDatabase.h"
#include "Rebind.h"
#include "store/IncidentStore.h"

#include <QGeoRectangle>

#include <algorithm>

namespace conflictmap {

IncidentListModel::IncidentListModel(QObject *parent) : QAbstractListModel(parent)
{
    m_areaSettled.setSingleShot(true);
    m_areaSettled.setInterval(150);
    connect(&m_areaSettled, &QTimer::timeout, this, &IncidentListModel::reload);
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Incident &incident = m_incidents[size_t(index.row())];
    switch (role) {
    case IdRole:
        return incident.id;
    case TitleRole:
    case Qt::DisplayRole:
        return incident.title;
    case TypeRole:
        return incident.type;
    case FamilyRole:
        return m_families.value(incident.type, QStringLiteral("other"));
    case StatusRole:
        return toString(incident.status);
    case DateRole:
        return incident.date ? incident.date->toString() : QString();
    case PrecisionRole:
        return toString(incident.precision);
    case RegionRole:
        return incident.region;
    case LongitudeRole:
        return incident.lon;
    case LatitudeRole:
        return incident.lat;
    case ClaimantsRole: {
        QStringList who;
        for (const Claim &claim : incident.claims) {
            const QString name = claim.claimant.isEmpty() ? claim.source.publisher : claim.claimant;
            if (!name.isEmpty() && !who.contains(name))
                who << name;
        }
        return who.join(QStringLiteral("; "));
    }
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
    reload();
}

void IncidentListModel::setFilter(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    emit filterChanged();
    reload();
}

void IncidentListModel::setText(const QString &text)
{
    setFilter(m_text, text);
}

void IncidentListModel::setType(const QString &type)
{
    setFilter(m_type, type);
}

void IncidentListModel::setStatus(const QString &status)
{
    setFilter(m_status, status);
}

void IncidentListModel::setRegion(const QString &region)
{
    setFilter(m_region, region);
}

void IncidentListModel::setSince(const QString &date)
{
    setFilter(m_since, date);
}

void IncidentListModel::setUntil(const QString &date)
{
    setFilter(m_until, date);
}

void IncidentListModel::setArea(const QGeoShape &area)
{
    if (area == m_area)
        return;
    m_area = area;
    emit filterChanged();
    m_areaSettled.start(); // a pan changes the area every frame
}

void IncidentListModel::setNewestFirst(bool newestFirst)
{
    if (newestFirst == m_newestFirst)
        return;
    m_newestFirst = newestFirst;
    emit filterChanged();
    reload();
}

QStringList IncidentListModel::typeChoices() const
{
    QStringList choices{QString()};
    for (auto it = m_families.constBegin(); it != m_families.constEnd(); ++it)
        choices << it.key();
    std::sort(choices.begin() + 1, choices.end());
    return choices;
}

void IncidentListModel::reload()
{
    std::vector<Incident> incidents;
    QString error;
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    if (store) {
        m_families.clear();
        for (const IncidentType &type : store->incidentTypes())
            m_families.insert(type.name, type.family);
        IncidentFilter filter;
        filter.text = m_text;
        filter.type = m_type;
        filter.status = m_status;
        filter.region = m_region;
        if (m_area.isValid()) {
            const QGeoRectangle box = m_area.boundingGeoRectangle();
            filter.bbox = QRectF(QPointF(box.topLeft().longitude(), box.bottomRight().latitude()),
                QPointF(box.bottomRight().longitude(), box.topLeft().latitude()));
        }
        if (const QDate since = QDate::fromString(m_since, Qt::ISODate); since.isValid())
            filter.since = since;
        if (const QDate until = QDate::fromString(m_until, Qt::ISODate); until.isValid())
            filter.until = until;
        auto found = store->incidents(filter);
        if (found)
            incidents = std::move(found.value());
        else
            error = found.error();
        if (m_newestFirst)
            std::reverse(incidents.begin(), incidents.end());
    }
    beginResetModel();
    m_incidents = std::move(incidents);
    m_error = error;
    endResetModel();
    emit countChanged();
}

QStringList IncidentListModel::areaRegions() const
{
    QStringList codes;
    for (const Incident &incident : m_incidents)
        if ((incident.precision == LocationPrecision::Region || incident.precision == LocationPrecision::Country)
            && !codes.contains(incident.region))
            codes << incident.region;
    return codes;
}

int IncidentListModel::rowOf(qint64 id) const
{
    for (size_t i = 0; i < m_incidents.size(); ++i)
        if (m_incidents[i].id == id)
            return int(i);
    return -1;
}

qint64 IncidentListModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_incidents.size() ? m_incidents[size_t(row)].id : -1;
}

} // namespace conflictmap
