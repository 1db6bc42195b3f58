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
QJsonObject of(const Gazetteer &gazetteer, const PlaceMatch &match, const QString &language);
// The match quality as the JSON names it.
QString matchName(PlaceMatch::Quality quality);
} // namespace PlaceJson

} // namespace conflictmap
