// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gazetteer/Gazetteer.h"

#include "BundledData.h"
#include "gazetteer/GazetteerReader.h"
#include "gazetteer/NameKey.h"

#include <QMutex>

#include <algorithm>
#include <limits>
#include <map>
#include <tuple>

namespace conflictmap {

namespace {
// Typos forgiven by the length of the typed key: none in short words, where
// one edit turns nonsense into some village's name.
int typosInWhole(std::size_t length)
{
    return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}
int typosInBeginning(std::size_t length)
{
    return length >= 10 ? 2 : length >= 6 ? 1 : 0;
}

// What the index maps a name key to: the entry, and whether the name is
// one the entry is known by (a place's main or local name) rather than one
// of its alternates, so that Goris the town comes before Gori, which the
// Lithuanian call Goris.
NameIndex::EntryId nameRef(std::size_t entry, bool ownName)
{
    return NameIndex::EntryId(entry << 1 | (ownName ? 1 : 0));
}
std::size_t entryOf(NameIndex::EntryId ref)
{
    return ref >> 1;
}
bool isOwnName(NameIndex::EntryId ref)
{
    return ref & 1;
}

// Match classes, best first: exact on an own name, exact on another,
// prefix, then by typos (a whole name before a beginning with as many).
constexpr std::uint8_t kExactOwn = 0, kExact = 1, kPrefix = 2, kUnmatched = std::numeric_limits<std::uint8_t>::max();
std::uint8_t typoClass(int typos, bool whole)
{
    return std::uint8_t(1 + 2 * typos + (whole ? 0 : 1));
}

PlaceMatch matchOf(const GazetteerEntry &entry, std::uint8_t matchClass)
{
    if (matchClass <= kExact)
        return {&entry, PlaceMatch::Quality::Exact, 0};
    if (matchClass == kPrefix)
        return {&entry, PlaceMatch::Quality::Prefix, 0};
    const int typos = (matchClass - 1) / 2;
    const bool whole = (matchClass - 1) % 2 == 0;
    return {&entry, whole ? PlaceMatch::Quality::Typo : PlaceMatch::Quality::TypoPrefix, typos};
}

// Population as ranking weighs it. A place matched exactly by its own name
// counts four times: the town known as Goris before Gori, a bigger town
// that one language calls Goris. A unit counts half: Yerevan the city
// before Yerevan the unit (whose population is the city's), Syunik the
// province before any village called Syunik.
qint64 rankingPopulation(const GazetteerEntry &entry, bool byOwnName)
{
    if (entry.kind == GazetteerEntry::Kind::AdminUnit)
        return entry.population / 2;
    return byOwnName ? 4 * entry.population : entry.population;
}
} // namespace

QString Gazetteer::defaultPath()
{
    return BundledData::path(QStringLiteral("caucasus-places.sqlite"));
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::open(const QString &path)
{
    using R = Result<std::shared_ptr<const Gazetteer>>;
    auto entries = GazetteerReader::read(path);
    if (!entries)
        return R::failure(entries.problem());
    return R(std::shared_ptr<const Gazetteer>(new Gazetteer(path, std::move(entries.value()))));
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::openShared(const QString &path)
{
    static QMutex mutex;
    static std::map<QString, std::weak_ptr<const Gazetteer>> open;
    // Held while reading: a second caller for the same file waits for the
    // first instead of reading it too.
    const QMutexLocker lock(&mutex);
    if (std::shared_ptr<const Gazetteer> held = open[path].lock())
        return held;
    auto opened = Gazetteer::open(path);
    if (opened)
        open[path] = opened.value();
    return opened;
}

Gazetteer::Gazetteer(QString path, std::vector<GazetteerEntry> entries) : m_path(std::move(path)), m_entries(std::move(entries))
{
    std::vector<std::pair<std::string, NameIndex::EntryId>> keyed;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const GazetteerEntry &entry = m_entries[i];
        const bool unit = entry.kind == GazetteerEntry::Kind::AdminUnit;
        if (unit)
            m_adminUnits.insert(entry.adminCode, &entry);
        for (const PlaceName &name : entry.names) {
            std::string key = unit ? NameKey::withoutGenericWords(name.text) : NameKey::of(name.text);
            const bool own = !unit && (name.text == entry.name || name.text == entry.localName);
            if (!key.empty())
                keyed.emplace_back(std::move(key), nameRef(i, own));
        }
    }
    m_index = NameIndex(std::move(keyed));
}

const GazetteerEntry *Gazetteer::adminUnit(const QString &code) const
{
    return m_adminUnits.value(code, nullptr);
}

Result<std::vector<PlaceMatch>> Gazetteer::search(const QString &text, int limit) const
{
    using R = Result<std::vector<PlaceMatch>>;
    if (text.size() > kMaxQueryLength)
        return R::failure(
            QStringLiteral("the text to search for is %1 characters long; the most is %2").arg(text.size()).arg(kMaxQueryLength));
    bool askedForUnit = false; // "Laçın rayonu": the district, not the town
    const std::string typed = NameKey::withoutGenericWords(text, &askedForUnit);
    if (typed.empty() || limit <= 0)
        return R(std::vector<PlaceMatch>{});

    // The best class each entry reached, and the entries that reached one.
    std::vector<std::uint8_t> best(m_entries.size(), kUnmatched);
    std::vector<std::size_t> found;
    auto reach = [&](NameIndex::KeyId key, std::uint8_t matchClass) {
        const auto [begin, end] = m_index.entries(key);
        for (const NameIndex::EntryId *ref = begin; ref != end; ++ref) {
            const std::size_t entry = entryOf(*ref);
            const std::uint8_t refClass = matchClass == kExact && isOwnName(*ref) ? kExactOwn : matchClass;
            if (best[entry] == kUnmatched)
                found.push_back(entry);
            best[entry] = std::min(best[entry], refClass);
        }
    };

    const auto [first, last] = m_index.withPrefix(typed);
    for (NameIndex::KeyId key = first; key < last; ++key)
        reach(key, m_index.key(key).size() == typed.size() ? kExact : kPrefix);
    // Typos rank after every exact and prefix match: with enough of those,
    // they could not make the list.
    if (found.size() < std::size_t(limit))
        for (const NameIndex::NearKey &near : m_index.near(typed, typosInWhole(typed.size()), typosInBeginning(typed.size())))
            reach(near.key, typoClass(near.distance, near.whole));

    // The order: match class (exact, prefix, typos…), then, when the text
    // named a kind of unit (rayonu, область), units first, then population
    // as rankingPopulation weighs it. One key per entry: a consistent order.
    auto rankOf = [&](std::size_t entry) {
        const GazetteerEntry &e = m_entries[entry];
        const bool unit = e.kind == GazetteerEntry::Kind::AdminUnit;
        return std::make_tuple(best[entry] == kExactOwn ? kExact : best[entry], askedForUnit && !unit,
            -rankingPopulation(e, best[entry] == kExactOwn), entry);
    };
    auto better = [&](std::size_t a, std::size_t b) { return rankOf(a) < rankOf(b); };
    const std::size_t shown = std::min(found.size(), std::size_t(limit));
    std::partial_sort(found.begin(), found.begin() + std::ptrdiff_t(shown), found.end(), better);
    std::vector<PlaceMatch> matches;
    matches.reserve(shown);
    for (std::size_t i = 0; i < shown; ++i)
        matches.push_back(matchOf(m_entries[found[i]], best[found[i]]));
    return R(std::move(matches));
}

} // namespace conflictmap
