// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/TableRows.h"

namespace conflictmap {

class PgConnection;

// A server database's tables row by row. Writing switches the history's,
// authorship's and review's triggers off for the length of its transaction
// (ALTER TABLE … DISABLE TRIGGER: the tables' owner's right, so a copy into
// a server database is its owner's, the user who ran init) and builds the
// search index of the copied incidents in one pass at the end.
class PgTableRows final : public TableRows {
public:
    PgTableRows(PgConnection &db, QString location) : m_db(db), m_location(std::move(location)) { }

    Result<void> readAll(const std::function<Result<void>()> &reads) const override;
    Result<qint64> count(const CopyTable &table) const override;
    Result<void> read(const CopyTable &table, const std::function<Result<void>(const CopyRow &)> &visit) const override;
    Result<qint64> idCounter(const CopyTable &table) const override;
    Result<void> writeAll(const std::function<Result<void>()> &copy) override;
    Result<void> write(const CopyTable &table, const std::vector<CopyRow> &rows) override;
    Result<void> setIdCounter(const CopyTable &table, qint64 id) override;

private:
    // "LOCATION: what: the server's message".
    QString failure(const QString &what, const class PgResult &result) const;

    PgConnection &m_db;
    QString m_location;
};

} // namespace conflictmap
