// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/IncidentJson.h"

#include "geo/BoundaryLayer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace conflictmap {

namespace {
QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonValue orNull(const std::optional<PartialDate> &date)
{
    return date ? QJsonValue(date->toString()) : QJsonValue();
}

} // namespace

QJsonObject IncidentJson::sourceObject(const Source &source)
{
    QJsonObject o{{"title", source.title}, {"url", orNull(source.url)}, {"publisher", orNull(source.publisher)},
        {"language", orNull(source.language)}, {"published", orNull(source.published)}};
    if (!source.reliability.isEmpty())
        o.insert("reliability", source.reliability);
    if (!source.document.isEmpty()) // as the GeoJSON export writes it
        o.insert("document", source.document);
    return o;
}

QJsonObject IncidentJson::claimObject(const Claim &claim)
{
    QJsonObject o = sourceObject(claim.source);
    o.insert("claimant", orNull(claim.claimant));
    o.insert("stance", toString(claim.stance));
    o.insert("quote", orNull(claim.quote));
    o.insert("translation", orNull(claim.translation));
    if (claim.credibility)
        o.insert("credibility", *claim.credibility);
    return o;
}

namespace {
// Names while no actor has a side or type (as before they existed), else
// an object each: {"name", "side", "type"}, null where not known.
QJsonArray actorArray(const std::vector<Actor> &actors)
{
    const bool described
        = std::any_of(actors.begin(), actors.end(), [](const Actor &a) { return !a.side.isEmpty() || !a.type.isEmpty(); });
    if (!described)
        return QJsonArray::fromStringList(actorNames(actors));
    QJsonArray array;
    for (const Actor &actor : actors)
        array.append(QJsonObject{{"name", actor.name}, {"side", orNull(actor.side)}, {"type", orNull(actor.type)}});
    return array;
}
} // namespace

QJsonObject IncidentJson::properties(const Incident &incident, const BoundaryLayer *layer)
{
    QString regionName;
    if (layer && !incident.region.isEmpty()) {
        if (const Region *region = layer->regionByCode(incident.region))
            regionName = region->nameEn;
    }
    QJsonArray sources;
    for (const Claim &claim : incident.claims)
        sources.append(claimObject(claim));
    return {{"type", incident.type}, {"title", incident.title}, {"description", orNull(incident.description)},
        {"date", orNull(incident.date)},
        {"date_precision", incident.date ? QJsonValue(incident.date->precisionName()) : QJsonValue()},
        {"status", toString(incident.status)}, {"precision", toString(incident.precision)}, {"region", orNull(incident.region)},
        {"region_name", orNull(regionName)}, {"actors", actorArray(incident.actors)}, {"date_until", orNull(incident.dateUntil)},
        {"fatalities", orNull(incident.fatalities)}, {"fatalities_low", orNull(incident.fatalitiesLow)},
        {"fatalities_high", orNull(incident.fatalitiesHigh)}, {"equipment", orNull(incident.equipment)},
        {"quantity", orNull(incident.quantity)}, {"created", orNull(incident.created)}, {"updated", orNull(incident.updated)},
        {"created_by", orNull(incident.createdBy)}, {"updated_by", orNull(incident.updatedBy)}, {"sources", sources}};
}

} // namespace conflictmap
