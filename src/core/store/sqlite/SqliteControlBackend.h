// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/ControlBackend.h"

#include <functional>

namespace conflictmap {

class SqliteDatabase;
class SqliteStatement;

// Territorial control in the incident database's SQLite file.
class SqliteControlBackend final : public ControlBackend {
public:
    // 'user': who writes (kept as each record's author).
    SqliteControlBackend(SqliteDatabase &db, QString user) : m_db(db), m_user(std::move(user)) { }

    Result<void> insertParty(const Party &party) override;
    Result<bool> updatePartyColor(const QString &name, const QString &color) override;
    std::vector<Party> parties() const override;
    std::optional<Party> party(const QString &name) const override;

    Result<qint64> writeRecord(const ControlRecord &record, std::optional<qint64> replacing) override;
    Result<bool> deleteRecord(qint64 id) override;
    std::optional<ControlRecord> record(qint64 id) const override;
    std::optional<ControlRecord> importedRecord(const QString &dataset, const QString &importId) const override;
    std::optional<ControlRecord> latest(const QDate &date, const QString &party, const QString &claimedBy) const override;
    std::vector<ControlSeries> series(const QString &party) const override;
    std::vector<QDate> versionDates(const QString &party, const QString &claimedBy) const override;
    qint64 recordCount() const override;

private:
    std::optional<ControlRecord> readOne(const char *sql, const std::function<void(SqliteStatement &)> &bind) const;

    SqliteDatabase &m_db;
    QString m_user;
};

} // namespace conflictmap
