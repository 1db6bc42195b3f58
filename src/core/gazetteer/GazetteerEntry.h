// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <vector>

namespace conflictmap {

// One name of a place as the gazetteer holds it: the text as written, its
// language where a source gives one (BCP 47: "hy", "az", "pt-BR"; empty
// when none does) and the script its letters are in (ISO 15924: "Armn",
// "Cyrl", "Latn"…, a fact about the characters, not a guessed language).
struct PlaceName {
    QString text;
    QString language;
    QString script;
};

// A populated place of GeoNames, or an admin-1 unit, as an entry of a
// gazetteer: what place search returns and what a places layer draws. A
// country (CountryNames) is an entry of the same shape for what finds
// places in a text, never in a gazetteer.
struct GazetteerEntry {
    enum class Kind { Place, AdminUnit, Country };

    Kind kind = Kind::Place;
    qint64 geonameid = 0; // 0 for admin units, which have none in the data
    QString name; // GeoNames' main name; a unit's English name
    QString localName; // in the country's own language where known, else name
    double lon = 0;
    double lat = 0;
    QString country; // ISO 3166-1 alpha-2
    QString featureCode; // GeoNames: PPL, PPLA, PPLC…; ADM1 for units, PCLI for countries
    qint64 population = 0; // a unit's: the sum of its places'
    QString adminCode; // ISO 3166-2 of the unit holding the place; a unit's own
    std::vector<PlaceName> names;

    // The name to show to a reader of 'language' (BCP 47; "hy-AM" falls
    // back to "hy"): the one tagged so; for Armenian and Georgian, whose
    // scripts belong to one language here, the one tagged so in that script,
    // else any name in that script; else the local name; else the English
    // one; else the main name.
    QString displayName(const QString &language) const;
    // What identifies it: a place's geonameid, a unit's ISO 3166-2 code, a
    // country's ISO 3166-1 code.
    QString identifier() const;
};

} // namespace conflictmap
