// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "model/Claim.h"
#include "model/HistoryEntry.h"
#include "model/Incident.h"

#include <vector>

namespace conflictmap::HistoryRecord {

// An incident as the history kept it (HistoryColumns' JSON): its own
// fields; actors and claims are not part of it.
Result<Incident> incident(const QString &json);
// A claim as the history kept it, its source by id; the id of its incident
// in *incidentId when given.
Result<Claim> claim(const QString &json, qint64 *incidentId = nullptr);
// An incident's actors as they were right after history entry 'cutoff'
// (its actors' changes are among 'entries', any order): the changes up to
// it replayed; when none came before it, what the first change after it
// removed (actors are rewritten whole); when none came after either,
// 'current'.
std::vector<Actor> actorsAt(const std::vector<HistoryEntry> &entries, qint64 cutoff, const std::vector<Actor> &current);
// What a change did, in words: "added", "deleted", or the fields an update
// changed ("status, title"; the time and author of the change aside).
QString summary(const HistoryEntry &entry);

} // namespace conflictmap::HistoryRecord
