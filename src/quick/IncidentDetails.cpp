// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IncidentDetails.h"

#include "model/Grading.h"

#include "store/HistoryRecord.h"

#include "IncidentDatabase.h"
#include "Rebind.h"
#include "geo/BoundaryLayer.h"
#include "geo/GeodesicArea.h"
#include "store/IncidentStore.h"

#include <QDesktopServices>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cmath>

namespace conflictmap {

namespace {
// How precisely the position is known, in words: never a bare point for
// what is only a region.
QString locationText(const Incident &incident, const BoundaryLayer *layer)
{
    const Region *region = layer && !incident.region.isEmpty() ? layer->regionByCode(incident.region) : nullptr;
    const QString regionName = region ? QStringLiteral("%1 (%2)").arg(region->nameEn, region->code) : incident.region;
    const QString point = QStringLiteral("%1, %2").arg(incident.lat, 0, 'f', 5).arg(incident.lon, 0, 'f', 5);
    switch (incident.precision) {
    case LocationPrecision::Exact:
        return QStringLiteral("%1 — exact (within about 1 km)%2")
            .arg(point, regionName.isEmpty() ? QString() : QStringLiteral(", ") + regionName);
    case LocationPrecision::Near:
        return QStringLiteral("near %1 (about the nearest town)%2")
            .arg(point, regionName.isEmpty() ? QString() : QStringLiteral(", ") + regionName);
    case LocationPrecision::Region:
        return QStringLiteral("somewhere in %1: only the region is known").arg(regionName);
    case LocationPrecision::Country:
        return QStringLiteral("somewhere in %1: only the country is known").arg(incident.region);
    }
    return point;
}

// What a line or area is: its kind, geodesic size and the units it
// touches with their shares ("Line, 12.4 km, across AM-SU 82 %, AZ-LAC 18 %").
QString shapeText(const Geometry &shape, const std::vector<RegionShare> &shares)
{
    QStringList units;
    for (const RegionShare &share : shares) {
        const double percent = share.share * 100;
        units << (shares.size() == 1 ? share.region
                : percent < 1        ? QStringLiteral("%1 <1 %").arg(share.region)
                                     : QStringLiteral("%1 %2 %").arg(share.region).arg(std::lround(percent)));
    }
    QString what;
    if (shape.isLineal()) {
        double metres = 0;
        for (const LinePath &line : shape.lines)
            metres += GeodesicArea::lengthOfPath(line);
        what = shape.lines.size() > 1 ? QStringLiteral("Line in %1 parts, %2 km").arg(shape.lines.size())
                                      : QStringLiteral("Line, %2 km");
        what = what.arg(metres / 1000, 0, 'f', 1);
        return units.isEmpty() ? what : QStringLiteral("%1, across %2").arg(what, units.join(QStringLiteral(", ")));
    }
    if (shape.isAreal()) {
        what = shape.polygons.size() > 1 ? QStringLiteral("Area in %1 parts, %2 km²").arg(shape.polygons.size())
                                         : QStringLiteral("Area, %2 km²");
        what = what.arg(GeodesicArea::of(shape.polygons) / 1e6, 0, 'f', 1);
    } else {
        what = QStringLiteral("%1 points").arg(shape.points.size());
    }
    return units.isEmpty() ? what : QStringLiteral("%1, in %2").arg(what, units.join(QStringLiteral(", ")));
}
} // namespace

void IncidentDetails::setDatabase(IncidentDatabase *database)
{
    if (rebind(m_database, database, this,
            [this](IncidentDatabase *db) { connect(db, &IncidentDatabase::changed, this, &IncidentDetails::reload); }))
        reload();
}

void IncidentDetails::setIncidentId(qint64 id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_restoreError.clear();
    reload();
}

namespace {
// "2022-09-13 08:10 by ann": when a record was written and by whom (the
// time alone for records older than their authors).
QString writtenBy(const QString &when, const QString &who)
{
    const QString day = QString(when.left(16)).replace(QLatin1Char('T'), QLatin1Char(' '));
    return who.isEmpty() ? day : IncidentDetails::tr("%1 by %2").arg(day, who);
}

// Kept properties as name/value rows: strings as they are, anything else
// (numbers, lists, objects) as its JSON text.
QVariantList extraProperties(const QString &json)
{
    QVariantList rows;
    if (json.isEmpty())
        return rows;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return rows;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else if (value.isObject())
            text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (!value.isNull())
            text = value.toVariant().toString();
        rows << QVariantMap{{QStringLiteral("name"), it.key()}, {QStringLiteral("value"), text}};
    }
    return rows;
}
} // namespace

void IncidentDetails::reload()
{
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    const std::optional<Incident> incident = store && m_id > 0 ? store->incident(m_id) : std::nullopt;
    m_valid = incident.has_value();
    m_version = incident ? incident->version : 0;
    m_claims.clear();
    m_history.clear();
    if (!incident) {
        m_title = m_type = m_date = m_status = m_location = m_actors = m_deployment = m_description = m_authorship = QString();
        m_extra.clear();
        emit changed();
        return;
    }
    m_title = incident->title;
    const auto type = store->incidentType(incident->type);
    m_type = type ? type->label : incident->type;
    m_date = incident->date
        ? QStringLiteral("%1 (known to the %2)")
              .arg(PartialDate::rangeText(*incident->date, incident->dateUntil), incident->date->precisionName())
        : QString();
    m_status = toString(incident->status);
    m_location = incident->shape ? shapeText(*incident->shape, incident->regionShares) : locationText(*incident, store->layer());
    m_actors = actorLabels(incident->actors).join(QStringLiteral("; "));
    QStringList deployment;
    if (!incident->equipment.isEmpty())
        deployment << incident->equipment;
    if (incident->quantity)
        deployment << QStringLiteral("× %1").arg(*incident->quantity);
    if (incident->fatalities)
        deployment << QStringLiteral("%1 fatalities reported").arg(*incident->fatalities);
    if (incident->fatalitiesLow || incident->fatalitiesHigh)
        deployment << QStringLiteral("(estimates %1 to %2)")
                          .arg(incident->fatalitiesLow ? QString::number(*incident->fatalitiesLow) : QStringLiteral("?"),
                              incident->fatalitiesHigh ? QString::number(*incident->fatalitiesHigh) : QStringLiteral("?"));
    m_deployment = deployment.join(QLatin1Char(' '));
    m_description = incident->description;
    m_extra = extraProperties(incident->extra);
    const std::vector<std::optional<bool>> quoteInSource = store->quotesInSources(incident->claims);
    for (size_t i = 0; i < incident->claims.size(); ++i) {
        QVariantMap info = claimInfo(incident->claims[i]);
        info.insert(QStringLiteral("quoteNotFound"), quoteInSource[i] == false);
        m_claims.append(info);
    }
    HistoryQuery query;
    query.incidentId = m_id;
    query.limit = 50;
    if (const auto changes = store->history(query))
        for (const HistoryEntry &change : changes.value())
            m_history.append(QVariantMap{{QStringLiteral("id"), change.id},
                {QStringLiteral("at"), change.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))},
                {QStringLiteral("by"), change.by},
                {QStringLiteral("what"),
                    change.kind == QLatin1String("claims")
                        ? tr("claim %1 %2").arg(change.recordId).arg(HistoryRecord::summary(change))
                        : HistoryRecord::summary(change)},
                {QStringLiteral("reason"), change.reason},
                {QStringLiteral("edit"),
                    change.kind == QLatin1String("incidents") && change.operation == QLatin1String("update")},
                {QStringLiteral("restorable"), change.kind == QLatin1String("incidents")}});
    // Changed since it was recorded: by its times, or (within the same
    // second) by the history.
    bool edited = incident->updated != incident->created || incident->updatedBy != incident->createdBy;
    for (const QVariant &change : std::as_const(m_history))
        edited = edited || change.toMap().value(QStringLiteral("edit")).toBool();
    m_authorship = edited
        ? tr("Recorded %1 · changed %2")
              .arg(writtenBy(incident->created, incident->createdBy), writtenBy(incident->updated, incident->updatedBy))
        : tr("Recorded %1").arg(writtenBy(incident->created, incident->createdBy));
    emit changed();
}

QVariantMap IncidentDetails::claimInfo(const Claim &claim)
{
    return QVariantMap{
        {QStringLiteral("claimant"), claim.claimant.isEmpty() ? claim.source.publisher : claim.claimant},
        {QStringLiteral("stance"), toString(claim.stance)},
        {QStringLiteral("quote"), claim.quote},
        {QStringLiteral("translation"), claim.translation},
        {QStringLiteral("grade"), Grading::describe(claim)},
        {QStringLiteral("claimId"), claim.id},
        {QStringLiteral("reliability"), claim.source.reliability},
        {QStringLiteral("credibility"), claim.credibility.value_or(0)},
        {QStringLiteral("sourceTitle"), claim.source.title},
        {QStringLiteral("publisher"), claim.source.publisher},
        {QStringLiteral("language"), claim.source.language},
        {QStringLiteral("published"), claim.source.published ? claim.source.published->toString() : QString()},
        {QStringLiteral("url"), claim.source.url},
        {QStringLiteral("sourceId"), claim.source.id},
        {QStringLiteral("readable"), !claim.source.document.isEmpty() || !claim.source.text.isEmpty()},
        {QStringLiteral("urlOpenable"), canOpen(claim.source.url)},
        {QStringLiteral("recorded"),
            claim.created.isEmpty() ? QString() : tr("claim recorded %1").arg(writtenBy(claim.created, claim.createdBy))},
    };
}

bool IncidentDetails::canOpen(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty()
        && (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https"));
}

bool IncidentDetails::openUrl(const QString &url) const
{
    return canOpen(url) && QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode));
}

QString IncidentDetails::setReliability(qint64 sourceId, const QString &reliability)
{
    if (!m_database)
        return tr("No database is open.");
    const auto graded = m_database->setReliability(sourceId, reliability);
    return graded ? QString() : graded.error();
}

QString IncidentDetails::setCredibility(qint64 claimId, int credibility)
{
    if (!m_database)
        return tr("No database is open.");
    const auto graded = m_database->setCredibility(claimId, credibility > 0 ? std::optional<int>(credibility) : std::nullopt);
    return graded ? QString() : graded.error();
}

bool IncidentDetails::restore(qint64 changeId)
{
    if (!m_database)
        return false;
    const auto restored = m_database->restoreChange(changeId);
    m_restoreError = restored ? QString() : restored.error();
    emit changed(); // the database's changed() reloads the rest
    return bool(restored);
}

} // namespace conflictmap
