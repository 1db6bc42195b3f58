// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geoparse/PlaceFinder.h"

#include "gazetteer/NameKey.h"
#include "geo/GreatCircle.h"
#include "geoparse/CountryNames.h"
#include "geoparse/TextWords.h"
#include "geoparse/WordForms.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace conflictmap {

namespace {
constexpr std::size_t kShortestKey = 3;
// A match by sound needs enough consonants and letters to mean anything.
constexpr std::size_t kFewestConsonants = 3;
constexpr std::size_t kFewestUnmarkedConsonants = 6;
constexpr std::size_t kShortestSoundKey = 5;
constexpr qint64 kSoundPopulation = 5000;
// Uncased scripts give no sign of a name: a short word is more likely a
// word than a small place.
constexpr std::size_t kShortestUncasedKey = 4;
constexpr qint64 kUncasedShortPopulation = 100000;
constexpr int kLongestName = 5; // words
constexpr double kSameAreaKm = 30;
constexpr double kNearbyKm = 50;
constexpr double kAmbiguityMargin = 0.1;
// A text naming places two or more is about somewhere: a place 1,500 km
// from all of them is more likely a word that looks like a name.
constexpr int kFewestForFocus = 2;
constexpr double kAstrayKm = 1500;
constexpr std::size_t kCandidatesKept = 5;

double kilometresBetween(const GazetteerEntry &a, const GazetteerEntry &b)
{
    return greatCircleKm(a.lon, a.lat, b.lon, b.lat);
}

int wordsIn(const QString &name)
{
    int words = 1;
    for (int i = 1; i < name.size(); ++i)
        if ((name[i] == QLatin1Char(' ') || name[i] == QLatin1Char('-')) && name[i - 1] != QLatin1Char(' '))
            ++words;
    return words;
}

// Two keys written one after the other, a doubled letter at the seam once
// (as NameKey joins the words of a name).
std::string joined(const std::string &a, const std::string &b)
{
    if (!a.empty() && !b.empty() && a.back() == b.front() && static_cast<unsigned char>(b.front()) < 0x80)
        return a + b.substr(1);
    return a + b;
}

double baseScore(const GazetteerEntry &entry)
{
    switch (entry.kind) {
    case GazetteerEntry::Kind::Country:
        return 0.9;
    case GazetteerEntry::Kind::AdminUnit:
        return 0.8;
    case GazetteerEntry::Kind::Place:
        break;
    }
    double score = 0.35 + 0.08 * std::log10(double(std::max<qint64>(entry.population, 1)));
    if (entry.featureCode.startsWith(QLatin1String("PPLA")) || entry.featureCode == QLatin1String("PPLC"))
        score += 0.05;
    return std::clamp(score, 0.35, 0.85);
}

double matchFactor(PlaceMention::Match match)
{
    switch (match) {
    case PlaceMention::Match::Exact:
        return 1.0;
    case PlaceMention::Match::Inflected:
        return 0.95;
    case PlaceMention::Match::Phonetic:
        return 0.7;
    }
    return 1.0;
}

// One place at two scales, or two names of one place: not an ambiguity.
bool sameArea(const GazetteerEntry &a, const GazetteerEntry &b)
{
    using Kind = GazetteerEntry::Kind;
    if (a.kind == Kind::Country || b.kind == Kind::Country)
        return a.country == b.country;
    if ((a.kind == Kind::AdminUnit || b.kind == Kind::AdminUnit) && a.adminCode == b.adminCode)
        return true;
    return kilometresBetween(a, b) < kSameAreaKm;
}

// What the name index maps a key to: the entry; whether the name is one it
// is known by in the region (main, local, or in a language of the region)
// rather than an exonym of afar (Lithuanian Goris for Gori); and whether
// it is written in Arabic script.
constexpr std::uint32_t kOwnName = 1;
constexpr std::uint32_t kArabicScriptName = 2;
std::uint32_t refOf(std::uint32_t entry, std::uint32_t flags)
{
    return entry << 2 | flags;
}
std::uint32_t entryOfRef(std::uint32_t ref)
{
    return ref >> 2;
}
bool isOwnRef(std::uint32_t ref)
{
    return ref & kOwnName;
}

bool isArabicScript(const QString &name)
{
    return !name.isEmpty() && name.front().script() == QChar::Script_Arabic;
}

// The most frequent words of Arabic and Persian, which, written without
// short vowels, are the names of places somewhere in the world (بين, إلى,
// دفاع): none of them alone is taken for a place. Keys, as NameKey makes them.
bool isCommonArabicScriptWord(const std::string &key)
{
    static const std::unordered_set<std::string> keys = [] {
        std::unordered_set<std::string> set;
        for (const char *word : {"في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "أو", "ثم", "حيث", "عند", "بعد", "قبل", "خلال",
                 "حول", "ضد", "لدى", "منذ", "كما", "أي", "كل", "غير", "بين", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين",
                 "هو", "هي", "هم", "كان", "كانت", "يكون", "ليس", "ليست", "لن", "لم", "لا", "ما", "قد", "قال", "أكد", "أعلن",
                 "وزير", "رئيس", "دفاع", "عامة", "قوات", "جيش", "جنوب", "شمال", "شرق", "غرب", "عملية", "نحو", "تم", "عام", "يوم",
                 "حتى", "أيضا", "لكن", "بل", "إذا", "واقع", "واسع", "عسكرية", "عسكري", "منطقة", "دولة", "مدينة", "أجل", "لها",
                 "له", "در", "از", "به", "با", "که", "این", "آن", "را", "برای", "تا", "بر", "یا", "هم", "نیز", "شد", "است", "بود",
                 "کرد", "گفت", "وزیر", "رئیس", "جنوب", "شمال", "شرق", "غرب", "نیروهای", "مرز"})
            set.insert(NameKey::of(QString::fromUtf8(word)));
        return set;
    }();
    return keys.count(key) > 0;
}

bool isRegionalLanguage(const QString &language)
{
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("hy"), QStringLiteral("az"), QStringLiteral("ka"),
        QStringLiteral("ru"), QStringLiteral("fa"), QStringLiteral("ar"), QStringLiteral("tr"), QStringLiteral("uk"),
        QStringLiteral("ku")};
    return languages.contains(language.section(QLatin1Char('-'), 0, 0));
}

bool isGeorgian(const QString &name)
{
    return !name.isEmpty() && name.front().script() == QChar::Script_Georgian;
}

// "and" between two names of a list ("Syunik, Vayots Dzor and
// Gegharkunik provinces") in the region's languages, as keys.
bool isConjunction(const std::string &key)
{
    static const std::unordered_set<std::string> keys = [] {
        std::unordered_set<std::string> set;
        for (const char *word : {"and", "и", "և", "ու", "və", "და", "و", "ve", "or", "или"})
            set.insert(NameKey::of(QString::fromUtf8(word)));
        return set;
    }();
    return keys.count(key) > 0;
}
} // namespace

// A run of words taken for a name, before it is scored.
struct PlaceFinder::Span {
    int firstWord = 0;
    int lastWord = 0;
    int skipped = 0; // UTF-16 units of clitics before the name in the first word
    PlaceMention::Match match = PlaceMention::Match::Exact;
    EntryIds entries;
    bool generic = false; // a generic word of admin units next to it
};

Result<std::shared_ptr<const PlaceFinder>> PlaceFinder::open(const QString &gazetteerPath, const QString &countryNamesPath)
{
    using R = Result<std::shared_ptr<const PlaceFinder>>;
    auto gazetteer = Gazetteer::openShared(gazetteerPath.isEmpty() ? Gazetteer::defaultPath() : gazetteerPath);
    if (!gazetteer)
        return R::failure(gazetteer.problem());
    auto countries = CountryNames::read(countryNamesPath.isEmpty() ? CountryNames::defaultPath() : countryNamesPath);
    if (!countries)
        return R::failure(countries.problem());
    return R(std::make_shared<const PlaceFinder>(std::move(gazetteer.value()), std::move(countries.value())));
}

PlaceFinder::PlaceFinder(std::shared_ptr<const Gazetteer> gazetteer, std::vector<GazetteerEntry> countries)
    : m_gazetteer(std::move(gazetteer)), m_countries(std::move(countries))
{
    for (const GazetteerEntry &country : m_countries)
        m_entries.push_back(&country);
    for (const GazetteerEntry &entry : m_gazetteer->entries())
        m_entries.push_back(&entry);
    for (std::uint32_t id = 0; id < m_entries.size(); ++id)
        index(id, *m_entries[id]);
    // One ref an entry, its flags merged (an own name in Arabic script and
    // an exonym in Latin are both known).
    for (auto &[key, refs] : m_byKey) {
        std::sort(refs.begin(), refs.end());
        std::vector<std::uint32_t> merged;
        for (const std::uint32_t ref : refs) {
            if (!merged.empty() && entryOfRef(merged.back()) == entryOfRef(ref))
                merged.back() |= ref;
            else
                merged.push_back(ref);
        }
        refs = std::move(merged);
    }
}

void PlaceFinder::index(std::uint32_t id, const GazetteerEntry &entry)
{
    // Countries are named as CLDR and iso-codes have them in every language
    // of the region; alike in sound, they are their demonyms (الأرمينية).
    const bool bySound = entry.kind == GazetteerEntry::Kind::AdminUnit
        || (entry.kind == GazetteerEntry::Kind::Place && entry.population >= kSoundPopulation);
    auto add = [&](const std::string &key, std::uint32_t flags) {
        if (key.size() < kShortestKey)
            return;
        m_byKey[key].push_back(refOf(id, flags));
        if (!bySound || key.size() < kShortestSoundKey)
            return;
        std::string pattern = WordForms::soundPattern(key);
        const std::string consonants = WordForms::consonants(pattern);
        if (consonants.size() < kFewestConsonants)
            return;
        std::vector<Sound> &sounds = m_bySound[consonants];
        const bool known
            = std::any_of(sounds.begin(), sounds.end(), [&](const Sound &s) { return s.entry == id && s.pattern == pattern; });
        if (!known)
            sounds.push_back({id, std::move(pattern)});
    };
    auto addName = [&](const QString &name, bool own) {
        if (name.isEmpty())
            return;
        m_longestName = std::min(kLongestName, std::max(m_longestName, wordsIn(name)));
        std::string key = NameKey::of(name);
        std::string specific = NameKey::withoutGenericWords(name);
        // A Georgian name's nominative ი is a case ending like the others
        // (WordForms): its key without it does not make აზერბაიჯანი the
        // English "Azerbaijani".
        if (isGeorgian(name)) {
            for (std::string *k : {&key, &specific})
                if (k->size() > kShortestKey && k->back() == 'i')
                    k->pop_back();
        }
        const std::uint32_t flags = (own ? kOwnName : 0) | (isArabicScript(name) ? kArabicScriptName : 0);
        add(key, flags);
        if (specific != key)
            add(specific, flags);
    };
    addName(entry.name, true);
    addName(entry.localName, true);
    for (const PlaceName &name : entry.names)
        addName(name.text, isRegionalLanguage(name.language));
}

const PlaceFinder::EntryIds *PlaceFinder::byKey(const std::string &key) const
{
    const auto found = m_byKey.find(key);
    return found == m_byKey.end() ? nullptr : &found->second;
}

PlaceFinder::EntryIds PlaceFinder::bySound(const std::string &key, bool unwrittenVowels) const
{
    EntryIds entries;
    if (key.size() < kShortestSoundKey)
        return entries;
    const std::string pattern = WordForms::soundPattern(key);
    const std::string consonants = WordForms::consonants(pattern);
    if (consonants.size() < kFewestConsonants)
        return entries;
    std::vector<std::string> lookups{consonants};
    if (unwrittenVowels && consonants.find('J') != std::string::npos) {
        std::string hard = consonants;
        std::replace(hard.begin(), hard.end(), 'J', 'K');
        lookups.push_back(hard); // first and later ج alike: enough for the names of a region
    }
    for (const std::string &lookup : lookups) {
        const auto found = m_bySound.find(lookup);
        if (found == m_bySound.end())
            continue;
        for (const Sound &sound : found->second)
            if (WordForms::soundsLike(pattern, sound.pattern, unwrittenVowels))
                entries.push_back(refOf(sound.entry, kOwnName));
    }
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    return entries;
}

std::vector<PlaceMention> PlaceFinder::find(const QString &text, double minConfidence) const
{
    const TextWords parsed = TextWords::of(text);
    const std::vector<TextWord> &words = parsed.words;
    std::vector<std::vector<WordForms::Leading>> forms;
    forms.reserve(words.size());
    for (const TextWord &word : words)
        forms.push_back(WordForms::leading(QStringView(text).mid(word.start, word.end - word.start), word.script));
    auto isGenericAt = [&](int w) {
        return w >= 0 && w < int(words.size())
            && std::any_of(forms[w].begin(), forms[w].end(),
                [](const WordForms::Leading &form) { return NameKey::isGenericWord(form.key); });
    };
    auto genericAfter = [&](int w) { return words[w].runsOn && isGenericAt(w + 1); };
    // Azerbaijani and Turkish endings only where the text is in one of them:
    // in English, "Azerbaijani" is not Azerbaijan with an ending.
    static const QRegularExpression turkicLetters(QStringLiteral("[əƏıİğĞşŞ]"));
    const bool turkic = text.contains(turkicLetters);

    // The spans, leftmost longest; an exact or inflected name before a
    // phonetic one at any length.
    std::vector<Span> spans;
    for (int i = 0; i < int(words.size());) {
        if (words[i].lowercase) {
            ++i;
            continue;
        }
        int longest = 1;
        while (longest < m_longestName && i + longest < int(words.size()) && words[i + longest - 1].runsOn
            && words[i + longest].script == words[i].script)
            ++longest;
        // A generic word next to the words, or a list of units after one
        // (محافظات سيونيك وفاياتس جور وجغاركونيك).
        // 'skipped': the clitics before the name in its first word.
        auto markedAsUnit = [&](int first, int last, int skipped) {
            if ((first > 0 && words[first - 1].runsOn && isGenericAt(first - 1)) || genericAfter(last))
                return true;
            if (spans.empty() || !spans.back().generic)
                return false;
            const int previous = spans.back().lastWord;
            const bool sameSentence = words[previous].sentence == words[first].sentence;
            switch (first - previous) {
            case 1: // after a comma, or with و joined: سيونيك وفاياتس جور
                return sameSentence && (!words[previous].runsOn || (skipped > 0 && text[words[first].start] == QChar(0x0648)));
            case 2: // "Syunik and Vayots Dzor"
                return sameSentence && isConjunction(forms[first - 1].front().key);
            default:
                return false;
            }
        };
        std::optional<Span> found;
        for (const bool phonetic : {false, true}) {
            for (int n = longest; n >= 1 && !found; --n) {
                const int last = i + n - 1;
                std::string middle;
                for (int w = i + 1; w < last; ++w)
                    middle = joined(middle, forms[w].front().key);
                for (const WordForms::Leading &lead : forms[i]) {
                    const std::string head = n == 1 ? std::string() : joined(lead.key, middle);
                    const std::string &tail = n == 1 ? lead.key : forms[last].front().key;
                    for (const WordForms::Stem &stem : WordForms::endings(tail, words[last].script, turkic)) {
                        const std::string key = joined(head, stem.key);
                        if (key.size() < kShortestKey)
                            continue;
                        if (stem.adjective && !genericAfter(last))
                            continue;
                        const bool arabicScript = words[i].script == QChar::Script_Arabic;
                        if (arabicScript && n == 1 && isCommonArabicScriptWord(stem.key))
                            continue;
                        EntryIds entries;
                        if (phonetic) {
                            entries = bySound(key, arabicScript);
                        } else if (const EntryIds *exact = byKey(key)) {
                            entries = *exact;
                            // Without short vowels, an Arabic-script key is
                            // some Latin name's too (بين, "bin"): only names
                            // written in that script match it as they are.
                            if (arabicScript)
                                entries.erase(std::remove_if(entries.begin(), entries.end(),
                                                  [](std::uint32_t ref) { return !(ref & kArabicScriptName); }),
                                    entries.end());
                        }
                        if (!words[i].cased && key.size() < kShortestUncasedKey)
                            entries.erase(std::remove_if(entries.begin(), entries.end(),
                                              [&](std::uint32_t ref) {
                                                  const GazetteerEntry &e = *m_entries[entryOfRef(ref)];
                                                  return e.kind == GazetteerEntry::Kind::Place
                                                      && e.population < kUncasedShortPopulation;
                                              }),
                                entries.end());
                        if (entries.empty())
                            continue;
                        // Alike in sound, most words of a language are some
                        // village: a short name so found needs the text to
                        // say it is a place.
                        if (phonetic && WordForms::consonants(WordForms::soundPattern(key)).size() < kFewestUnmarkedConsonants
                            && !markedAsUnit(i, last, lead.skipped))
                            continue;
                        const auto match = phonetic ? PlaceMention::Match::Phonetic
                            : stem.inflected        ? PlaceMention::Match::Inflected
                                                    : PlaceMention::Match::Exact;
                        // The fewest letters taken off: وفاياتس is و + فاياتس.
                        if (!found || lead.skipped < found->skipped
                            || (lead.skipped == found->skipped && int(match) < int(found->match)))
                            found = Span{i, last, lead.skipped, match, std::move(entries), false};
                    }
                }
            }
            if (found)
                break;
        }
        if (!found) {
            ++i;
            continue;
        }
        found->generic = markedAsUnit(found->firstWord, found->lastWord, found->skipped);
        i = found->lastWord + 1;
        spans.push_back(*found);
    }

    // Candidates scored without context, then twice with the best of the
    // others as context (the first round's choices inform the second).
    struct Scored {
        std::vector<PlaceMention::Candidate> candidates;
    };
    std::vector<Scored> scored(spans.size());
    // The places the other names resolved to, each once with how often and
    // in which sentences: a long text names few places many times, and
    // comparing each name with each distinct place keeps it linear.
    struct Named {
        const GazetteerEntry *entry;
        int mentions = 0;
        std::vector<int> sentences;
    };
    auto scoreAll = [&](const std::vector<const GazetteerEntry *> *bests) {
        std::vector<Named> named;
        if (bests) {
            std::unordered_map<const GazetteerEntry *, std::size_t> index;
            for (std::size_t o = 0; o < spans.size(); ++o) {
                const GazetteerEntry *best = (*bests)[o];
                if (!best)
                    continue;
                const auto [at, added] = index.emplace(best, named.size());
                if (added)
                    named.push_back({best});
                ++named[at->second].mentions;
                named[at->second].sentences.push_back(words[spans[o].firstWord].sentence);
            }
        }
        for (std::size_t m = 0; m < spans.size(); ++m) {
            const Span &span = spans[m];
            const int sentence = words[span.firstWord].sentence;
            const GazetteerEntry *ownBest = bests ? (*bests)[m] : nullptr;
            std::vector<PlaceMention::Candidate> &candidates = scored[m].candidates;
            candidates.clear();
            for (const std::uint32_t ref : span.entries) {
                const GazetteerEntry &entry = *m_entries[entryOfRef(ref)];
                double score = baseScore(entry) * matchFactor(span.match) - (isOwnRef(ref) ? 0 : 0.1);
                if (span.generic)
                    score += entry.kind == GazetteerEntry::Kind::AdminUnit ? 0.15
                        : entry.kind == GazetteerEntry::Kind::Place        ? -0.1
                                                                           : 0;
                if (bests) {
                    bool sameCountry = false;
                    bool countryInSentence = false;
                    bool inNamedUnit = false;
                    bool nearby = false;
                    // Far from every other place and unit the text names
                    // (a country's point says little of where it reaches).
                    int placed = 0;
                    double nearestKm = std::numeric_limits<double>::infinity();
                    for (const Named &other : named) {
                        // This name's own choice is no evidence for itself.
                        const int others = other.mentions - (other.entry == ownBest ? 1 : 0);
                        if (others == 0 || other.entry == &entry)
                            continue;
                        const GazetteerEntry &o = *other.entry;
                        if (o.kind != GazetteerEntry::Kind::Country && entry.kind != GazetteerEntry::Kind::Country) {
                            placed += others;
                            nearestKm = std::min(nearestKm, kilometresBetween(o, entry));
                        }
                        if (o.country == entry.country) {
                            sameCountry = true;
                            if (o.kind == GazetteerEntry::Kind::Country
                                && std::find(other.sentences.begin(), other.sentences.end(), sentence) != other.sentences.end())
                                countryInSentence = true;
                        }
                        if (o.kind == GazetteerEntry::Kind::AdminUnit && entry.kind == GazetteerEntry::Kind::Place
                            && o.adminCode == entry.adminCode)
                            inNamedUnit = true;
                        if (o.kind == GazetteerEntry::Kind::Place && entry.kind == GazetteerEntry::Kind::AdminUnit
                            && o.adminCode == entry.adminCode)
                            inNamedUnit = true;
                        if (o.kind == GazetteerEntry::Kind::Place && entry.kind == GazetteerEntry::Kind::Place
                            && kilometresBetween(o, entry) < kNearbyKm)
                            nearby = true;
                    }
                    const bool astray = placed >= kFewestForFocus && nearestKm > kAstrayKm;
                    score += (sameCountry ? 0.1 : 0) + (countryInSentence ? 0.05 : 0) + (inNamedUnit ? 0.1 : 0)
                        + (nearby ? 0.1 : 0) - (astray ? 0.25 : 0);
                }
                candidates.push_back({&entry, score});
            }
            std::stable_sort(candidates.begin(), candidates.end(),
                [](const PlaceMention::Candidate &a, const PlaceMention::Candidate &b) { return a.score > b.score; });
        }
    };
    auto currentBests = [&] {
        std::vector<const GazetteerEntry *> bests;
        for (const Scored &s : scored)
            bests.push_back(s.candidates.empty() ? nullptr : s.candidates.front().entry);
        return bests;
    };
    scoreAll(nullptr);
    for (int round = 0; round < 2; ++round) {
        const std::vector<const GazetteerEntry *> bests = currentBests();
        scoreAll(&bests);
    }

    std::vector<PlaceMention> mentions;
    for (std::size_t m = 0; m < spans.size(); ++m) {
        const Span &span = spans[m];
        std::vector<PlaceMention::Candidate> &candidates = scored[m].candidates;
        if (candidates.empty())
            continue;
        const PlaceMention::Candidate &best = candidates.front();
        const bool ambiguous = std::any_of(candidates.begin() + 1, candidates.end(), [&](const PlaceMention::Candidate &c) {
            return c.score >= best.score - kAmbiguityMargin && !sameArea(*best.entry, *c.entry);
        });
        PlaceMention mention;
        mention.offset = words[span.firstWord].start + span.skipped;
        mention.length = words[span.lastWord].end - mention.offset;
        mention.text = text.mid(mention.offset, mention.length);
        mention.match = span.match;
        mention.ambiguous = ambiguous;
        mention.confidence = std::clamp(ambiguous ? best.score * 0.75 : best.score, 0.0, 0.99);
        const TextSentence &sentence = parsed.sentences[std::size_t(words[span.firstWord].sentence)];
        mention.sentenceStart = sentence.start;
        mention.sentenceEnd = sentence.end;
        if (candidates.size() > kCandidatesKept)
            candidates.resize(kCandidatesKept);
        mention.candidates = std::move(candidates);
        if (mention.confidence >= minConfidence)
            mentions.push_back(std::move(mention));
    }
    return mentions;
}

} // namespace conflictmap
