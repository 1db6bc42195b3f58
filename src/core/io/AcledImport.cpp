// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/AcledImport.h"

#include "geo/BoundaryLayer.h"
#include "io/CsvReader.h"
#include "store/IncidentStore.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointF>

namespace conflictmap {

namespace {
const QString kDataset = QStringLiteral("acled");
const char *const kRequired[] = {"event_id_cnty", "event_date", "event_type", "latitude", "longitude"};
// Columns read into fields; the rest go into extra (the event id, the
// location and the actor columns too, which an ACLED-shaped export gives
// back as they were).
const char *const kMapped[] = {"event_date", "event_type", "sub_event_type", "latitude", "longitude", "geo_precision",
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

QStringList namesIn(const QString &text)
{
    QStringList names;
    for (const QString &name : text.split(QLatin1Char(';')))
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    return names;
}

class Row {
public:
    Row(const QHash<QString, int> &columns, const QStringList &fields) : m_columns(columns), m_fields(fields) { }
    QString operator[](const char *name) const
    {
        const int i = m_columns.value(QLatin1String(name), -1);
        return i >= 0 && i < m_fields.size() ? m_fields[i].trimmed() : QString();
    }
    int columnOf(const char *name) const { return m_columns.value(QLatin1String(name), -1) + 1; }

private:
    const QHash<QString, int> &m_columns;
    const QStringList &m_fields;
};

Result<Incident> incidentOf(const Row &row, const QStringList &header, const QStringList &fields, const BoundaryLayer *layer)
{
    using R = Result<Incident>;
    auto fail = [&](const char *column, const QString &why) {
        return R::failure(QStringLiteral("column %1 (%2): %3").arg(row.columnOf(column)).arg(QLatin1String(column), why));
    };
    Incident incident;
    incident.importId = row["event_id_cnty"];
    if (incident.importId.isEmpty())
        return fail("event_id_cnty", QStringLiteral("no event id"));
    const std::optional<QDate> date = dateOf(row["event_date"]);
    if (!date)
        return fail(
            "event_date", QStringLiteral("'%1' is not a date (2022-09-13 or 13 September 2022)").arg(row["event_date"].left(40)));
    QJsonObject extra;
    const QString timePrecision = row["time_precision"];
    if (timePrecision == QLatin1String("3"))
        incident.date = PartialDate::fromParts(date->year(), date->month(), 0);
    else
        incident.date = PartialDate::fromParts(date->year(), date->month(), date->day());
    if (timePrecision == QLatin1String("2"))
        extra.insert("acled_date_within", "a week of this day");
    bool latOk = false;
    bool lonOk = false;
    const double lat = row["latitude"].toDouble(&latOk);
    const double lon = row["longitude"].toDouble(&lonOk);
    if (!latOk)
        return fail("latitude", QStringLiteral("'%1' is not a number").arg(row["latitude"].left(40)));
    if (!lonOk)
        return fail("longitude", QStringLiteral("'%1' is not a number").arg(row["longitude"].left(40)));
    incident.lat = lat;
    incident.lon = lon;
    const QString geoPrecision = row["geo_precision"];
    incident.precision = geoPrecision == QLatin1String("1") ? LocationPrecision::Exact : LocationPrecision::Near;
    if (geoPrecision == QLatin1String("3") && layer) {
        if (const Region *region = layer->regionAt(QPointF(lon, lat))) {
            incident.precision = LocationPrecision::Region;
            incident.region = region->code;
        }
    }
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
    if (const QString fatalities = row["fatalities"]; !fatalities.isEmpty()) {
        bool ok = false;
        incident.fatalities = fatalities.toLongLong(&ok);
        if (!ok || *incident.fatalities < 0)
            return fail("fatalities", QStringLiteral("'%1' is not a count").arg(fatalities.left(40)));
    }
    // Actor 1 and its associates on side a, actor 2 and its associates on
    // side b; ACLED types the two main actors (inter1, inter2).
    const struct {
        const char *column, *inter, *side;
    } actorColumns[] = {
        {"actor1", "inter1", "a"}, {"assoc_actor_1", nullptr, "a"}, {"actor2", "inter2", "b"}, {"assoc_actor_2", nullptr, "b"}};
    for (const auto &[column, inter, side] : actorColumns)
        for (const QString &name : namesIn(row[column]))
            if (!actorNames(incident.actors).contains(name))
                incident.actors.push_back({name, QLatin1String(side), inter ? AcledImport::actorTypeOf(row[inter]) : QString()});
    for (const QString &name : namesIn(row["source"])) {
        Claim claim;
        claim.source.title = name;
        claim.source.publisher = name;
        claim.stance = Stance::Reports;
        incident.claims.push_back(claim);
    }
    for (int i = 0; i < header.size() && i < fields.size(); ++i) {
        // Column names as matched: EVENT_DATE is event_date.
        const QString name = header[i].trimmed().toLower();
        const QByteArray utf8 = name.toUtf8();
        if (std::none_of(std::begin(kMapped), std::end(kMapped), [&](const char *m) { return utf8 == m; })
            && !fields[i].trimmed().isEmpty())
            extra.insert(name, fields[i].trimmed());
    }
    extra.insert("acled_event_type", event);
    if (!subEvent.isEmpty())
        extra.insert("acled_sub_event_type", subEvent);
    incident.extra = QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
    return incident;
}
} // namespace

Result<ImportSummary> AcledImport::fromFile(IncidentStore &store, const QString &path)
{
    using R = Result<ImportSummary>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    CsvReader csv(file.readAll());
    auto headerRead = csv.next();
    if (!headerRead)
        return R::failure(QStringLiteral("%1: %2").arg(path, headerRead.error()));
    if (!headerRead.value())
        return R::failure(QStringLiteral("%1: empty file, not an ACLED export").arg(path));
    const QStringList header = *headerRead.value();
    QHash<QString, int> columns;
    for (int i = 0; i < header.size(); ++i)
        columns.insert(header[i].trimmed().toLower(), i);
    for (const char *required : kRequired)
        if (!columns.contains(QLatin1String(required)))
            return R::failure(
                QStringLiteral("%1: line 1: no column %2 (not an ACLED export?)").arg(path, QLatin1String(required)));

    ImportOptions options;
    options.dataset = kDataset;
    const qint64 sourcesBefore = qint64(store.sources().size());
    ImportSession session(store, options);
    QString failure;
    auto written = store.addAll([&]() -> Result<void> {
        qint64 index = 0;
        while (true) {
            auto record = csv.next();
            if (!record) {
                failure = record.error();
                return Result<void>::failure(failure);
            }
            if (!record.value())
                return {};
            const QStringList &fields = *record.value();
            if (fields.size() == 1 && fields.front().trimmed().isEmpty())
                continue; // a blank line
            if (fields.size() != header.size()) {
                failure = QStringLiteral("line %1: %2 fields where the header has %3")
                              .arg(csv.line())
                              .arg(fields.size())
                              .arg(header.size());
                return Result<void>::failure(failure);
            }
            ++index;
            auto added = session.add(incidentOf(Row(columns, fields), header, fields, store.layer()), index);
            if (!added) {
                failure = QStringLiteral("line %1, %2").arg(csv.line()).arg(added.error());
                return Result<void>::failure(failure);
            }
            ++session.summary().features;
        }
    });
    if (!written)
        return R::failure(QStringLiteral("%1: %2").arg(path, failure.isEmpty() ? written.error() : failure));
    ImportSummary summary = session.summary();
    summary.sources = qint64(store.sources().size()) - sourcesBefore;
    return summary;
}

} // namespace conflictmap
