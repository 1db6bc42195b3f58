// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/AcledExport.h"

#include "io/AcledImport.h"
#include "io/WholeFile.h"
#include "store/IncidentStore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace conflictmap {

namespace {
struct AcledType {
    const char *event;
    const char *subEvent;
};
// Ours to ACLED's: the reverse of AcledImport's table; types ACLED has no
// counterpart for are left empty.
const QHash<QString, AcledType> &acledTypes()
{
    static const QHash<QString, AcledType> types{{QStringLiteral("armed_clash"), {"Battles", "Armed clash"}},
        {QStringLiteral("shelling"), {"Explosions/Remote violence", "Shelling/artillery/missile attack"}},
        {QStringLiteral("air_or_drone_strike"), {"Explosions/Remote violence", "Air/drone strike"}},
        {QStringLiteral("position_established"), {"Strategic developments", "Headquarters or base established"}},
        {QStringLiteral("territory_captured"), {"Strategic developments", "Non-violent transfer of territory"}},
        {QStringLiteral("diplomatic_contact"), {"Strategic developments", "Agreement"}}};
    return types;
}

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

// Columns of numbers and codes, written as they are.
bool isNumeric(const QString &column)
{
    static const QStringList numeric{QStringLiteral("year"), QStringLiteral("time_precision"), QStringLiteral("inter1"),
        QStringLiteral("inter2"), QStringLiteral("interaction"), QStringLiteral("iso"), QStringLiteral("latitude"),
        QStringLiteral("longitude"), QStringLiteral("geo_precision"), QStringLiteral("fatalities"), QStringLiteral("timestamp")};
    return numeric.contains(column);
}

// Text from sources that a spreadsheet would run as a formula (=, +, @)
// is kept as text by a leading apostrophe, as spreadsheets read it.
QString defused(const QString &column, const QString &value)
{
    if (isNumeric(column) || value.isEmpty())
        return value;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('@') ? QLatin1Char('\'') + value
                                                                                               : value;
}

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

// Actor 1 and 2 from the sides (an actor with none fills an empty one),
// with their types as inter codes; the other actors as associates.
void insertActors(QHash<QString, QString> &values, const std::vector<IncidentRow::ActorRow> &actors)
{
    std::vector<const IncidentRow::ActorRow *> sides[2], unsided;
    for (const IncidentRow::ActorRow &actor : actors)
        (actor.side == "a" ? sides[0] : actor.side == "b" ? sides[1] : unsided).push_back(&actor);
    for (auto &side : sides)
        if (side.empty() && !unsided.empty()) {
            side.push_back(unsided.front());
            unsided.erase(unsided.begin());
        }
    sides[1].insert(sides[1].end(), unsided.begin(), unsided.end());
    const char *const columns[2][3] = {{"actor1", "assoc_actor_1", "inter1"}, {"actor2", "assoc_actor_2", "inter2"}};
    for (int s = 0; s < 2; ++s) {
        QStringList associates;
        for (size_t i = 1; i < sides[s].size(); ++i)
            associates << QString::fromStdString(sides[s][i]->name);
        const IncidentRow::ActorRow *main = sides[s].empty() ? nullptr : sides[s].front();
        const qsizetype code = main ? Actor::typeNames().indexOf(QString::fromStdString(main->type)) : -1;
        values.insert(QLatin1String(columns[s][0]), main ? QString::fromStdString(main->name) : QString());
        values.insert(QLatin1String(columns[s][1]), associates.join(QStringLiteral("; ")));
        values.insert(QLatin1String(columns[s][2]), code < 0 ? QString() : QString::number(code + 1));
    }
}

QByteArray recordOf(const IncidentRow &row)
{
    const QJsonObject extra = row.extra.empty()
        ? QJsonObject()
        : QJsonDocument::fromJson(QByteArray(row.extra.data(), qsizetype(row.extra.size()))).object();
    QHash<QString, QString> values;
    // An ACLED record's own columns first; what the record now says over them.
    for (auto it = extra.begin(); it != extra.end(); ++it)
        values.insert(it.key(), it.value().toVariant().toString());
    values.insert(QStringLiteral("event_id_cnty"),
        extra.contains(QLatin1String("event_id_cnty")) ? extra.value(QLatin1String("event_id_cnty")).toString()
                                                       : QStringLiteral("CM%1").arg(row.id));
    const QString date = text(row.date);
    const QString precision = text(row.datePrecision);
    values.insert(QStringLiteral("event_date"),
        precision == QLatin1String("day")         ? date
            : precision == QLatin1String("month") ? date + QStringLiteral("-01")
                                                  : date + QStringLiteral("-01-01"));
    values.insert(QStringLiteral("year"), date.left(4));
    // A period: within a week is ACLED's 2, longer its 3.
    const QDate first = QDate::fromString(values.value(QStringLiteral("event_date")), Qt::ISODate);
    QString unreadable; // as stored, checked when written
    const auto periodEnd = row.dateUntil.empty() ? std::nullopt : PartialDate::parse(text(row.dateUntil), &unreadable);
    const QDate until = periodEnd ? periodEnd->last() : QDate();
    const qint64 spanDays = until.isValid() && first.isValid() ? first.daysTo(until) : 0;
    values.insert(QStringLiteral("time_precision"),
        precision != QLatin1String("day") || spanDays > 7                        ? QStringLiteral("3")
            : spanDays > 0 || extra.contains(QLatin1String("acled_date_within")) ? QStringLiteral("2")
                                                                                 : QStringLiteral("1"));
    const QString type = text(row.type);
    // ACLED's own type while the record's type is still what it maps to.
    const QString acledEvent = extra.value(QLatin1String("acled_event_type")).toString();
    const QString acledSubEvent = extra.value(QLatin1String("acled_sub_event_type")).toString();
    if (!acledEvent.isEmpty() && AcledImport::typeOf(acledEvent, acledSubEvent) == type) {
        values.insert(QStringLiteral("event_type"), acledEvent);
        values.insert(QStringLiteral("sub_event_type"), acledSubEvent);
    } else if (const auto found = acledTypes().constFind(type); found != acledTypes().cend()) {
        values.insert(QStringLiteral("event_type"), QLatin1String(found->event));
        values.insert(QStringLiteral("sub_event_type"), QLatin1String(found->subEvent));
    } else {
        values.insert(QStringLiteral("event_type"), QString());
        values.insert(QStringLiteral("sub_event_type"), QString());
    }
    QStringList actors;
    for (const IncidentRow::ActorRow &actor : row.actors)
        actors << QString::fromStdString(actor.name);
    // An ACLED event's own actor columns while its actors are still those.
    const char *const actorColumns[] = {"actor1", "assoc_actor_1", "actor2", "assoc_actor_2"};
    QStringList fromColumns;
    for (const char *column : actorColumns)
        for (const QString &name : extra.value(QLatin1String(column)).toString().split(QLatin1Char(';')))
            if (!name.trimmed().isEmpty() && !fromColumns.contains(name.trimmed()))
                fromColumns << name.trimmed();
    if (fromColumns != actors)
        insertActors(values, row.actors);
    values.insert(QStringLiteral("latitude"), QString::number(row.lat, 'f', 4));
    values.insert(QStringLiteral("longitude"), QString::number(row.lon, 'f', 4));
    const QString where = text(row.precision);
    values.insert(QStringLiteral("geo_precision"),
        where == QLatin1String("exact")      ? QStringLiteral("1")
            : where == QLatin1String("near") ? QStringLiteral("2")
                                             : QStringLiteral("3"));
    QStringList sources;
    for (const IncidentRow::ClaimRow &claim : row.claims)
        if (!sources.contains(QString::fromStdString(claim.title)))
            sources << QString::fromStdString(claim.title);
    values.insert(QStringLiteral("source"), sources.join(QStringLiteral("; ")));
    values.insert(QStringLiteral("notes"), text(row.description));
    values.insert(QStringLiteral("fatalities"), row.fatalities ? QString::number(*row.fatalities) : QString());
    const QDateTime updated = QDateTime::fromString(text(row.updated), Qt::ISODate);
    values.insert(QStringLiteral("timestamp"), updated.isValid() ? QString::number(updated.toSecsSinceEpoch()) : QString());
    QByteArrayList fields;
    for (const QString &column : AcledExport::columns())
        fields << csvField(defused(column, values.value(column)));
    return fields.join(',') + "\r\n";
}
} // namespace

const QStringList &AcledExport::columns()
{
    static const QStringList all{QStringLiteral("event_id_cnty"), QStringLiteral("event_date"), QStringLiteral("year"),
        QStringLiteral("time_precision"), QStringLiteral("disorder_type"), QStringLiteral("event_type"),
        QStringLiteral("sub_event_type"), QStringLiteral("actor1"), QStringLiteral("assoc_actor_1"), QStringLiteral("inter1"),
        QStringLiteral("actor2"), QStringLiteral("assoc_actor_2"), QStringLiteral("inter2"), QStringLiteral("interaction"),
        QStringLiteral("civilian_targeting"), QStringLiteral("iso"), QStringLiteral("region"), QStringLiteral("country"),
        QStringLiteral("admin1"), QStringLiteral("admin2"), QStringLiteral("admin3"), QStringLiteral("location"),
        QStringLiteral("latitude"), QStringLiteral("longitude"), QStringLiteral("geo_precision"), QStringLiteral("source"),
        QStringLiteral("source_scale"), QStringLiteral("notes"), QStringLiteral("fatalities"), QStringLiteral("tags"),
        QStringLiteral("timestamp")};
    return all;
}

Result<qint64> AcledExport::toDevice(const IncidentStore &store, const IncidentFilter &filter, QIODevice &device)
{
    using R = Result<qint64>;
    if (device.write(columns().join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
        return R::failure(device.errorString());
    bool written = true;
    qint64 records = 0;
    auto scanned = store.scan(filter, [&](const IncidentRow &row) {
        written = device.write(recordOf(row)) >= 0;
        records += written ? 1 : 0;
        return written;
    });
    if (!scanned)
        return R::failure(scanned.problem());
    if (!written)
        return R::failure(device.errorString());
    return records;
}

Result<qint64> AcledExport::toFile(const IncidentStore &store, const IncidentFilter &filter, const QString &path)
{
    return WholeFile::write<qint64>(path, [&](QIODevice &file) { return toDevice(store, filter, file); });
}

} // namespace conflictmap
