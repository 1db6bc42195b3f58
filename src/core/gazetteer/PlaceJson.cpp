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

QString PlaceJson::kindName(GazetteerEntry::Kind kind)
{
    switch (kind) {
    case GazetteerEntry::Kind::Place:
        return QStringLiteral("place");
    case GazetteerEntry::Kind::AdminUnit:
        return QStringLiteral("admin_unit");
    case GazetteerEntry::Kind::Country:
        return QStringLiteral("country");
    }
    return {};
}

QJsonObject PlaceJson::entry(const Gazetteer &gazetteer, const GazetteerEntry &entry, const QString &language)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonArray names;
    for (const PlaceName &name : entry.names)
        names.append(QJsonObject{{"name", name.text}, {"lang", orNull(name.language)}, {"script", name.script}});
    const GazetteerEntry *unit = gazetteer.adminUnit(entry.adminCode);
    const bool place = entry.kind == GazetteerEntry::Kind::Place;
    const bool country = entry.kind == GazetteerEntry::Kind::Country;
    return {{"geonameid", place ? QJsonValue(entry.geonameid) : QJsonValue()}, {"kind", kindName(entry.kind)},
        {"code", place ? QJsonValue() : QJsonValue(country ? entry.country : entry.adminCode)},
        {"name", entry.displayName(language)}, {"names", names}, {"lon", entry.lon}, {"lat", entry.lat},
        {"country", entry.country},
        {"admin_unit",
            QJsonObject{
                {"code", orNull(entry.adminCode)}, {"name", unit ? QJsonValue(unit->displayName(language)) : QJsonValue()}}},
        {"population", country ? QJsonValue() : QJsonValue(entry.population)}, {"feature_code", entry.featureCode}};
}

QJsonObject PlaceJson::of(const Gazetteer &gazetteer, const PlaceMatch &match, const QString &language)
{
    QJsonObject o = entry(gazetteer, *match.entry, language);
    o.insert("match", matchName(match.quality));
    o.insert("typos", match.typos);
    return o;
}

} // namespace conflictmap
