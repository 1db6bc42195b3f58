// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QString>

#include <vector>

namespace conflictmap {

class IncidentStore;

// How many rows of a table a copy moved.
struct CopiedTable {
    QString table;
    qint64 rows = 0;
};

namespace DatabaseCopy {

// Copies a whole database into another that holds no records, across
// backends (a file to a server and back): every source, incident, claim,
// area, type and party as it is — ids, times and authors kept — the
// history as it was, and how far each id went, so an id deleted in one is
// never given again in the other. One transaction: all or nothing. 'from'
// is read as it was at one moment, others may write it meanwhile.
Result<std::vector<CopiedTable>> copy(const IncidentStore &from, IncidentStore &to);

} // namespace DatabaseCopy

} // namespace conflictmap
