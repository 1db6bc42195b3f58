// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gazetteer/NameKey.h"

#include "store/SearchText.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <initializer_list>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace conflictmap {

namespace {
struct Romanisation {
    char32_t letter; // lowercase
    const char *latin;
};

// Letters whose romanisation is not what stripping diacritics gives. The
// Latin spellings are those of English-language maps of the region (BGN/
// PCGN-like); sounds spelled several ways are unified afterwards
// (unifySounds), so "kh" here and "x" in Azerbaijani end up alike.
constexpr Romanisation kLetters[] = {
    // Latin letters that are not a base letter plus a mark.
    {U'ç', "ch"}, {U'ş', "sh"}, {U'ș', "sh"}, {U'ğ', "gh"}, {U'ə', "a"}, {U'ǝ', "a"}, {U'ı', "i"}, {U'ß', "ss"}, {U'æ', "ae"},
    {U'œ', "oe"}, {U'ø', "o"}, {U'đ', "d"}, {U'ł', "l"}, {U'þ', "th"}, {U'ŋ', "n"}, {U'ʼ', ""}, {U'ʻ', ""}, {U'ʹ', ""},
    // Cyrillic: Russian, then Azerbaijani, Ukrainian and others.
    {U'а', "a"}, {U'б', "b"}, {U'в', "v"}, {U'г', "g"}, {U'д', "d"}, {U'е', "e"}, {U'ё', "e"}, {U'ж', "zh"}, {U'з', "z"},
    {U'и', "i"}, {U'й', "y"}, {U'к', "k"}, {U'л', "l"}, {U'м', "m"}, {U'н', "n"}, {U'о', "o"}, {U'п', "p"}, {U'р', "r"},
    {U'с', "s"}, {U'т', "t"}, {U'у', "u"}, {U'ф', "f"}, {U'х', "kh"}, {U'ц', "ts"}, {U'ч', "ch"}, {U'ш', "sh"}, {U'щ', "shch"},
    {U'ъ', ""}, {U'ы', "y"}, {U'ь', ""}, {U'э', "e"}, {U'ю', "yu"}, {U'я', "ya"}, {U'ә', "a"}, {U'ғ', "gh"}, {U'һ', "h"},
    {U'ҹ', "j"}, {U'ҝ', "g"}, {U'ө', "o"}, {U'ү', "u"}, {U'ј', "y"}, {U'ҳ', "h"}, {U'і', "i"}, {U'ї', "yi"}, {U'є', "ye"},
    {U'ґ', "g"}, {U'ў', "u"}, {U'қ', "k"}, {U'ң', "n"}, {U'ұ', "u"},
    // Armenian (Eastern); ո and ւ depend on their neighbours (romanise()).
    {U'ա', "a"}, {U'բ', "b"}, {U'գ', "g"}, {U'դ', "d"}, {U'ե', "e"}, {U'զ', "z"}, {U'է', "e"}, {U'ը', "e"}, {U'թ', "t"},
    {U'ժ', "zh"}, {U'ի', "i"}, {U'լ', "l"}, {U'խ', "kh"}, {U'ծ', "ts"}, {U'կ', "k"}, {U'հ', "h"}, {U'ձ', "dz"}, {U'ղ', "gh"},
    {U'ճ', "ch"}, {U'մ', "m"}, {U'յ', "y"}, {U'ն', "n"}, {U'շ', "sh"}, {U'ո', "o"}, {U'չ', "ch"}, {U'պ', "p"}, {U'ջ', "j"},
    {U'ռ', "r"}, {U'ս', "s"}, {U'վ', "v"}, {U'տ', "t"}, {U'ր', "r"}, {U'ց', "ts"}, {U'ւ', "v"}, {U'փ', "p"}, {U'ք', "k"},
    {U'օ', "o"}, {U'ֆ', "f"}, {U'և', "ev"},
    // Georgian (national romanisation).
    {U'ა', "a"}, {U'ბ', "b"}, {U'გ', "g"}, {U'დ', "d"}, {U'ე', "e"}, {U'ვ', "v"}, {U'ზ', "z"}, {U'თ', "t"}, {U'ი', "i"},
    {U'კ', "k"}, {U'ლ', "l"}, {U'მ', "m"}, {U'ნ', "n"}, {U'ო', "o"}, {U'პ', "p"}, {U'ჟ', "zh"}, {U'რ', "r"}, {U'ს', "s"},
    {U'ტ', "t"}, {U'უ', "u"}, {U'ფ', "p"}, {U'ქ', "k"}, {U'ღ', "gh"}, {U'ყ', "q"}, {U'შ', "sh"}, {U'ჩ', "ch"}, {U'ც', "ts"},
    {U'ძ', "dz"}, {U'წ', "ts"}, {U'ჭ', "ch"}, {U'ხ', "kh"}, {U'ჯ', "j"}, {U'ჰ', "h"},
    // Arabic script, after SearchText's fold (hamza forms and ta marbuta
    // are gone by then); و and ي/ی depend on their place (romanise()).
    // Short vowels are not written, so an Arabic-script key lacks them:
    // typo tolerance bridges the gap to a Latin spelling.
    {U'ا', "a"}, {U'ب', "b"}, {U'پ', "p"}, {U'ت', "t"}, {U'ث', "s"}, {U'ج', "j"}, {U'چ', "ch"}, {U'ح', "h"}, {U'خ', "kh"},
    {U'د', "d"}, {U'ذ', "z"}, {U'ر', "r"}, {U'ز', "z"}, {U'ژ', "zh"}, {U'س', "s"}, {U'ش', "sh"}, {U'ص', "s"}, {U'ض', "z"},
    {U'ط', "t"}, {U'ظ', "z"}, {U'ع', ""}, {U'غ', "gh"}, {U'ف', "f"}, {U'ق', "q"}, {U'ك', "k"}, {U'ک', "k"}, {U'گ', "g"},
    {U'ل', "l"}, {U'م', "m"}, {U'ن', "n"}, {U'ه', "h"}, {U'ۀ', "h"}, {U'ء', ""}};

const std::unordered_map<char32_t, const char *> &letters()
{
    static const std::unordered_map<char32_t, const char *> table = [] {
        std::unordered_map<char32_t, const char *> t;
        for (const Romanisation &r : kLetters)
            t.emplace(r.letter, r.latin);
        return t;
    }();
    return table;
}

bool isArmenianO(char32_t c)
{
    return c == U'ո';
}
bool isArmenianYiwn(char32_t c)
{
    return c == U'ւ';
}
bool isArabicVowelLetter(char32_t c)
{
    return c == U'و' || c == U'ي' || c == U'ی' || c == U'ى';
}

bool isMark(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining || category == QChar::Mark_Enclosing;
}

bool isHangulSyllable(char32_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

void appendUtf8(std::string &out, char32_t c)
{
    const QString s = QString::fromUcs4(&c, 1);
    out += s.toUtf8().toStdString();
}

// The letters of one word (no separators inside) in Latin where known.
std::string romanise(const std::vector<char32_t> &word)
{
    std::string out;
    for (size_t i = 0; i < word.size(); ++i) {
        const char32_t c = word[i];
        const bool first = i == 0;
        if (isArmenianO(c)) {
            if (i + 1 < word.size() && isArmenianYiwn(word[i + 1])) {
                out += 'u';
                ++i;
            } else {
                out += first ? "vo" : "o"; // Ոսկեպար is Voskepar
            }
            continue;
        }
        if (isArabicVowelLetter(c)) {
            // A consonant at the start of a word, a long vowel inside it.
            if (c == U'و')
                out += first ? 'v' : 'u';
            else
                out += first ? 'y' : 'i';
            continue;
        }
        if (c < 0x80) {
            out += char(c);
            continue;
        }
        const auto found = letters().find(c);
        if (found != letters().end()) {
            out += found->second;
            continue;
        }
        const int digit = QChar::digitValue(c);
        if (digit >= 0) {
            out += char('0' + digit);
            continue;
        }
        // A letter with marks becomes its base letter (ü → u, ύ → υ), a
        // ligature or a full-width letter its plain letters (ﬁ → fi); a
        // Hangul syllable stays whole (its decomposition is into sounds).
        const QString decomposed = QChar::decomposition(c);
        if (decomposed.isEmpty() || isHangulSyllable(c)) {
            appendUtf8(out, c);
            continue;
        }
        for (char32_t part : decomposed.toUcs4()) {
            if (isMark(part))
                continue;
            const auto known = letters().find(part); // ѐ → е → e
            if (part < 0x80)
                out += char(part);
            else if (known != letters().end())
                out += known->second;
            else
                appendUtf8(out, part);
        }
    }
    return out;
}

// The sounds that transliterations spell differently become one letter.
std::string unifySounds(const std::string &latin)
{
    std::string out;
    out.reserve(latin.size());
    auto at = [&latin](size_t i, const char *s) { return latin.compare(i, std::char_traits<char>::length(s), s) == 0; };
    for (size_t i = 0; i < latin.size();) {
        struct Rule {
            const char *from;
            char to;
        };
        // Longest first; applied left to right, each letter once.
        static constexpr Rule kRules[] = {{"dzh", 'j'}, {"zh", 'j'}, {"kh", 'x'}, {"sh", 's'}, {"ch", 'c'}, {"gh", 'g'},
            {"ph", 'f'}, {"th", 't'}, {"ou", 'u'}, {"ye", 'e'}};
        const Rule *rule = std::find_if(std::begin(kRules), std::end(kRules), [&](const Rule &r) { return at(i, r.from); });
        if (rule != std::end(kRules)) {
            out += rule->to;
            i += std::char_traits<char>::length(rule->from);
            continue;
        }
        switch (latin[i]) {
        case 'c': // Azerbaijani and Turkish c is English j (Cəbrayıl, Jabrayil)
            out += 'j';
            break;
        case 'q':
            out += 'g';
            break;
        case 'w':
            out += 'v';
            break;
        default:
            out += latin[i];
        }
        ++i;
    }
    return out;
}

// The words of 'text', each as its code points: lowercased, Arabic folded
// as incident search folds it, marks dropped (ü typed as u plus a mark is
// u), anything else that is not a letter or digit separating words.
std::vector<std::vector<char32_t>> words(QStringView text)
{
    const QString folded = SearchText::fold(text.toString().normalized(QString::NormalizationForm_C).toLower());
    std::vector<std::vector<char32_t>> result(1);
    for (char32_t c : folded.toUcs4()) {
        if (letters().count(c) || QChar::isLetterOrNumber(c))
            result.back().push_back(c);
        else if (!isMark(c) && !result.back().empty())
            result.emplace_back();
    }
    if (result.back().empty())
        result.pop_back();
    return result;
}

std::string joinedKey(const std::vector<std::string> &wordKeys)
{
    std::string joined;
    for (const std::string &w : wordKeys)
        joined += w;
    // A doubled letter counts once, across words too (Kara Agach, Karaagach).
    joined.erase(
        std::unique(joined.begin(), joined.end(), [](char a, char b) { return a == b && static_cast<unsigned char>(a) < 0x80; }),
        joined.end());
    return joined;
}

std::vector<std::string> wordKeys(QStringView name)
{
    std::vector<std::string> keys;
    for (const std::vector<char32_t> &word : words(name))
        keys.push_back(unifySounds(romanise(word)));
    return keys;
}

std::unordered_set<std::string> keysOf(std::initializer_list<const char *> words)
{
    std::unordered_set<std::string> set;
    for (const char *word : words)
        for (const std::string &key : wordKeys(QString::fromUtf8(word)))
            set.insert(key);
    return set;
}

const std::unordered_set<std::string> &genericWords()
{
    static const std::unordered_set<std::string> keys = keysOf({"province", "region", "district", "municipality", "governorate",
        "republic", "oblast", "krai", "kray", "rayon", "rayonu", "raion", "marz", "mkhare", "ostan", "ili", "область", "край",
        "республика", "район", "округ", "մարզ", "მხარე", "محافظة", "مقاطعة", "منطقة", "استان", "شهرستان",
        // Plurals a text uses before several names ("the provinces of
        // Syunik and Vayots Dzor"), which no prefix of the singular finds.
        "provinces", "regions", "districts", "governorates", "محافظات", "مقاطعات", "مناطق"});
    return keys;
}
// "City" in names such as GeoNames' Persian شهر ایروان: left out of a name
// too, but no sign that a text means an admin unit.
const std::unordered_set<std::string> &settlementWords()
{
    static const std::unordered_set<std::string> keys = keysOf(
        {"city", "town", "village", "город", "село", "քաղաք", "ქალაქი", "şəhəri", "şəhər", "kəndi", "مدينة", "شهر", "روستای"});
    return keys;
}
} // namespace

bool NameKey::isGenericWord(std::string_view key)
{
    // Four letters at least for an inflected form: "ili" must not take
    // "ilisu" with it.
    constexpr std::size_t kShortestStem = 4;
    for (const std::string &generic : genericWords())
        if (key == generic || (generic.size() >= kShortestStem && key.substr(0, generic.size()) == generic))
            return true;
    return false;
}

std::string NameKey::of(QStringView name)
{
    return joinedKey(wordKeys(name));
}

std::string NameKey::withoutGenericWords(QStringView name, bool *hadGenericWords)
{
    std::vector<std::string> keys = wordKeys(name);
    std::vector<std::string> specific;
    std::copy_if(keys.begin(), keys.end(), std::back_inserter(specific),
        [](const std::string &key) { return !genericWords().count(key) && !settlementWords().count(key); });
    const bool dropped = !specific.empty() && specific.size() < keys.size();
    if (hadGenericWords)
        *hadGenericWords = dropped
            && std::any_of(keys.begin(), keys.end(), [](const std::string &key) { return genericWords().count(key) > 0; });
    return joinedKey(dropped ? specific : keys);
}

} // namespace conflictmap
