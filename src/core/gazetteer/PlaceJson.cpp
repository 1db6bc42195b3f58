// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gazetteer/PlaceJson.h"

#include <QJsonArray>

namespace conflictmap {

QString PlaceJson::matchName(PlaceMatch::Quality quality)
{
    switch (quality) {
    case PlaceMatch::Quality::Exact:
        return QStringLiteral("exact");
    case PlaceMatch::Quality::Prefix:
        return QStringLiteral("prefix");
    case PlaceMatch::Quality::Typo:
        return QStringLiteral("typo");
    case PlaceMatch::Quality::TypoPrefix:
        return QStringLiteral("typo_prefix");
    }
    return {};
}

QJsonObject PlaceJson::of(const Gazetteer &gazetteer, const PlaceMatch &match, const QString &language)
{
    const GazetteerEntry &entry = *match.entry;
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonArray names;
    for (const PlaceName &name : entry.names)
        names.append(QJsonObject{{"name", name.text}, {"lang", orNull(name.language)}, {"script", name.script}});
    const GazetteerEntry *unit = gazetteer.adminUnit(entry.adminCode);
    const bool place = entry.kind == GazetteerEntry::Kind::Place;
    return {{"geonameid", place ? QJsonValue(entry.geonameid) : QJsonValue()}, {"kind", place ? "place" : "admin_unit"},
        {"name", entry.displayName(language)}, {"names", names}, {"lon", entry.lon}, {"lat", entry.lat},
        {"country", entry.country},
        {"admin_unit",
            QJsonObject{
                {"code", orNull(entry.adminCode)}, {"name", unit ? QJsonValue(unit->displayName(language)) : QJsonValue()}}},
        {"population", entry.population}, {"feature_code", entry.featureCode}, {"match", matchName(match.quality)},
        {"typos", match.typos}};
}

} // namespace conflictmap
