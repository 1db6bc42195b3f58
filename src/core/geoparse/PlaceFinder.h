// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "gazetteer/Gazetteer.h"
#include "geoparse/PlaceMention.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace conflictmap {

// Finds the places a text names (geoparsing): countries, admin units and
// the gazetteer's places, in any script of the region and with the
// clitics and case endings of its languages (WordForms), in spellings the
// gazetteer lacks through a phonetic key, each resolved among the places of
// that name by what else the text names.
//
// How a name is found: at each word, the longest run of words (up to the
// longest name's) whose key, with the first word's Arabic clitics taken
// off and the last word's case ending, is a name's key; failing that, whose
// phonetic key is the phonetic key of a country, an admin unit or a place
// of 5,000 people or more. Words of a cased script beginning in lowercase
// start no name.
//
// How it is scored (0 to 1): a country 0.9, an admin unit 0.8, a place by
// its population (0.35 + 0.08 per power of ten; a seat +0.05); a case
// ending × 0.95, a phonetic match × 0.7; −0.1 when the name is only an
// exonym from outside the region (the Lithuanian Goris of Gori); a generic
// word next to it
// (province, область, منطقة…, or in a list after one) +0.15 for a unit and
// −0.1 for a place; then the context: +0.1 when another name of the text
// lies in the same country, +0.05 more when that country is named in the
// same sentence, +0.1 when it lies in a unit the text names (or is that
// unit of a place named), +0.1 within 50 km of another place named, −0.25
// when 1,500 km from every one of two or more places and units named. The
// candidates of a name that are nested or within 30 km of the best are one
// place at two scales; others that score within 0.1 of the best make the
// name ambiguous, and its confidence is taken down by a quarter.
//
// Immutable once made: one finder serves any number of threads.
class PlaceFinder {
public:
    static constexpr double kDefaultMinConfidence = 0.4;

    // The bundled gazetteer and country names unless paths are given.
    static Result<std::shared_ptr<const PlaceFinder>> open(
        const QString &gazetteerPath = {}, const QString &countryNamesPath = {});
    PlaceFinder(std::shared_ptr<const Gazetteer> gazetteer, std::vector<GazetteerEntry> countries);

    // The places 'text' names, in the order of the text, those found with
    // at least 'minConfidence'.
    std::vector<PlaceMention> find(const QString &text, double minConfidence = kDefaultMinConfidence) const;

    const Gazetteer &gazetteer() const { return *m_gazetteer; }

private:
    // Entries as refs: index into m_entries << 2, with flags for an own
    // name and a name in Arabic script.
    using EntryIds = std::vector<std::uint32_t>;
    struct Span;
    // A name's sound pattern (WordForms::soundPattern) and whose it is.
    struct Sound {
        std::uint32_t entry;
        std::string pattern;
    };

    void index(std::uint32_t id, const GazetteerEntry &entry);
    const EntryIds *byKey(const std::string &key) const;
    // The entries with a name that the key's sound is like.
    EntryIds bySound(const std::string &key, bool unwrittenVowels) const;

    std::shared_ptr<const Gazetteer> m_gazetteer;
    std::vector<GazetteerEntry> m_countries;
    std::vector<const GazetteerEntry *> m_entries;
    std::unordered_map<std::string, EntryIds> m_byKey;
    // By the consonants of their sound patterns.
    std::unordered_map<std::string, std::vector<Sound>> m_bySound;
    int m_longestName = 1; // in words
};

} // namespace conflictmap
