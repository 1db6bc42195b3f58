// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "store/CopyTables.h"

#include <functional>

namespace conflictmap {

// A database's tables row by row as they are stored, ids, times and
// authors included: what a copy between databases reads from one backend
// and writes to another (DatabaseCopy). No rules apply: the rows come from
// a conflictmap database that kept them.
class TableRows {
public:
    virtual ~TableRows() = default;

    // Runs 'reads' in one snapshot of the database: a copy of a database
    // that others write meanwhile is the database at one moment.
    virtual Result<void> readAll(const std::function<Result<void>()> &reads) const = 0;
    virtual Result<qint64> count(const CopyTable &table) const = 0;
    // Streams the rows in the table's order.
    virtual Result<void> read(const CopyTable &table, const std::function<Result<void>(const CopyRow &)> &visit) const = 0;
    // The highest id a counted table ever gave (deleted rows' ids count).
    virtual Result<qint64> idCounter(const CopyTable &table) const = 0;

    // Runs 'copy' as one transaction in which the rows written are kept as
    // given: not recorded in the history (it is copied as it was), authors
    // not set anew; the search and spatial indexes are brought up to date
    // before it commits. All or nothing.
    virtual Result<void> writeAll(const std::function<Result<void>()> &copy) = 0;
    // Within writeAll: adds rows (a seeded table's replace its own).
    virtual Result<void> write(const CopyTable &table, const std::vector<CopyRow> &rows) = 0;
    // Within writeAll: the next id a counted table gives is past 'id'.
    virtual Result<void> setIdCounter(const CopyTable &table, qint64 id) = 0;
};

} // namespace conflictmap
