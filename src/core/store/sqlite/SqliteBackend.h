// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "OsUser.h"
#include "store/StoreAccess.h"
#include "store/StoreBackend.h"
#include "store/sqlite/SqliteControlBackend.h"

#include <memory>

namespace conflictmap {

class SqliteDatabase;
class SqliteStatement;

// The incident database in one SQLite file: an R*Tree over the incidents'
// boxes, FTS5 over their text, migrations by PRAGMA user_version (Schema).
class SqliteBackend final : public StoreBackend {
public:
    // Opens (creates, migrates) the file. A file the user may not write is
    // opened read-only: reading works, writing says why it cannot.
    static Result<std::unique_ptr<SqliteBackend>> open(const QString &path, StoreAccess access);
    ~SqliteBackend() override;

    QString location() const override;
    bool isReadOnly() const override;
    int schemaVersion() const override;
    qint64 dataVersion() const override;
    bool isConnected() const override { return true; } // a file has no connection to lose
    Result<bool> reconnect() override { return true; }
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
    QString noTeam() const;
    QString m_user = OsUser::name(); // who writes: the account on this machine
    SqliteBackend() = default;
    Result<void> writeActors(qint64 incidentId, const std::vector<Actor> &actors, bool replacing);
    Result<void> writeRegions(qint64 incidentId, const std::vector<RegionShare> &shares, bool replacing);
    // During a bulk load, records in the history the rows of 'table'
    // (claims or incident_actors) just written anew for an incident that
    // was there before it.
    Result<void> recordRewritten(const char *table, qint64 incidentId);
    template <typename Key>
    bool exists(const char *sql, const Key &key) const;
    void readDetails(Incident &incident) const;
    // "what: the database's last error".
    Result<void> failure(const QString &what) const;

    std::unique_ptr<SqliteDatabase> m_db;
    std::unique_ptr<SqliteControlBackend> m_control;
    QString m_reason;
    // While addAll loads: the incidents with ids past this are new.
    std::optional<qint64> m_bulkAfter;
};

} // namespace conflictmap
