// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/TableRows.h"

namespace conflictmap {

class SqliteDatabase;

// An SQLite file's tables row by row. Writing keeps the history's and the
// indexes' triggers off for the length of the transaction (SQLite has no
// switch for a trigger: they are dropped and made again, inside it) and
// indexes the copied incidents in one pass at the end.
class SqliteTableRows final : public TableRows {
public:
    explicit SqliteTableRows(SqliteDatabase &db) : m_db(db) { }

    Result<void> readAll(const std::function<Result<void>()> &reads) const override;
    Result<qint64> count(const CopyTable &table) const override;
    Result<void> read(const CopyTable &table, const std::function<Result<void>(const CopyRow &)> &visit) const override;
    Result<qint64> idCounter(const CopyTable &table) const override;
    Result<void> writeAll(const std::function<Result<void>()> &copy) override;
    Result<void> write(const CopyTable &table, const std::vector<CopyRow> &rows) override;
    Result<void> setIdCounter(const CopyTable &table, qint64 id) override;

private:
    Result<void> failure(const QString &what) const;

    SqliteDatabase &m_db;
};

} // namespace conflictmap
