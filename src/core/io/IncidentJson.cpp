// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/IncidentJson.h"

#include "geo/BoundaryLayer.h"

#include <QJsonArray>
#include <QJsonDocument>

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
        {"region_name", orNull(regionName)}, {"actors", QJsonArray::fromStringList(incident.actors)},
        {"fatalities", orNull(incident.fatalities)}, {"equipment", orNull(incident.equipment)},
        {"quantity", orNull(incident.quantity)}, {"created", orNull(incident.created)}, {"updated", orNull(incident.updated)},
        {"created_by", orNull(incident.createdBy)}, {"updated_by", orNull(incident.updatedBy)}, {"sources", sources}};
}

} // namespace conflictmap
