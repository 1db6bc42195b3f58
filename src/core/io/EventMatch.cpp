// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/EventMatch.h"

#include "geo/GreatCircle.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace conflictmap {

namespace {

// Below this, a pair has too little in common to be called the same event
// (e.g. the same country and month, nothing else).
constexpr double kLeastScore = 0.5;

// Words that say what kind of party, not which: every army has them.
const QSet<QString> &genericWords()
{
    static const QSet<QString> words{QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("forces"),
        QStringLiteral("force"), QStringLiteral("military"), QStringLiteral("armed"), QStringLiteral("government"),
        QStringLiteral("army"), QStringLiteral("troops"), QStringLiteral("unidentified"), QStringLiteral("group"),
        QStringLiteral("national"), QStringLiteral("state"), QStringLiteral("civilians")};
    return words;
}

QSet<QString> partyWords(const QString &name)
{
    static const QRegularExpression parenthesised(QStringLiteral("\\([^)]*\\)"));
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> words;
    for (const QString &word : QString(name).remove(parenthesised).toLower().split(separators, Qt::SkipEmptyParts))
        if (!genericWords().contains(word) && word.size() > 1)
            words.insert(word);
    return words;
}

// The days from one period to the other: 0 when they overlap.
int daysApart(const Incident &a, const Incident &b)
{
    const QDate aFirst = a.date->first(), aLast = a.dateUntil ? a.dateUntil->last() : a.date->last();
    const QDate bFirst = b.date->first(), bLast = b.dateUntil ? b.dateUntil->last() : b.date->last();
    return int(std::max<qint64>({0, aLast.daysTo(bFirst), bLast.daysTo(aFirst)}));
}

// How many days a record's date or period spans.
qint64 periodDays(const Incident &incident)
{
    return incident.date->first().daysTo(incident.dateUntil ? incident.dateUntil->last() : incident.date->last()) + 1;
}

// Known only to a unit or country that the other lies in: that is all
// that can be said of the distance.
bool sameUnit(const Incident &coarse, const Incident &other)
{
    if (coarse.region.isEmpty() || other.region.isEmpty())
        return false;
    if (coarse.precision == LocationPrecision::Country)
        return other.region.section(QLatin1Char('-'), 0, 0) == coarse.region;
    return coarse.precision == LocationPrecision::Region && other.region == coarse.region;
}

bool coarse(const Incident &incident)
{
    return incident.precision == LocationPrecision::Region || incident.precision == LocationPrecision::Country;
}

} // namespace

bool EventMatch::sameParty(const QString &a, const QString &b)
{
    return partyWords(a).intersects(partyWords(b));
}

EventMatches EventMatch::match(const std::vector<Incident> &ours, const std::vector<Incident> &theirs,
    const EventMatchOptions &options, const std::function<QString(const QString &type)> &familyOf)
{
    // Theirs by first day: each of ours looks only at those that can be
    // within the days (their longest period bounds how early one may start).
    std::vector<size_t> byStart(theirs.size());
    for (size_t i = 0; i < theirs.size(); ++i)
        byStart[i] = i;
    std::sort(
        byStart.begin(), byStart.end(), [&](size_t a, size_t b) { return theirs[a].date->first() < theirs[b].date->first(); });
    qint64 longest = 0;
    for (const Incident &t : theirs)
        longest = std::max(longest, t.date->first().daysTo(t.dateUntil ? t.dateUntil->last() : t.date->last()));

    std::vector<EventPair> candidates;
    for (size_t o = 0; o < ours.size(); ++o) {
        const Incident &mine = ours[o];
        const QDate earliest = mine.date->first().addDays(-options.days - longest);
        const QDate latest = (mine.dateUntil ? mine.dateUntil->last() : mine.date->last()).addDays(options.days);
        auto it = std::lower_bound(byStart.begin(), byStart.end(), earliest,
            [&](size_t index, const QDate &day) { return theirs[index].date->first() < day; });
        for (; it != byStart.end() && theirs[*it].date->first() <= latest; ++it) {
            const Incident &other = theirs[*it];
            EventPair pair;
            pair.ours = o;
            pair.theirs = *it;
            pair.daysApart = daysApart(mine, other);
            if (pair.daysApart > options.days)
                continue;
            pair.sameUnit = (coarse(mine) && sameUnit(mine, other)) || (coarse(other) && sameUnit(other, mine));
            pair.km = pair.sameUnit ? 0 : greatCircleKm(mine.lon, mine.lat, other.lon, other.lat);
            if (pair.km > options.km)
                continue;
            const QString family = familyOf(mine.type);
            pair.type = mine.type == other.type                       ? EventPair::Type::Same
                : !family.isEmpty() && family == familyOf(other.type) ? EventPair::Type::SameFamily
                                                                      : EventPair::Type::Different;
            for (const Actor &a : mine.actors)
                for (const Actor &b : other.actors)
                    if (sameParty(a.name, b.name))
                        pair.sharedActors << QStringLiteral("%1 = %2").arg(a.name, b.name);
            // A unit or country in common says less than a distance: it
            // counts as half or a fifth of the way.
            const bool countryOnly
                = mine.precision == LocationPrecision::Country || other.precision == LocationPrecision::Country;
            const double near = pair.sameUnit ? (countryOnly ? 0.2 : 0.5) : options.km > 0 ? 1 - pair.km / options.km : 1;
            // A month or a year overlaps everything in it: the longer the
            // periods, the less their overlap says.
            const qint64 longer = std::max(periodDays(mine), periodDays(other));
            const double soon
                = (1 - double(pair.daysApart) / (options.days + 1)) * std::min(1.0, double(options.days + 1) / double(longer));
            const double typed = pair.type == EventPair::Type::Same ? 1 : pair.type == EventPair::Type::SameFamily ? 0.5 : 0;
            pair.score = 0.35 * near + 0.35 * soon + 0.15 * typed + (pair.sharedActors.isEmpty() ? 0 : 0.15);
            if (pair.score >= kLeastScore)
                candidates.push_back(std::move(pair));
        }
    }
    // Best first; ties by our order, then theirs, so a run is repeatable.
    std::sort(candidates.begin(), candidates.end(), [](const EventPair &a, const EventPair &b) {
        return a.score != b.score ? a.score > b.score : a.ours != b.ours ? a.ours < b.ours : a.theirs < b.theirs;
    });
    EventMatches result;
    std::vector<bool> oursTaken(ours.size()), theirsTaken(theirs.size());
    for (EventPair &pair : candidates)
        if (!oursTaken[pair.ours] && !theirsTaken[pair.theirs]) {
            oursTaken[pair.ours] = theirsTaken[pair.theirs] = true;
            result.pairs.push_back(std::move(pair));
        }
    for (size_t i = 0; i < ours.size(); ++i)
        if (!oursTaken[i])
            result.onlyOurs.push_back(i);
    for (size_t i = 0; i < theirs.size(); ++i)
        if (!theirsTaken[i])
            result.onlyTheirs.push_back(i);
    return result;
}

} // namespace conflictmap
