// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/StoreAccess.h"
#include "store/StoreBackend.h"
#include "store/postgres/PostgresControlBackend.h"

#include <QElapsedTimer>

#include <memory>

namespace conflictmap {

class PgConnection;
class PgResult;

// The incident database on a PostgreSQL server with PostGIS, for a team:
// geometries in GiST indexes, full text in a GIN index, commits announced
// to the other clients by NOTIFY (dataVersion counts them).
class PostgresBackend final : public StoreBackend {
public:
    // Connects, and creates or upgrades the schema (PgSchema) unless
    // read-only; a read-only store needs the current schema.
    static Result<std::unique_ptr<PostgresBackend>> open(const QString &uri, StoreAccess access);
    ~PostgresBackend() override;

    QString location() const override { return m_name; }
    bool isReadOnly() const override { return m_readOnly; }
    int schemaVersion() const override;
    qint64 dataVersion() const override;
    bool isConnected() const override;
    Result<bool> reconnect() override;
    Result<void> writeAll(const std::function<Result<void>()> &writes) override;
    void setChangeReason(const QString &reason) override { m_reason = reason; }
    Result<void> addAll(const std::function<Result<void>()> &adds) override;

    Result<qint64> insertSource(const Source &source) override;
    std::optional<qint64> sourceWithUrl(const QString &url) const override;
    std::optional<qint64> sourceWithoutUrl(const QString &title, const QString &publisher) const override;
    bool hasSource(qint64 id) const override;
    std::optional<Source> source(qint64 id) const override;
    std::vector<Source> sources() const override;

    Result<qint64> insertIncident(const Incident &incident, std::optional<qint64> digest, std::optional<qint64> id) override;
    Result<void> updateIncident(const Incident &incident, std::optional<qint64> digest) override;
    Result<void> putDocument(const Document &document) override;
    std::optional<Document> document(const QString &sha256, bool withContent) const override;
    Result<void> scanDocuments(const std::function<void(const Document &)> &visit) const override;
    std::vector<qint64> sourcesOf(const QString &sha256) const override;
    std::vector<SourceCitation> citationsOf(qint64 sourceId) const override;
    Result<bool> updateReliability(qint64 sourceId, const QString &reliability) override;
    Result<bool> updateCredibility(qint64 claimId, std::optional<int> credibility) override;
    Result<bool> deleteIncident(qint64 id, std::optional<qint64> version) override;
    bool hasIncident(qint64 id) const override;
    std::optional<Imported> imported(const QString &dataset, const QString &importId) const override;

    Result<qint64> insertClaim(qint64 incidentId, const Claim &claim) override;
    Result<void> replaceClaims(qint64 incidentId, const std::vector<Claim> &claims) override;
    Result<bool> deleteClaim(qint64 claimId) override;

    std::optional<Incident> incident(qint64 id) const override;
    Result<std::vector<Incident>> incidents(const IncidentFilter &filter) const override;
    Result<qint64> scan(const IncidentFilter &filter, const std::function<bool(const IncidentRow &)> &visit) const override;
    Result<IncidentPoints> points(const IncidentFilter &filter) const override;
    Result<std::vector<IncidentShape>> shapes(const IncidentFilter &filter) const override;
    qint64 incidentCount() const override;
    Result<qint64> count(const IncidentFilter &filter) const override;
    std::vector<std::pair<QDate, int>> incidentCountsByDay() const override;
    std::map<QString, int> incidentCountsByRegion() const override;

    std::vector<IncidentType> incidentTypes() const override;
    std::optional<IncidentType> incidentType(const QString &name) const override;
    Result<void> insertIncidentType(const IncidentType &type) override;

    ControlBackend &control() override { return *m_control; }
    const ControlBackend &control() const override { return *m_control; }

    Result<std::vector<HistoryEntry>> history(const HistoryQuery &query) const override;

    std::unique_ptr<TableRows> tableRows() const override;

    TeamUser self() const override;
    Result<std::vector<TeamUser>> users() const override;
    Result<void> addUser(const QString &name, UserRole role, const QString &password) override;
    Result<void> setUserRole(const QString &name, UserRole role) override;

private:
    // LISTEN, and read-only when opened so: on a new connection and again
    // on a connection made anew.
    static Result<void> prepareSession(PgConnection &db, const QString &name, bool readOnly);
    PostgresBackend() = default;
    Result<void> writeDetails(const Incident &incident, bool replacing);
    void readDetails(Incident &incident) const;
    // "what: the server's message".
    Error failure(const QString &what, const PgResult &result) const;
    // "what: it is AUTHOR's, and USER (ROLE) may change only their own…",
    // for a write the server's row-level security left undone.
    Error notYours(const QString &what, const char *table, qint64 id) const;

    std::unique_ptr<PgConnection> m_db;
    std::optional<QElapsedTimer> m_reconnecting; // since a reconnection started
    std::unique_ptr<PostgresControlBackend> m_control;
    QString m_name;
    TeamUser m_self;
    bool m_readOnly = false;
    mutable qint64 m_version = 0;
    QString m_reason;
};

} // namespace conflictmap
