// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "archive/Document.h"
#include "archive/DocumentCheck.h"
#include "model/Incident.h"
#include "model/IncidentType.h"
#include "store/ControlStore.h"
#include "store/IncidentFilter.h"
#include "store/IncidentPoints.h"
#include "store/IncidentRow.h"
#include "store/IncidentShape.h"
#include "store/StoreAccess.h"
#include "store/StoreBackend.h"

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace conflictmap {

class BoundaryLayer;

// The incident database: sources, incidents with their actors, and the
// claims that link them, in an SQLite file or on a PostgreSQL server (a
// StoreBackend). The rules live here, once for every backend: every write
// is validated and placed here, whoever calls (app, CLI, import), and is one
// transaction: a failed write leaves the database as it was.
//
// The boundary layer places incidents (which unit contains a point, the
// representative point of a unit); without one, reading works and writing
// incidents fails with a clear error.
class IncidentStore {
public:
    // 'location' is an SQLite file's path or a PostgreSQL URI
    // (postgresql://… or postgres://…, libpq's; its password, if any, is
    // never shown: better in ~/.pgpass or $PGPASSWORD).
    static Result<std::unique_ptr<IncidentStore>> open(
        const QString &location, std::shared_ptr<const BoundaryLayer> layer, StoreAccess access = StoreAccess::ReadWrite);
    // Opens a store over a backend already opened.
    IncidentStore(std::unique_ptr<StoreBackend> backend, QString location, std::shared_ptr<const BoundaryLayer> layer);
    ~IncidentStore();
    // $CONFLICTMAP_DB if set, else $XDG_DATA_HOME/conflictmap/incidents.sqlite
    // (~/.local/share/conflictmap/incidents.sqlite).
    static QString defaultPath();
    // Whether a location names a PostgreSQL database rather than a file.
    static bool isServerUri(const QString &location);
    // Whether there is a conflictmap database at 'location': a file, or a
    // server database with conflictmap's schema. Fails when it cannot tell
    // (a server that is down, a database of another program).
    static Result<bool> exists(const QString &location);

    // What it was opened with, to open it again (a URI may hold a password:
    // never shown); displayName() is what messages show.
    const QString &location() const { return m_location; }
    QString displayName() const { return m_backend->location(); }
    bool isReadOnly() const { return m_backend->isReadOnly(); }
    int schemaVersion() const { return m_backend->schemaVersion(); }
    const BoundaryLayer *layer() const { return m_layer.get(); }
    // Places the incidents written from now on in another layer's units.
    void setLayer(std::shared_ptr<const BoundaryLayer> layer) { m_layer = std::move(layer); }

    Result<qint64> addSource(const Source &source);
    // Adds a source with the document it was read from: the document's bytes
    // are stored once, however many sources share them (by their SHA-256).
    Result<qint64> addSource(Source source, const Document &document);
    // The readable text of a source: its document's, else the text it was
    // given (empty when it has neither).
    QString sourceText(const Source &source) const;
    // The same, with its document already read (none when it has none).
    static QString sourceText(const Source &source, const std::optional<Document> &document);
    // For each claim, whether its quote occurs in its source's text
    // (QuoteLocation); none when it has no quote or its source no text to
    // look in. Each source's text is read once.
    std::vector<std::optional<bool>> quotesInSources(const std::vector<Claim> &claims) const;
    // A stored document by its SHA-256, its bytes only when asked for.
    std::optional<Document> document(const QString &sha256, bool withContent = false) const;
    // Hashes every stored document again: those whose bytes no longer match
    // the hash they are stored under.
    Result<DocumentCheck> verifyDocuments() const;
    // The id of a stored source with the same url or, for sources without
    // one, the same title and publisher; a new source otherwise.
    Result<qint64> findOrAddSource(const Source &source);
    std::optional<Source> source(qint64 id) const;
    // Grades a source: reliability A (completely reliable) to F (cannot be
    // judged), empty for none; or a claim: credibility 1 (confirmed) to 6
    // (cannot be judged), none for none. Kept in the history like any edit.
    Result<void> setReliability(qint64 sourceId, const QString &reliability);
    Result<void> setCredibility(qint64 claimId, std::optional<int> credibility);
    // The claims resting on a source, with their incidents.
    std::vector<SourceCitation> citationsOf(qint64 sourceId) const { return m_backend->citationsOf(sourceId); }
    bool hasSource(qint64 id) const;
    std::vector<Source> sources() const;

    // Adds an incident with its claims; returns its id.
    Result<qint64> addIncident(Incident incident);
    enum class ImportOutcome { Added, Updated, Unchanged };
    // Adds an incident read from a dataset; when one with its key
    // (importDataset, importId) is stored already, replaces that one's
    // fields, actors and claims if any of them differ from what was last
    // imported (its id and, unless given, its created time stay). Without
    // a key it is added.
    Result<ImportOutcome> importIncident(Incident incident);
    // Replaces an incident's fields and actors (claims stay as they are).
    // With the version it was read at (incident.version), refused with
    // ErrorCode::Conflict when someone changed it since, saying who, when
    // and in which fields theirs differs; nothing is overwritten.
    Result<void> updateIncident(Incident incident);
    // With the version it was read at, refused with ErrorCode::Conflict
    // when someone changed it since (saying who and when).
    Result<void> deleteIncident(qint64 id, std::optional<qint64> version = std::nullopt);
    // Makes the stored incident 'incident.id' exactly 'incident': fields,
    // actors and claims (claims get new ids). When it is not stored (it was
    // deleted), puts it back under its own id, created time included: what
    // undo and redo need, since ids are cited and never given twice.
    Result<void> putIncident(const Incident &incident);
    Result<qint64> addClaim(qint64 incidentId, const Claim &claim);
    Result<void> deleteClaim(qint64 claimId);
    std::optional<Incident> incident(qint64 id) const;
    Result<std::vector<Incident>> incidents(const IncidentFilter &filter = {}) const;
    // Streams the incidents the filter selects, in id order, without
    // holding them: 'visit' sees each row (return false to stop), from one
    // snapshot, and neither reads nor writes the store itself. Returns how
    // many were visited.
    Result<qint64> scan(const IncidentFilter &filter, const std::function<bool(const IncidentRow &)> &visit) const;
    // What the map and list need of the incidents the filter selects, in
    // list order: one sequential read, no text (see IncidentPoints).
    Result<IncidentPoints> points(const IncidentFilter &filter) const;
    // The shapes (lines, areas, several points) of the incidents a filter
    // selects, in one query, by id; incidents at one point have none.
    Result<std::vector<IncidentShape>> shapes(const IncidentFilter &filter) const;
    qint64 incidentCount() const;
    // How many incidents the filter selects (its limit aside).
    Result<qint64> count(const IncidentFilter &filter) const;

    std::vector<IncidentType> incidentTypes() const;
    std::optional<IncidentType> incidentType(const QString &name) const;
    Result<void> addIncidentType(const IncidentType &type);

    // Why the writes from now on are made, kept in the history with each
    // change they make (empty: no reason).
    void setChangeReason(const QString &reason) { m_backend->setChangeReason(reason); }
    // Every change to incidents, claims, sources and areas, newest first:
    // who, when, why, the record before and after.
    Result<std::vector<HistoryEntry>> history(const HistoryQuery &query) const { return m_backend->history(query); }
    // Makes an incident again what the history's change 'changeId' left it
    // (for a deletion: what it was before, with the claims deleted with it),
    // actors included, as a new change of its own. Its claims, when it is
    // still stored, stay as they are. Returns the incident's id.
    Result<qint64> restoreChange(qint64 changeId);

    // --- the team: on a server database, its users and their roles, which
    // the server enforces; a file has one user (this machine's) and no roles.
    TeamUser self() const { return m_backend->self(); }
    Result<std::vector<TeamUser>> users() const { return m_backend->users(); }
    // 'name': lowercase letters, digits and '_'; the password may be empty
    // (a user who connects without one, as over a local socket).
    Result<void> addUser(const QString &name, UserRole role, const QString &password);
    Result<void> setUserRole(const QString &name, UserRole role);
    // Incidents per first day of their date period, oldest first.
    std::vector<std::pair<QDate, int>> incidentCountsByDay() const;
    // Incidents per region code (country codes for country precision); a
    // line or area counts in every unit it touches.
    std::map<QString, int> incidentCountsByRegion() const;

    // Territorial control, in the same file.
    ControlStore &control() { return *m_control; }
    const ControlStore &control() const { return *m_control; }

    // Changes each time another connection (another process: the CLI, a
    // second app) commits to the database; compare to notice them.
    qint64 dataVersion() const;
    // A server database's connection (see StoreBackend): whether it is up,
    // and a step of making it again.
    bool isConnected() const { return m_backend->isConnected(); }
    Result<bool> reconnect() { return m_backend->reconnect(); }

    // The tables row by row as stored (DatabaseCopy copies through them).
    std::unique_ptr<TableRows> tableRows() const { return m_backend->tableRows(); }

    // Runs 'writes' as one transaction: all of them or none.
    Result<void> writeAll(const std::function<Result<void>()> &writes);
    // The same for writes that only add incidents (with their claims and
    // sources), many of them: the spatial and full-text indexes are built
    // for the new incidents in one pass at the end.
    Result<void> addAll(const std::function<Result<void>()> &adds);

private:
    Result<void> prepareIncident(Incident &incident) const;
    // The conflict of saving 'mine' over 'theirs', stored since it was read.
    Result<void> changedMeanwhile(const Incident &mine, const Incident &theirs) const;
    // "incident N was changed by USER at TIME UTC after you read it".
    static QString changedSinceRead(const Incident &theirs);

    std::unique_ptr<StoreBackend> m_backend;
    QString m_location;
    std::shared_ptr<const BoundaryLayer> m_layer;
    std::unique_ptr<ControlStore> m_control;
};

} // namespace conflictmap
