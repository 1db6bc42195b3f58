// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/HistoryRecord.h"

#include "geo/Wkb.h"
#include "model/PartialDate.h"
#include "model/Vocabulary.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace conflictmap::HistoryRecord {

namespace {
Result<QJsonObject> objectOf(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!document.isObject())
        return Result<QJsonObject>::failure(
            QStringLiteral("the history's record is not a JSON object: %1").arg(error.errorString()));
    return document.object();
}

std::optional<qint64> optionalInteger(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}
} // namespace

Result<Incident> incident(const QString &json)
{
    using R = Result<Incident>;
    const Result<QJsonObject> read = objectOf(json);
    if (!read)
        return R::failure(read.problem());
    const QJsonObject &o = read.value();
    Incident incident;
    incident.id = o.value(QLatin1String("id")).toInteger();
    incident.type = text(o, "type");
    incident.title = text(o, "title");
    incident.description = text(o, "description");
    QString error;
    incident.date = PartialDate::parse(text(o, "date"), &error);
    if (!incident.date)
        return R::failure(QStringLiteral("date: %1").arg(error));
    incident.lon = o.value(QLatin1String("lon")).toDouble();
    incident.lat = o.value(QLatin1String("lat")).toDouble();
    const auto precision = parseVocabulary<LocationPrecision>(text(o, "precision"));
    const auto status = parseVocabulary<IncidentStatus>(text(o, "status"));
    if (!precision || !status)
        return R::failure(QStringLiteral("the history's record has no precision or status"));
    incident.precision = *precision;
    incident.status = *status;
    incident.region = text(o, "region");
    incident.fatalities = optionalInteger(o, "fatalities");
    incident.fatalitiesLow = optionalInteger(o, "fatalities_low");
    incident.fatalitiesHigh = optionalInteger(o, "fatalities_high");
    if (const QString until = text(o, "date_until"); !until.isEmpty())
        incident.dateUntil = PartialDate::parse(until, &error);
    incident.equipment = text(o, "equipment");
    incident.quantity = optionalInteger(o, "quantity");
    incident.extra = text(o, "extra");
    incident.importDataset = text(o, "import_dataset");
    incident.importId = text(o, "import_id");
    incident.created = text(o, "created");
    if (const QString geometry = text(o, "geometry"); !geometry.isEmpty()) {
        Result<Geometry> shape = Wkb::read(QByteArray::fromHex(geometry.toLatin1()));
        if (!shape)
            return R::failure(QStringLiteral("geometry: %1").arg(shape.error()));
        incident.shape = std::move(shape.value());
    }
    return incident;
}

Result<Claim> claim(const QString &json, qint64 *incidentId)
{
    using R = Result<Claim>;
    const Result<QJsonObject> read = objectOf(json);
    if (!read)
        return R::failure(read.problem());
    const QJsonObject &o = read.value();
    Claim claim;
    claim.sourceId = o.value(QLatin1String("source_id")).toInteger();
    claim.claimant = text(o, "claimant");
    const auto stance = parseVocabulary<Stance>(text(o, "stance"));
    if (!stance)
        return R::failure(QStringLiteral("the history's claim has no stance"));
    claim.stance = *stance;
    claim.quote = text(o, "quote");
    claim.translation = text(o, "translation");
    if (incidentId)
        *incidentId = o.value(QLatin1String("incident_id")).toInteger();
    return claim;
}

std::vector<Actor> actorsAt(const std::vector<HistoryEntry> &entries, qint64 cutoff, const std::vector<Actor> &current)
{
    std::vector<const HistoryEntry *> changes;
    for (const HistoryEntry &entry : entries)
        if (entry.kind == QLatin1String("incident_actors"))
            changes.push_back(&entry);
    std::sort(changes.begin(), changes.end(), [](const HistoryEntry *a, const HistoryEntry *b) { return a->id < b->id; });
    const auto position = [](const QJsonObject &actor) { return actor.value(QLatin1String("position")).toInteger(); };
    // Recorded before SQLite 16 / PostgreSQL 10: no side or type.
    const auto actorOf = [](const QJsonObject &actor) {
        return Actor{actor.value(QLatin1String("actor")).toString(), actor.value(QLatin1String("side")).toString(),
            actor.value(QLatin1String("actor_type")).toString()};
    };
    std::map<qint64, Actor> actors;
    const auto firstLater
        = std::find_if(changes.begin(), changes.end(), [&](const HistoryEntry *change) { return change->id > cutoff; });
    if (firstLater == changes.begin()) {
        if (firstLater == changes.end())
            return current;
        for (auto it = firstLater; it != changes.end() && (*it)->transaction == (*firstLater)->transaction; ++it)
            if (const auto before = objectOf((*it)->before))
                actors[position(*before)] = actorOf(*before);
    }
    for (auto it = changes.begin(); it != firstLater; ++it) {
        if (const auto before = objectOf((*it)->before))
            actors.erase(position(*before));
        if (const auto after = objectOf((*it)->after))
            actors[position(*after)] = actorOf(*after);
    }
    std::vector<Actor> list;
    for (const auto &[at, actor] : actors)
        list.push_back(actor);
    return list;
}

QString summary(const HistoryEntry &entry)
{
    if (entry.kind == QLatin1String("incident_actors")) {
        const auto actor = objectOf(entry.operation == QLatin1String("delete") ? entry.before : entry.after);
        const QString name = actor ? actor->value(QLatin1String("actor")).toString() : QString();
        return entry.operation == QLatin1String("delete") ? QStringLiteral("actor removed: %1").arg(name)
                                                          : QStringLiteral("actor added: %1").arg(name);
    }
    if (entry.operation != QLatin1String("update"))
        return entry.operation == QLatin1String("insert") ? QStringLiteral("added") : QStringLiteral("deleted");
    const QJsonObject before = QJsonDocument::fromJson(entry.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(entry.after.toUtf8()).object();
    QStringList changed;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (it.key() != QLatin1String("updated") && it.key() != QLatin1String("updated_by")
            && before.value(it.key()) != it.value())
            changed << it.key();
    return changed.isEmpty() ? QStringLiteral("(no field)") : changed.join(QStringLiteral(", "));
}

} // namespace conflictmap::HistoryRecord
