// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geoparse/WordForms.h"

#include "gazetteer/NameKey.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>

namespace conflictmap {

namespace {
constexpr std::size_t kShortestStem = 3;

bool isConjunction(QChar c)
{
    return c == QChar(0x0648) || c == QChar(0x0641); // و ف
}
bool isPreposition(QChar c)
{
    return c == QChar(0x0628) || c == QChar(0x0644) || c == QChar(0x0643); // ب ل ك
}
constexpr QChar kAlef(0x0627);
constexpr QChar kLam(0x0644);

bool startsWithArticle(QStringView word, int at)
{
    return at + 1 < word.size() && word[at] == kAlef && word[at + 1] == kLam;
}

// Case endings as they look in a key (romanised and unified by NameKey:
// Russian "ой" is "oy", Armenian "ում" "um", Georgian "ში" "si"), longest
// first, and the nominative endings a case may have replaced.
struct Declension {
    std::initializer_list<const char *> endings;
    std::initializer_list<const char *> nominatives;
};

const Declension *declensionOf(QChar::Script script, bool turkic)
{
    static const Declension russian{
        {"skomu", "skaya", "skogo", "skuyu", "skimi", "skikh", "skoy", "skom", "skiy", "skie", "skim", "yami", "ami", "akh",
            "yakh", "iey", "iyu", "om", "oy", "ey", "em", "ov", "ev", "am", "yam", "ya", "yu", "a", "u", "e", "i", "y"},
        {"a", "ya", "iya", "i", "o"}};
    static const Declension armenian{{"its", "um", "ov", "in", "i", "e", "n", "u"}, {}};
    // The nominative -ი is an ending too: the finder keys Georgian names
    // without it.
    static const Declension georgian{{"istvis", "idan", "dan", "tan", "si", "is", "ze", "it", "ad", "s", "i"}, {"i", "a"}};
    // Azerbaijani and Turkish: case endings after a vowel-harmony and
    // buffer letter (Bakıya, Şuşada, Ermənistanın, Gəncədən).
    static const Declension latin{{"ndan", "nden", "daki", "dan", "den", "tan", "ten", "nin", "nun", "nda", "nde", "da", "de",
                                      "ta", "te", "ya", "in", "un", "ni", "nu", "na", "a", "e", "i", "u"},
        {}};
    switch (script) {
    case QChar::Script_Cyrillic:
        return &russian;
    case QChar::Script_Armenian:
        return &armenian;
    case QChar::Script_Georgian:
        return &georgian;
    case QChar::Script_Latin:
        return turkic ? &latin : nullptr;
    default:
        return nullptr;
    }
}

bool endsWith(const std::string &key, std::string_view ending)
{
    return key.size() >= ending.size() && std::string_view(key).substr(key.size() - ending.size()) == ending;
}

char classOf(char c)
{
    switch (c) {
    case 'b':
    case 'p':
        return 'B';
    case 'f':
    case 'v':
    case 'w':
        return 'F';
    case 'g':
    case 'k':
    case 'q':
    case 'x':
        return 'K';
    case 'j':
        return 'J';
    case 's':
    case 'z':
    case 'c':
        return 'S';
    case 't':
    case 'd':
        return 'T';
    case 'l':
        return 'L';
    case 'r':
        return 'R';
    case 'm':
        return 'M';
    case 'n':
        return 'N';
    default:
        return 0; // vowels and y; h
    }
}

} // namespace

std::vector<WordForms::Leading> WordForms::leading(QStringView word, QChar::Script script)
{
    std::vector<Leading> forms;
    auto add = [&](int skipped) {
        if (word.size() - skipped >= 2)
            forms.push_back({NameKey::of(word.mid(skipped)), skipped});
    };
    forms.push_back({NameKey::of(word), 0});
    if (script != QChar::Script_Arabic)
        return forms;
    int at = 0;
    if (at < word.size() && isConjunction(word[at])) {
        ++at;
        add(at);
    }
    if (startsWithArticle(word, at))
        add(at + 2);
    if (at < word.size() && isPreposition(word[at])) {
        if (word[at] == kLam && at + 1 < word.size() && word[at + 1] == kLam)
            add(at + 2); // لل: ل and the article without its alef
        ++at;
        add(at);
        if (startsWithArticle(word, at))
            add(at + 2);
    }
    return forms;
}

std::vector<WordForms::Stem> WordForms::endings(const std::string &key, QChar::Script script, bool turkic)
{
    std::vector<Stem> stems{{key, false, false}};
    const Declension *declension = declensionOf(script, turkic);
    if (!declension)
        return stems;
    for (const char *ending : declension->endings) {
        const std::string_view e(ending);
        if (!endsWith(key, e) || key.size() - e.size() < kShortestStem)
            continue;
        const bool adjective = e.substr(0, 2) == "sk";
        const std::string stem = key.substr(0, key.size() - e.size());
        stems.push_back({stem, true, adjective});
        for (const char *nominative : declension->nominatives) {
            std::string restored = stem + nominative;
            if (restored != key)
                stems.push_back({std::move(restored), true, adjective});
        }
    }
    return stems;
}

std::string WordForms::soundPattern(std::string_view key)
{
    std::string out;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        if (static_cast<unsigned char>(c) >= 0x80 || (c >= '0' && c <= '9'))
            return {};
        const char next = i + 1 < key.size() ? key[i + 1] : 0;
        if ((c == 'd' && next == 'z') || (c == 't' && next == 's')) {
            out += c == 'd' ? 'J' : 'S';
            ++i;
            continue;
        }
        if (const char letterClass = classOf(c))
            out += letterClass;
        else if (c != 'h' && (out.empty() || out.back() != 'V'))
            out += 'V'; // h is written or not, and breaks no run of vowels
    }
    return out;
}

std::string WordForms::consonants(std::string_view pattern)
{
    std::string out;
    std::copy_if(pattern.begin(), pattern.end(), std::back_inserter(out), [](char c) { return c != 'V'; });
    return out;
}

bool WordForms::soundsLike(std::string_view word, std::string_view name, bool unwrittenVowels)
{
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < word.size() && j < name.size()) {
        if (word[i] == name[j] || (unwrittenVowels && word[i] == 'J' && name[j] == 'K')) {
            ++i;
            ++j;
        } else if (unwrittenVowels && name[j] == 'V') {
            ++j;
        } else {
            return false;
        }
    }
    while (unwrittenVowels && j < name.size() && name[j] == 'V')
        ++j;
    return i == word.size() && j == name.size();
}

} // namespace conflictmap
