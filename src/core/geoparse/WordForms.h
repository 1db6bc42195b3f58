// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QChar>
#include <QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace conflictmap {

// The forms under which a word of a text may be a place's name, as name
// keys (NameKey): texts write names with the clitics and case endings of
// their language (والحدود، بباكو; под Шушой; Սիսիանի; Bakıdan; თბილისში),
// and in spellings no gazetteer holds, which a coarser phonetic key brings
// together.
namespace WordForms {
// A word as the first word of a name: its key, and how many UTF-16 units
// of the word precede the name.
struct Leading {
    std::string key;
    int skipped = 0;
};
// The word itself (always first), then, in Arabic script, without the conjunctions و ف,
// the prepositions ب ل ك and the article ال joined to it (لل for ل + ال).
std::vector<Leading> leading(QStringView word, QChar::Script script);

// A stem a key may be a name's as the last word of it.
struct Stem {
    std::string key;
    bool inflected = false; // a case ending was taken off
    // An adjective's ending (Сюникская, Вайоцдзорской): a name only next to
    // a generic word (область), not a demonym (азербайджанские войска).
    bool adjective = false;
};
// The key itself, then the key without each case ending of the word's
// language (Russian, Armenian, Georgian; Azerbaijani and Turkish when
// 'turkic': a Latin text in English has none), with the ending of the
// nominative put back where the case replaces it (Шушой → Шуш(а), Грузии
// → Груз(ия), სომხეთში → სომხეთ(ი)). Endings are stripped only from
// stems of three letters or more.
std::vector<Stem> endings(const std::string &key, QChar::Script script, bool turkic);

// How a name sounds, coarsely: its consonants in classes of letters that
// the region's scripts and transliterations exchange (b p; f v w; g k q kh;
// j zh dz; s z ts ch; t d; l; r; m; n), with 'V' for each run of vowels
// (a e i o u y). Vayots Dzor and فاياتس جور are both "FVSJVR". Empty
// for a key with letters outside Latin (scripts NameKey does not
// romanise).
std::string soundPattern(std::string_view key);
// The pattern without its vowels: what a sound index is keyed by.
std::string consonants(std::string_view pattern);
// Whether a word's sound pattern may be a name's: the same consonants in
// the same order, vowels where the name has them, except that Arabic script
// (when 'unwrittenVowels') leaves a name's short vowels out and writes g
// with ج as Egyptian usage does (جغاركونيك, Gegharkunik).
bool soundsLike(std::string_view word, std::string_view name, bool unwrittenVowels);
} // namespace WordForms

} // namespace conflictmap
