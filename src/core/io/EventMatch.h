// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Incident.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace conflictmap {

// Which of our records and which of an event dataset's are likely the same
// event, and which only one side has. Two records are candidates when they
// are within 'km' of each other (or name the same unit, or country, when
// one is known only to that unit or country) and their periods are at most
// 'days' apart; each candidate is scored 0–1 by distance, days apart (worth
// less the longer the periods are: a month overlaps everything in it), type
// (the same, or of the same family) and actors in common (a unit in common
// counts as half the way, a country as a fifth); pairs scoring 0.5 or more
// are matched, each record once, best scores first.
struct EventMatchOptions {
    double km = 25;
    int days = 3;
};

struct EventPair {
    size_t ours = 0; // indexes into the lists given
    size_t theirs = 0;
    double km = 0; // 0 when placed in the same unit or country
    bool sameUnit = false; // matched by the unit (or country) one of them is known only to
    int daysApart = 0; // 0 when the periods overlap
    enum class Type { Same, SameFamily, Different } type = Type::Different;
    QStringList sharedActors; // "ours = theirs" for each pair of names that name the same party
    double score = 0;
};

struct EventMatches {
    std::vector<EventPair> pairs; // best score first
    std::vector<size_t> onlyOurs;
    std::vector<size_t> onlyTheirs;
};

namespace EventMatch {
// 'familyOf' gives a type's family (clash, territory, …), or empty.
EventMatches match(const std::vector<Incident> &ours, const std::vector<Incident> &theirs, const EventMatchOptions &options,
    const std::function<QString(const QString &type)> &familyOf);
// Whether two actor names name the same party: they share a word that is
// not generic ("Military Forces of Azerbaijan (2018-)" and "Government of
// Azerbaijan"; not "Military Forces of Armenia").
bool sameParty(const QString &a, const QString &b);
} // namespace EventMatch

} // namespace conflictmap
