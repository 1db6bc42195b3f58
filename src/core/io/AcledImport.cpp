// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/AcledImport.h"

#include "geo/BoundaryLayer.h"
#include "io/CsvImport.h"
#include "store/IncidentStore.h"

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace conflictmap {

namespace {
const char *const kRequired[] = {"event_id_cnty", "event_date", "event_type", "latitude", "longitude"};
// Columns read into fields; the rest go into extra (the event id, the
// location and the actor columns too, which an ACLED-shaped export gives
// back as they were).
const std::vector<const char *> kMapped{"event_date", "event_type", "sub_event_type", "latitude", "longitude", "geo_precision",
    "time_precision", "notes", "fatalities", "source"};

} // namespace

QString AcledImport::actorTypeOf(const QString &inter)
{
    bool numeric = false;
    const int code = inter.trimmed().toInt(&numeric);
    if (numeric)
        return code >= 1 && code <= Actor::typeNames().size() ? Actor::typeNames()[code - 1] : QString();
    // Newer files write the name, in the order of the codes.
    static const QStringList names{QStringLiteral("state forces"), QStringLiteral("rebel group"),
        QStringLiteral("political militia"), QStringLiteral("identity militia"), QStringLiteral("rioters"),
        QStringLiteral("protesters"), QStringLiteral("civilians"), QStringLiteral("external/other forces")};
    const qsizetype index = names.indexOf(inter.trimmed().toLower());
    return index < 0 ? QString() : Actor::typeNames()[index];
}

QString AcledImport::typeOf(const QString &event, const QString &subEvent)
{
    static const QHash<QString, QString> bySubEvent{
        {QStringLiteral("Shelling/artillery/missile attack"), QStringLiteral("shelling")},
        {QStringLiteral("Air/drone strike"), QStringLiteral("air_or_drone_strike")},
        {QStringLiteral("Headquarters or base established"), QStringLiteral("position_established")},
        {QStringLiteral("Non-violent transfer of territory"), QStringLiteral("territory_captured")},
        {QStringLiteral("Government regains territory"), QStringLiteral("territory_captured")},
        {QStringLiteral("Non-state actor overtakes territory"), QStringLiteral("territory_captured")},
        {QStringLiteral("Agreement"), QStringLiteral("diplomatic_contact")}};
    if (const auto found = bySubEvent.constFind(subEvent); found != bySubEvent.cend())
        return *found;
    if (event == QLatin1String("Battles"))
        return QStringLiteral("armed_clash");
    return QStringLiteral("other");
}

namespace {

// "2022-09-13", or "13 September 2022" as ACLED's website writes it.
std::optional<QDate> dateOf(const QString &text)
{
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        date = QLocale::c().toDate(text, QStringLiteral("d MMMM yyyy"));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

Result<Incident> incidentOf(const CsvRecord &row, const BoundaryLayer *layer)
{
    using R = Result<Incident>;
    auto fail = [&](const char *column, const QString &why) { return R::failure(row.problem(column, why)); };
    Incident incident;
    incident.importId = row["event_id_cnty"];
    if (incident.importId.isEmpty())
        return fail("event_id_cnty", QStringLiteral("no event id"));
    const std::optional<QDate> date = dateOf(row["event_date"]);
    if (!date)
        return fail(
            "event_date", QStringLiteral("'%1' is not a date (2022-09-13 or 13 September 2022)").arg(row["event_date"].left(40)));
    QJsonObject extra = row.unmapped(kMapped);
    const QString timePrecision = row["time_precision"];
    if (timePrecision == QLatin1String("3"))
        incident.date = PartialDate::fromParts(date->year(), date->month(), 0);
    else
        incident.date = PartialDate::fromParts(date->year(), date->month(), date->day());
    if (timePrecision == QLatin1String("2"))
        extra.insert("acled_date_within", "a week of this day");
    if (auto placed = CsvImport::readPoint(row, incident); !placed)
        return R::failure(placed.problem());
    const QString geoPrecision = row["geo_precision"];
    CsvImport::place(incident,
        geoPrecision == QLatin1String("1")       ? LocationPrecision::Exact
            : geoPrecision == QLatin1String("3") ? LocationPrecision::Region
                                                 : LocationPrecision::Near,
        layer);
    const QString event = row["event_type"];
    const QString subEvent = row["sub_event_type"];
    incident.type = AcledImport::typeOf(event, subEvent);
    // A record without a type (another tool's, in ACLED's columns) is still
    // named.
    const QString what = !subEvent.isEmpty() ? subEvent : !event.isEmpty() ? event : QStringLiteral("Event");
    const QString location = row["location"];
    incident.title = location.isEmpty() ? QStringLiteral("%1 (%2)").arg(what, incident.importId)
                                        : QStringLiteral("%1 in %2").arg(what, location);
    incident.description = row["notes"];
    const auto fatalities = CsvImport::count(row, "fatalities");
    if (!fatalities)
        return R::failure(fatalities.problem());
    incident.fatalities = *fatalities;
    // Actor 1 and its associates on side a, actor 2 and its associates on
    // side b; ACLED types the two main actors (inter1, inter2).
    const struct {
        const char *column, *inter, *side;
    } actorColumns[] = {
        {"actor1", "inter1", "a"}, {"assoc_actor_1", nullptr, "a"}, {"actor2", "inter2", "b"}, {"assoc_actor_2", nullptr, "b"}};
    for (const auto &[column, inter, side] : actorColumns)
        for (const QString &name : CsvImport::namesIn(row[column]))
            if (!actorNames(incident.actors).contains(name))
                incident.actors.push_back({name, QLatin1String(side), inter ? AcledImport::actorTypeOf(row[inter]) : QString()});
    CsvImport::addReportingSources(incident, CsvImport::sourcesNamed(CsvImport::namesIn(row["source"])));
    extra.insert("acled_event_type", event);
    if (!subEvent.isEmpty())
        extra.insert("acled_sub_event_type", subEvent);
    incident.extra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    return incident;
}
} // namespace

const CsvImport::Format &AcledImport::format()
{
    static const CsvImport::Format format{
        QStringLiteral("acled"), QStringLiteral("an ACLED export"), {std::begin(kRequired), std::end(kRequired)}, incidentOf};
    return format;
}

Result<ImportSummary> AcledImport::fromFile(IncidentStore &store, const QString &path)
{
    return CsvImport::fromFile(store, path, format());
}

} // namespace conflictmap
