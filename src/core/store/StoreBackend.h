// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "archive/Document.h"
#include "model/HistoryEntry.h"
#include "model/Incident.h"
#include "model/IncidentType.h"
#include "model/SourceCitation.h"
#include "model/TeamUser.h"
#include "store/ControlBackend.h"
#include "store/IncidentFilter.h"
#include "store/IncidentPoints.h"
#include "store/IncidentRow.h"
#include "store/IncidentShape.h"
#include "store/TableRows.h"

#include <QDate>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace conflictmap {

// What a database does for IncidentStore: one implementation per kind of
// database (SQLite file, PostgreSQL server), holding no rules. IncidentStore
// validates and places every record before it asks a backend to write it,
// and runs the writes of one change inside writeAll.
class StoreBackend {
public:
    virtual ~StoreBackend() = default;

    // The file's path or the server's URI (without a password): what error
    // messages name.
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    // The schema version it is at (this conflictmap's: older ones are
    // upgraded when opened to write, or refused).
    virtual int schemaVersion() const = 0;
    // Changes each time another connection commits; compare to notice.
    virtual qint64 dataVersion() const = 0;
    // Whether the connection to a server is up (a file's always is): down
    // after the server restarted or the network failed, seen at the next
    // statement or dataVersion().
    virtual bool isConnected() const = 0;
    // One step of connecting again, never waiting: true once connected with
    // the session as it was (dataVersion() then changes: others' commits
    // meanwhile went unannounced), false while trying; a failure ends this
    // attempt (call again to start another).
    virtual Result<bool> reconnect() = 0;
    // Runs 'writes' as one transaction: all of them or none. Nested calls
    // are part of the outermost one.
    virtual Result<void> writeAll(const std::function<Result<void>()> &writes) = 0;
    // Why the writes from now on are made: kept with each change in the
    // history (empty: no reason given).
    virtual void setChangeReason(const QString &reason) = 0;
    // The same for many incidents added at once: a backend may defer its
    // indexing to the end.
    virtual Result<void> addAll(const std::function<Result<void>()> &adds) = 0;

    // --- sources
    virtual Result<qint64> insertSource(const Source &source) = 0;
    virtual std::optional<qint64> sourceWithUrl(const QString &url) const = 0;
    // A source without a url, by title and publisher.
    virtual std::optional<qint64> sourceWithoutUrl(const QString &title, const QString &publisher) const = 0;
    virtual bool hasSource(qint64 id) const = 0;
    virtual std::optional<Source> source(qint64 id) const = 0;
    virtual std::vector<Source> sources() const = 0;

    // --- incidents
    // Writes the incident with its actors, regions and claims under 'id'
    // (else the next id never given); 'digest' is an import's content digest.
    virtual Result<qint64> insertIncident(const Incident &incident, std::optional<qint64> digest, std::optional<qint64> id) = 0;
    // Replaces a stored incident's fields, actors and regions (not its
    // claims). Created stays unless the incident gives one; updated is the
    // incident's. With a digest, the import's digest is replaced too.
    virtual Result<void> updateIncident(const Incident &incident, std::optional<qint64> digest) = 0;
    // Stores a document unless one with its hash is stored already.
    virtual Result<void> putDocument(const Document &document) = 0;
    virtual std::optional<Document> document(const QString &sha256, bool withContent) const = 0;
    // Every stored document with its bytes, one at a time, by hash.
    virtual Result<void> scanDocuments(const std::function<void(const Document &)> &visit) const = 0;
    // The sources that have the document, by id.
    virtual std::vector<qint64> sourcesOf(const QString &sha256) const = 0;
    // Grades a source (reliability A–F, empty for none) or a claim
    // (credibility 1–6, none); false: there is no such record.
    virtual Result<bool> updateReliability(qint64 sourceId, const QString &reliability) = 0;
    virtual Result<bool> updateCredibility(qint64 claimId, std::optional<int> credibility) = 0;
    // The claims resting on source 'sourceId', with their incidents, by claim id.
    virtual std::vector<SourceCitation> citationsOf(qint64 sourceId) const = 0;

    // false: there is no such incident. With a version, only the incident
    // at that version is deleted: another one is refused with
    // ErrorCode::Conflict.
    virtual Result<bool> deleteIncident(qint64 id, std::optional<qint64> version) = 0;
    virtual bool hasIncident(qint64 id) const = 0;
    // The stored incident imported under (dataset, importId): its id and
    // the digest it was imported with.
    struct Imported {
        qint64 id = 0;
        std::optional<qint64> digest;
    };
    virtual std::optional<Imported> imported(const QString &dataset, const QString &importId) const = 0;

    // --- claims
    virtual Result<qint64> insertClaim(qint64 incidentId, const Claim &claim) = 0;
    // Replaces all claims of an incident (new claim ids).
    virtual Result<void> replaceClaims(qint64 incidentId, const std::vector<Claim> &claims) = 0;
    // false: there is no such claim.
    virtual Result<bool> deleteClaim(qint64 claimId) = 0;

    // --- reading (see IncidentStore)
    virtual std::optional<Incident> incident(qint64 id) const = 0;
    virtual Result<std::vector<Incident>> incidents(const IncidentFilter &filter) const = 0;
    virtual Result<qint64> scan(const IncidentFilter &filter, const std::function<bool(const IncidentRow &)> &visit) const = 0;
    virtual Result<IncidentPoints> points(const IncidentFilter &filter) const = 0;
    virtual Result<std::vector<IncidentShape>> shapes(const IncidentFilter &filter) const = 0;
    virtual qint64 incidentCount() const = 0;
    virtual Result<qint64> count(const IncidentFilter &filter) const = 0;
    virtual std::vector<std::pair<QDate, int>> incidentCountsByDay() const = 0;
    virtual std::map<QString, int> incidentCountsByRegion() const = 0;

    // --- incident types
    virtual std::vector<IncidentType> incidentTypes() const = 0;
    virtual std::optional<IncidentType> incidentType(const QString &name) const = 0;
    virtual Result<void> insertIncidentType(const IncidentType &type) = 0;

    virtual ControlBackend &control() = 0;
    virtual const ControlBackend &control() const = 0;

    // --- the history of changes, newest first
    virtual Result<std::vector<HistoryEntry>> history(const HistoryQuery &query) const = 0;

    // --- whole tables row by row, as stored: what a copy between
    // databases reads and writes
    virtual std::unique_ptr<TableRows> tableRows() const = 0;

    // --- the team (a server database's; a file has one user and no roles)
    // Who writes: the server's user, or the file's owner on this machine.
    virtual TeamUser self() const = 0;
    virtual Result<std::vector<TeamUser>> users() const = 0;
    virtual Result<void> addUser(const QString &name, UserRole role, const QString &password) = 0;
    virtual Result<void> setUserRole(const QString &name, UserRole role) = 0;

protected:
    // A write refused because the incident is no longer at the version read.
    static Error otherVersion(qint64 id, qint64 stored, qint64 read)
    {
        return Error{ErrorCode::Conflict, QStringLiteral("version"),
            QStringLiteral("incident %1 is at version %2, not %3").arg(id).arg(stored).arg(read)};
    }
};

} // namespace conflictmap
