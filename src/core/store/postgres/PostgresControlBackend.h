// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TeamUser.h"
#include "store/ControlBackend.h"

namespace conflictmap {

class PgConnection;
class PgResult;

// Territorial control on the incident database's PostgreSQL server.
class PostgresControlBackend final : public ControlBackend {
public:
    // 'self': who writes, for the messages of refused writes.
    PostgresControlBackend(PgConnection &db, const TeamUser &self) : m_db(db), m_self(self) { }

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
    // The first record a query of the record columns (%1) finds.
    std::optional<ControlRecord> readOne(const char *sql, const std::vector<class PgParam> &params) const;

    // "what: the server's message", saying who was refused what.
    Error refused(const QString &what, const PgResult &result) const;

    PgConnection &m_db;
    const TeamUser &m_self;
};

} // namespace conflictmap
