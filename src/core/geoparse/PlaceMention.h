// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gazetteer/GazetteerEntry.h"

#include <QString>

#include <vector>

namespace conflictmap {

// A place named in a text: where (UTF-16 offsets into the text, the name
// with its case ending but without the Arabic clitics before it), which
// places it may be, best first, and how sure the finder is.
struct PlaceMention {
    // How the words matched the place's name.
    enum class Match {
        Exact, // one of its names, as a key (any script, case, diacritics)
        Inflected, // a name with a case ending (Սիսիանի, Шушой, Bakıdan)
        Phonetic, // a spelling the gazetteer lacks, alike in sound (فاياتس جور)
    };
    struct Candidate {
        const GazetteerEntry *entry = nullptr; // owned by the PlaceFinder
        double score = 0;
    };

    int offset = 0;
    int length = 0;
    QString text;
    Match match = Match::Exact;
    // Best first; several when the name is ambiguous or nested (Fuzuli the
    // town and the district).
    std::vector<Candidate> candidates;
    // 0 to 1: how likely the text means the first candidate.
    double confidence = 0;
    // Two or more places far apart score alike and nothing in the text
    // tells them apart.
    bool ambiguous = false;
    // The sentence holding the name (UTF-16 range): a claim's quote.
    int sentenceStart = 0;
    int sentenceEnd = 0;

    const GazetteerEntry &place() const { return *candidates.front().entry; }

    // "exact", "inflected" or "phonetic", as the CLI's JSON and the app say it.
    static QString matchName(Match match)
    {
        switch (match) {
        case Match::Exact:
            return QStringLiteral("exact");
        case Match::Inflected:
            return QStringLiteral("inflected");
        case Match::Phonetic:
            return QStringLiteral("phonetic");
        }
        return {};
    }
};

} // namespace conflictmap
