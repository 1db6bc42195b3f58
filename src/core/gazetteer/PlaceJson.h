// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gazetteer/Gazetteer.h"

#include <QJsonObject>

namespace conflictmap {

// A place search result as JSON, one shape for the CLI's output and the
// app's models: {"geonameid" (null for an admin unit), "kind" ("place" or
// "admin_unit"), "name" (in 'language', see GazetteerEntry::displayName),
// "names": [{"name", "lang" (null when unknown), "script"}], "lon", "lat",
// "country", "admin_unit": {"code", "name"}, "population", "feature_code",
// "match" ("exact", "prefix", "typo", "typo_prefix"), "typos"}.
namespace PlaceJson {
// The entry alone (no "match", "typos"), with "code": an admin unit's ISO
// 3166-2 code, a country's ISO 3166-1 code, null for a place; a country's
// population is null.
QJsonObject entry(const Gazetteer &gazetteer, const GazetteerEntry &entry, const QString &language);
// "place", "admin_unit" or "country".
QString kindName(GazetteerEntry::Kind kind);
QJsonObject of(const Gazetteer &gazetteer, const PlaceMatch &match, const QString &language);
// The match quality as the JSON names it.
QString matchName(PlaceMatch::Quality quality);
} // namespace PlaceJson

} // namespace conflictmap
