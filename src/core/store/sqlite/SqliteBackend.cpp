// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/sqlite/SqliteBackend.h"

#include "geo/Wkb.h"
#include "store/ClaimRow.h"
#include "store/HistoryRow.h"
#include "store/IncidentColumns.h"
#include "store/IncidentPointsBuilder.h"
#include "store/IncidentScan.h"
#include "store/RollbackJournalScope.h"
#include "store/Schema.h"
#include "store/SearchText.h"
#include "store/SqliteDatabase.h"
#include "store/VocabularyReader.h"
#include "store/sqlite/SqliteChosenIncidents.h"
#include "store/sqlite/SqliteTableRows.h"

#include <QFileInfo>

#include <QRandomGenerator>
#include <QScopeGuard>

#include <functional>
#include <unordered_map>

#include <sqlite3.h>

namespace conflictmap {

namespace {
using ClaimRow::now;
using ClaimRow::readDate;
using ClaimRow::readSource;
using IncidentColumns::readIncident;

QString dateText(const std::optional<PartialDate> &date)
{
    return date ? date->toString() : QString();
}

const QByteArray kSelectSource = QByteArray("SELECT ") + ClaimRow::kSourceColumns + " FROM sources s";

const QByteArray kSelectIncident = "SELECT "
    + QString::fromLatin1(IncidentColumns::kColumns).arg(QLatin1String("i.geometry")).toLatin1() + " FROM incidents i";

// Binds an incident's fields as parameters 1 to 16 and 30 to 32, in the
// column order of the INSERT and UPDATE statements.
void bindFields(SqliteStatement &statement, const Incident &incident)
{
    statement.bind(1, incident.type)
        .bind(2, incident.title)
        .bind(3, incident.description)
        .bind(4, incident.date->toString())
        .bind(5, incident.date->precisionName())
        .bind(6, incident.date->first().toString(Qt::ISODate))
        .bind(7, IncidentColumns::lastDay(incident).toString(Qt::ISODate))
        .bind(8, incident.lon)
        .bind(9, incident.lat)
        .bind(10, toString(incident.precision))
        .bind(11, incident.region)
        .bind(12, toString(incident.status))
        .bind(13, incident.fatalities)
        .bind(14, incident.equipment)
        .bind(15, incident.quantity)
        .bind(16, incident.extra)
        .bind(30, incident.dateUntil ? incident.dateUntil->toString() : QString())
        .bind(31, incident.fatalitiesLow)
        .bind(32, incident.fatalitiesHigh);
}

// Binds a shape's WKB and its box (west, south, east, north) as parameters
// 'first' to 'first' + 4; NULL for an incident at a point.
void bindShape(SqliteStatement &statement, int first, const Incident &incident)
{
    if (!incident.shape) {
        for (int i = 0; i < 5; ++i)
            statement.bindNull(first + i);
        return;
    }
    const QRectF box = incident.shape->bounds();
    statement.bindBlob(first, Wkb::write(*incident.shape))
        .bind(first + 1, box.left())
        .bind(first + 2, box.top())
        .bind(first + 3, box.right())
        .bind(first + 4, box.bottom());
}

// geometry_meets_box(wkb, west, south, east, north): whether a stored shape
// has some part in the box (west beyond east: across the antimeridian).
// The spatial index finds shapes whose box meets the view's; this decides.
void geometryMeetsBox(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *bytes = static_cast<const char *>(sqlite3_value_blob(values[0]));
    const Result<Geometry> shape = Wkb::read(QByteArray(bytes, sqlite3_value_bytes(values[0])));
    if (!shape) {
        sqlite3_result_int(context, 0);
        return;
    }
    const double west = sqlite3_value_double(values[1]), south = sqlite3_value_double(values[2]);
    const double east = sqlite3_value_double(values[3]), north = sqlite3_value_double(values[4]);
    auto box = [&](double w, double e) { return QRectF(QPointF(w, south), QPointF(e, north)); };
    const bool meets
        = west <= east ? shape->meets(box(west, east)) : shape->meets(box(west, 180)) || shape->meets(box(-180, east));
    sqlite3_result_int(context, meets ? 1 : 0);
}
} // namespace

Result<std::unique_ptr<SqliteBackend>> SqliteBackend::open(const QString &path, StoreAccess access)
{
    using R = Result<std::unique_ptr<SqliteBackend>>;
    // A file the user may not write is opened read-only: reading works,
    // writing says why it cannot.
    const QFileInfo info(path);
    if (access == StoreAccess::ReadWrite && info.exists() && !info.isWritable())
        access = StoreAccess::ReadOnly;
    auto db = SqliteDatabase::open(
        path, access == StoreAccess::ReadOnly ? SqliteDatabase::Mode::ReadOnly : SqliteDatabase::Mode::ReadWrite);
    if (!db)
        return R::failure(db.problem());
    if (auto migrated = Schema::migrate(*db.value()); !migrated)
        return R::failure(migrated.problem());
    std::unique_ptr<SqliteBackend> backend(new SqliteBackend);
    backend->m_db = std::move(db.value());
    backend->m_control = std::make_unique<SqliteControlBackend>(*backend->m_db, backend->m_user);
    sqlite3_create_function_v2(backend->m_db->handle(), "geometry_meets_box", 5, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
        geometryMeetsBox, nullptr, nullptr, nullptr);
    return R(std::move(backend));
}

SqliteBackend::~SqliteBackend() = default;

QString SqliteBackend::location() const
{
    return m_db->path();
}

bool SqliteBackend::isReadOnly() const
{
    return m_db->isReadOnly();
}

int SqliteBackend::schemaVersion() const
{
    return Schema::currentVersion();
}

template <typename Key>
bool SqliteBackend::exists(const char *sql, const Key &key) const
{
    CachedStatement select = m_db->cached(sql);
    select->bind(1, key);
    return select->next();
}

Result<void> SqliteBackend::failure(const QString &what) const
{
    return Result<void>::failure(QStringLiteral("%1: %2").arg(what, m_db->lastError()));
}

qint64 SqliteBackend::dataVersion() const
{
    CachedStatement version = m_db->cached("PRAGMA data_version");
    return version->next() ? version->integer(0) : -1;
}

Result<void> SqliteBackend::writeAll(const std::function<Result<void>()> &writes)
{
    if (m_db->isReadOnly())
        return Result<void>::failure(QStringLiteral("%1: the database is open read-only").arg(location()));
    const bool outermost = sqlite3_get_autocommit(m_db->handle()) != 0;
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot start a transaction"));
    // Who and why, for the history's triggers, for this transaction only:
    // another program's writes are kept with neither.
    if (outermost) {
        CachedStatement context = m_db->cached("INSERT INTO change_context (tx, by_user, reason) VALUES (?1, ?2, ?3)");
        // Any number no other transaction had: the history's rows of this one share it.
        const qint64 tx = qint64(QRandomGenerator::global()->generate64() >> 1);
        context->bind(1, tx).bind(2, m_user).bind(3, m_reason.isEmpty() ? QString() : m_reason);
        if (!m_db->exec("DELETE FROM change_context") || !context->run())
            return failure(QStringLiteral("cannot start a transaction"));
    }
    Result<void> result = writes();
    if (!result)
        return result; // rolled back by the transaction
    if (outermost && !m_db->exec("DELETE FROM change_context"))
        return failure(QStringLiteral("cannot commit"));
    if (!transaction.commit())
        return failure(QStringLiteral("cannot commit"));
    return result;
}

Result<void> SqliteBackend::addAll(const std::function<Result<void>()> &adds)
{
    if (m_bulkAfter)
        return adds(); // part of the bulk load under way
    const RollbackJournalScope written(*m_db);
    return writeAll([&]() -> Result<void> {
        // Indexing and recording row by row, interleaved with the other
        // writes, costs far more than doing it for the new rows in one pass
        // at the end: the insert triggers go for the length of this
        // transaction (a failure rolls their removal back with everything
        // else) and come back as they were. Incidents get ids past every
        // id there is, so the new ones are those past the largest now.
        CachedStatement last = m_db->cached("SELECT coalesce(max(id), 0) FROM incidents");
        const qint64 before = last->next() ? last->integer(0) : 0;
        m_bulkAfter = before;
        const auto bulkOver = qScopeGuard([this] { m_bulkAfter.reset(); });
        return Schema::withoutTriggers(*m_db,
            "name IN ('incidents_indexed', 'claims_added', 'incidents_history_insert', 'claims_history_insert',"
            " 'incident_actors_history_insert')",
            [&]() -> Result<void> {
                if (auto added = adds(); !added)
                    return added;
                static const QByteArray sql[] = {Schema::historyOfInsertsSql("incidents", "r.id > ?1"),
                    Schema::historyOfInsertsSql("incident_actors", "r.incident_id > ?1"),
                    Schema::historyOfInsertsSql("claims", "r.incident_id > ?1"), Schema::indexLocationSql() + " WHERE i.id > ?1",
                    Schema::indexTextSql() + " WHERE i.id > ?1"};
                for (const QByteArray &pass : sql) {
                    CachedStatement statement = m_db->cached(pass.constData());
                    statement->bind(1, before);
                    if (!statement->run())
                        return failure(QStringLiteral("cannot index the new incidents"));
                }
                return {};
            });
    });
}

Result<void> SqliteBackend::recordRewritten(const char *table, qint64 incidentId)
{
    // New incidents are recorded at the end of the bulk load; the rows of
    // one it rewrote are recorded here, as its insert trigger would have.
    if (!m_bulkAfter || incidentId > *m_bulkAfter)
        return {};
    const QByteArray sql = Schema::historyOfInsertsSql(table, "r.incident_id = ?1");
    CachedStatement record = m_db->cached(sql.constData());
    record->bind(1, incidentId);
    if (!record->run())
        return failure(QStringLiteral("cannot record the change of incident %1").arg(incidentId));
    return {};
}

// --- sources -------------------------------------------------------------------

Result<qint64> SqliteBackend::insertSource(const Source &source)
{
    qint64 id = 0;
    auto written = writeAll([&]() -> Result<void> {
        CachedStatement insert
            = m_db->cached("INSERT INTO sources (title, url, publisher, language, published, retrieved, text, created,"
                           " created_by, updated_by, document, file_name, reliability)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12)");
        insert->bind(1, source.title)
            .bind(2, source.url)
            .bind(3, source.publisher)
            .bind(4, source.language)
            .bind(5, dateText(source.published))
            .bind(6, dateText(source.retrieved))
            .bind(7, source.text)
            .bind(8, now())
            .bind(9, m_user)
            .bind(10, source.document)
            .bind(11, source.fileName)
            .bind(12, source.reliability);
        if (!insert->run())
            return failure(QStringLiteral("cannot add the source"));
        id = m_db->lastInsertId();
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.problem());
}

std::optional<qint64> SqliteBackend::sourceWithUrl(const QString &url) const
{
    CachedStatement existing = m_db->cached("SELECT id FROM sources WHERE url = ?1");
    existing->bind(1, url);
    return existing->next() ? std::optional<qint64>(existing->integer(0)) : std::nullopt;
}

std::optional<qint64> SqliteBackend::sourceWithoutUrl(const QString &title, const QString &publisher) const
{
    CachedStatement existing = m_db->cached("SELECT id FROM sources WHERE url IS NULL AND title = ?1 AND publisher IS ?2");
    existing->bind(1, title).bind(2, publisher);
    return existing->next() ? std::optional<qint64>(existing->integer(0)) : std::nullopt;
}

bool SqliteBackend::hasSource(qint64 id) const
{
    return exists("SELECT 1 FROM sources WHERE id = ?1", id);
}

std::optional<Source> SqliteBackend::source(qint64 id) const
{
    static const QByteArray sql = kSelectSource + " WHERE s.id = ?1";
    CachedStatement select = m_db->cached(sql.constData());
    select->bind(1, id);
    if (!select->next())
        return std::nullopt;
    return readSource(*select);
}

std::vector<Source> SqliteBackend::sources() const
{
    std::vector<Source> all;
    SqliteStatement select = m_db->prepare((kSelectSource + " ORDER BY s.id").constData());
    while (select.next())
        all.push_back(readSource(select));
    return all;
}

// --- incidents ---------------------------------------------------------------------

Result<void> SqliteBackend::writeActors(qint64 incidentId, const std::vector<Actor> &actors, bool replacing)
{
    if (replacing) {
        // Unchanged actors are not written again: the history keeps changes.
        std::vector<Actor> stored;
        CachedStatement read
            = m_db->cached("SELECT actor, side, actor_type FROM incident_actors WHERE incident_id = ?1 ORDER BY position");
        read->bind(1, incidentId);
        while (read->next())
            stored.push_back({read->text(0), read->text(1), read->text(2)});
        if (stored == actors)
            return {};
        CachedStatement clear = m_db->cached("DELETE FROM incident_actors WHERE incident_id = ?1");
        clear->bind(1, incidentId);
        if (!clear->run())
            return failure(QStringLiteral("cannot write actors"));
    }
    CachedStatement insert = m_db->cached(
        "INSERT INTO incident_actors (incident_id, position, actor, side, actor_type) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (size_t i = 0; i < actors.size(); ++i) {
        insert->reset();
        insert->bind(1, incidentId).bind(2, qint64(i)).bind(3, actors[i].name).bind(4, actors[i].side).bind(5, actors[i].type);
        if (!insert->run())
            return failure(QStringLiteral("cannot write actors"));
    }
    return replacing ? recordRewritten("incident_actors", incidentId) : Result<void>();
}

Result<void> SqliteBackend::writeRegions(qint64 incidentId, const std::vector<RegionShare> &shares, bool replacing)
{
    if (!replacing && shares.empty())
        return {}; // a point added: nothing to write, not even a statement to look up
    if (replacing) {
        CachedStatement clear = m_db->cached("DELETE FROM incident_regions WHERE incident_id = ?1");
        clear->bind(1, incidentId);
        if (!clear->run())
            return failure(QStringLiteral("cannot write the regions of incident %1").arg(incidentId));
    }
    CachedStatement insert
        = m_db->cached("INSERT INTO incident_regions (incident_id, position, region, share) VALUES (?1, ?2, ?3, ?4)");
    for (size_t i = 0; i < shares.size(); ++i) {
        insert->reset();
        insert->bind(1, incidentId).bind(2, qint64(i)).bind(3, shares[i].region).bind(4, shares[i].share);
        if (!insert->run())
            return failure(QStringLiteral("cannot write the regions of incident %1").arg(incidentId));
    }
    return {};
}

Result<qint64> SqliteBackend::insertClaim(qint64 incidentId, const Claim &claim)
{
    CachedStatement insert
        = m_db->cached("INSERT INTO claims (incident_id, source_id, claimant, stance, quote, translation, created, created_by,"
                       " updated_by, credibility) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)");
    insert->bind(1, incidentId)
        .bind(2, claim.sourceId)
        .bind(3, claim.claimant)
        .bind(4, toString(claim.stance))
        .bind(5, claim.quote)
        .bind(6, claim.translation)
        .bind(7, now())
        .bind(8, m_user)
        .bind(9, ClaimRow::credibilityOf(claim));
    if (!insert->run())
        return Result<qint64>::failure(QStringLiteral("cannot add the claim: %1").arg(m_db->lastError()));
    return m_db->lastInsertId();
}
Result<qint64> SqliteBackend::insertIncident(
    const Incident &incident, std::optional<qint64> digest, std::optional<qint64> givenId)
{
    qint64 id = 0;
    auto written = writeAll([&]() -> Result<void> {
        // Actors and claims first (their keys are checked at commit): the
        // incident's full-text row is then written once, claims included.
        // Past every id ever given (AUTOINCREMENT's record), not only the
        // ids there are: a deleted incident's id is never given again.
        CachedStatement next = m_db->cached("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'incidents'), 0),"
                                            " coalesce((SELECT max(id) FROM incidents), 0)) + 1");
        if (!next->next())
            return failure(QStringLiteral("cannot add the incident"));
        id = givenId.value_or(next->integer(0));
        if (auto actors = writeActors(id, incident.actors, false); !actors)
            return actors;
        if (auto regions = writeRegions(id, incident.regionShares, false); !regions)
            return regions;
        for (const Claim &claim : incident.claims)
            if (auto added = insertClaim(id, claim); !added)
                return Result<void>::failure(added.problem());
        CachedStatement insert = m_db->cached(
            "INSERT INTO incidents (type, title, description, date, date_precision, date_start, date_end, lon, lat,"
            " precision, region, status, fatalities, equipment, quantity, extra, created, updated, id, import_dataset,"
            " import_id, import_digest, geometry, west, south, east, north, created_by, updated_by, date_until,"
            " fatalities_low, fatalities_high)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22,"
            " ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)");
        bindFields(*insert, incident);
        bindShape(*insert, 23, incident);
        const QString created = incident.created.isEmpty() ? now() : incident.created;
        insert->bind(17, created)
            .bind(18, incident.updated.isEmpty() ? created : incident.updated)
            .bind(19, id)
            .bind(20, incident.importDataset)
            .bind(21, incident.importId)
            .bind(22, digest);
        const QString author = incident.createdBy.isEmpty() ? m_user : incident.createdBy;
        insert->bind(28, author).bind(29, incident.updatedBy.isEmpty() ? author : incident.updatedBy);
        if (!insert->run())
            return failure(QStringLiteral("cannot add the incident"));
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.problem());
}

Result<void> SqliteBackend::updateIncident(const Incident &incident, std::optional<qint64> digest)
{
    return writeAll([&]() -> Result<void> {
        CachedStatement update = m_db->cached(
            "UPDATE incidents SET type = ?1, title = ?2, description = ?3, date = ?4, date_precision = ?5, date_start = ?6,"
            " date_end = ?7, lon = ?8, lat = ?9, precision = ?10, region = ?11, status = ?12, fatalities = ?13,"
            " equipment = ?14, quantity = ?15, extra = ?16, created = coalesce(?17, created), updated = ?18,"
            " import_digest = coalesce(?19, import_digest), geometry = ?21, west = ?22, south = ?23, east = ?24, north = ?25,"
            " updated_by = ?26, date_until = ?30, fatalities_low = ?31, fatalities_high = ?32, version = version + 1"
            " WHERE id = ?20 AND (?27 IS NULL OR version = ?27)");
        bindFields(*update, incident);
        bindShape(*update, 21, incident);
        update->bind(17, incident.created).bind(18, incident.updated).bind(19, digest).bind(20, incident.id).bind(26, m_user);
        update->bind(27, incident.version > 0 ? std::optional<qint64>(incident.version) : std::nullopt);
        if (!update->run())
            return failure(QStringLiteral("cannot update incident %1").arg(incident.id));
        // Writers queue on the database's lock: no row means someone changed
        // it between the caller's read and this write.
        if (m_db->changes() == 0) {
            CachedStatement now = m_db->cached("SELECT version FROM incidents WHERE id = ?1");
            now->bind(1, incident.id);
            if (now->next())
                return Result<void>::failure(otherVersion(incident.id, now->integer(0), incident.version));
        }
        if (auto regions = writeRegions(incident.id, incident.regionShares, true); !regions)
            return regions;
        return writeActors(incident.id, incident.actors, true);
    });
}

// --- documents ------------------------------------------------------------------------

Result<void> SqliteBackend::putDocument(const Document &document)
{
    CachedStatement insert = m_db->cached("INSERT INTO documents (sha256, media_type, size, content, text, encoding, created,"
                                          " created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (sha256) DO NOTHING");
    insert->bind(1, document.sha256)
        .bind(2, document.mediaType)
        .bind(3, document.size)
        .bind(5, document.text)
        .bind(6, document.encoding)
        .bind(7, document.stored)
        .bind(8, m_user);
    insert->bindBlob(4, document.content);
    if (!insert->run())
        return failure(QStringLiteral("cannot store the document %1").arg(document.sha256));
    return {};
}

std::optional<Document> SqliteBackend::document(const QString &sha256, bool withContent) const
{
    CachedStatement select = m_db->cached(withContent
            ? "SELECT sha256, media_type, size, text, encoding, created, content FROM documents WHERE sha256 = ?1"
            : "SELECT sha256, media_type, size, text, encoding, created FROM documents WHERE sha256 = ?1");
    select->bind(1, sha256);
    if (!select->next())
        return std::nullopt;
    Document document{withContent ? select->blob(6) : QByteArray(), select->text(0), select->text(1), select->integer(2),
        select->text(3), select->text(4), QString(), select->text(5)};
    return document;
}

Result<void> SqliteBackend::scanDocuments(const std::function<void(const Document &)> &visit) const
{
    SqliteStatement select = m_db->prepare("SELECT sha256, content FROM documents ORDER BY sha256");
    while (select.next()) {
        Document document;
        document.sha256 = select.text(0);
        document.content = select.blob(1);
        visit(document);
    }
    if (select.failed())
        return Result<void>::failure(QStringLiteral("%1: cannot read the documents: %2").arg(location(), m_db->lastError()));
    return {};
}

std::vector<qint64> SqliteBackend::sourcesOf(const QString &sha256) const
{
    std::vector<qint64> ids;
    CachedStatement select = m_db->cached("SELECT id FROM sources WHERE document = ?1 ORDER BY id");
    select->bind(1, sha256);
    while (select->next())
        ids.push_back(select->integer(0));
    return ids;
}

Result<bool> SqliteBackend::updateReliability(qint64 sourceId, const QString &reliability)
{
    CachedStatement update = m_db->cached("UPDATE sources SET reliability = ?2 WHERE id = ?1");
    update->bind(1, sourceId).bind(2, reliability); // empty binds NULL
    if (!update->run())
        return Result<bool>::failure(failure(QStringLiteral("cannot grade source %1").arg(sourceId)).error());
    return m_db->changes() > 0;
}

Result<bool> SqliteBackend::updateCredibility(qint64 claimId, std::optional<int> credibility)
{
    CachedStatement update = m_db->cached("UPDATE claims SET credibility = ?2 WHERE id = ?1");
    update->bind(1, claimId).bind(2, credibility ? std::optional<qint64>(*credibility) : std::optional<qint64>());
    if (!update->run())
        return Result<bool>::failure(failure(QStringLiteral("cannot grade claim %1").arg(claimId)).error());
    return m_db->changes() > 0;
}

std::vector<SourceCitation> SqliteBackend::citationsOf(qint64 sourceId) const
{
    static const QByteArray sql = QByteArray("SELECT c.incident_id, i.title, ") + ClaimRow::kColumns
        + " FROM claims c JOIN sources s ON s.id = c.source_id JOIN incidents i ON i.id = c.incident_id"
          " WHERE c.source_id = ?1 ORDER BY c.id";
    std::vector<SourceCitation> citations;
    CachedStatement select = m_db->cached(sql.constData());
    select->bind(1, sourceId);
    while (select->next())
        citations.push_back({select->integer(0), select->text(1), ClaimRow::readClaim(*select, 2)});
    return citations;
}

Result<bool> SqliteBackend::deleteIncident(qint64 id, std::optional<qint64> version)
{
    CachedStatement remove = m_db->cached("DELETE FROM incidents WHERE id = ?1 AND (?2 IS NULL OR version = ?2)");
    remove->bind(1, id).bind(2, version);
    if (!remove->run())
        return Result<bool>::failure(failure(QStringLiteral("cannot delete incident %1").arg(id)).error());
    if (m_db->changes() > 0)
        return true;
    CachedStatement now = m_db->cached("SELECT version FROM incidents WHERE id = ?1");
    now->bind(1, id);
    if (version && now->next())
        return Result<bool>::failure(otherVersion(id, now->integer(0), *version));
    return false;
}

bool SqliteBackend::hasIncident(qint64 id) const
{
    return exists("SELECT 1 FROM incidents WHERE id = ?1", id);
}

std::optional<StoreBackend::Imported> SqliteBackend::imported(const QString &dataset, const QString &importId) const
{
    CachedStatement stored = m_db->cached("SELECT id, import_digest FROM incidents WHERE import_dataset = ?1 AND import_id = ?2");
    stored->bind(1, dataset).bind(2, importId);
    if (!stored->next())
        return std::nullopt;
    return Imported{stored->integer(0), stored->optionalInteger(1)};
}

Result<void> SqliteBackend::replaceClaims(qint64 incidentId, const std::vector<Claim> &claims)
{
    return writeAll([&]() -> Result<void> {
        CachedStatement clear = m_db->cached("DELETE FROM claims WHERE incident_id = ?1");
        clear->bind(1, incidentId);
        if (!clear->run())
            return failure(QStringLiteral("cannot replace the claims of incident %1").arg(incidentId));
        for (const Claim &claim : claims)
            if (auto added = insertClaim(incidentId, claim); !added)
                return Result<void>::failure(added.problem());
        if (auto recorded = recordRewritten("claims", incidentId); !recorded)
            return recorded;
        // The claims' trigger is off during a bulk import (addAll): their
        // text is indexed here.
        static const QByteArray reindex
            = "UPDATE incident_text SET claims = " + Schema::indexedClaimsSql("?1") + " WHERE rowid = ?1";
        CachedStatement text = m_db->cached(reindex.constData());
        text->bind(1, incidentId);
        if (!text->run())
            return failure(QStringLiteral("cannot index incident %1").arg(incidentId));
        return {};
    });
}

Result<bool> SqliteBackend::deleteClaim(qint64 claimId)
{
    CachedStatement remove = m_db->cached("DELETE FROM claims WHERE id = ?1");
    remove->bind(1, claimId);
    if (!remove->run())
        return Result<bool>::failure(failure(QStringLiteral("cannot delete claim %1").arg(claimId)).error());
    return m_db->changes() > 0;
}

void SqliteBackend::readDetails(Incident &incident) const
{
    CachedStatement actors
        = m_db->cached("SELECT actor, side, actor_type FROM incident_actors WHERE incident_id = ?1 ORDER BY position");
    actors->bind(1, incident.id);
    while (actors->next())
        incident.actors.push_back({actors->text(0), actors->text(1), actors->text(2)});
    static const QByteArray sql = QByteArray("SELECT ") + ClaimRow::kColumns
        + " FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.incident_id = ?1 ORDER BY c.id";
    CachedStatement claims = m_db->cached(sql.constData());
    claims->bind(1, incident.id);
    while (claims->next())
        incident.claims.push_back(ClaimRow::readClaim(*claims));
    if (!incident.shape)
        return;
    CachedStatement regions = m_db->cached("SELECT region, share FROM incident_regions WHERE incident_id = ?1 ORDER BY position");
    regions->bind(1, incident.id);
    while (regions->next())
        incident.regionShares.push_back({regions->text(0), regions->real(1)});
}

std::optional<Incident> SqliteBackend::incident(qint64 id) const
{
    static const QByteArray sql = kSelectIncident + " WHERE i.id = ?1";
    CachedStatement select = m_db->cached(sql.constData());
    select->bind(1, id);
    if (!select->next())
        return std::nullopt;
    Incident incident = readIncident(*select);
    readDetails(incident);
    return incident;
}

namespace {
// The WHERE clause of a filter over "incidents i", and its parameters.
// Only fixed fragments go into the SQL; every value is bound, with the same
// numbers in every statement the clause is used in.
struct FilterClause {
    QByteArray where; // empty, or " WHERE ..."
};

FilterClause filterClause(const IncidentFilter &filter)
{
    QStringList conditions;
    // A line or area is found by every unit it touches.
    if (!filter.region.isEmpty())
        conditions << (filter.region.contains(QLatin1Char('-'))
                ? QStringLiteral("i.id IN (SELECT id FROM incidents WHERE region = ?1"
                                 " UNION SELECT incident_id FROM incident_regions WHERE region = ?1)")
                : QStringLiteral("i.id IN (SELECT id FROM incidents WHERE region = ?1 OR region LIKE ?1 || '-%'"
                                 " UNION SELECT incident_id FROM incident_regions WHERE region LIKE ?1 || '-%')"));
    if (!filter.type.isEmpty())
        conditions << QStringLiteral("i.type = ?2");
    if (!filter.status.isEmpty())
        conditions << QStringLiteral("i.status = ?3");
    if (filter.since)
        conditions << QStringLiteral("i.date_end >= ?4");
    if (filter.until)
        conditions << QStringLiteral("i.date_start <= ?5");
    if (filter.bbox) {
        // The R*Tree keeps 32-bit floats rounded outwards: it finds the
        // candidates, the exact coordinates decide; for a line or area its
        // box, then the shape itself (an area around the view is in it
        // though its point is not). West beyond east: the box crosses the
        // antimeridian.
        conditions << (filter.bbox->left() <= filter.bbox->right()
                ? QStringLiteral("i.id IN (SELECT id FROM incident_location WHERE max_lon >= ?6 AND min_lon <= ?7"
                                 " AND max_lat >= ?8 AND min_lat <= ?9) AND CASE WHEN i.geometry IS NULL"
                                 " THEN i.lon BETWEEN ?6 AND ?7 AND i.lat BETWEEN ?8 AND ?9"
                                 " ELSE i.east >= ?6 AND i.west <= ?7 AND i.north >= ?8 AND i.south <= ?9"
                                 " AND geometry_meets_box(i.geometry, ?6, ?8, ?7, ?9) END")
                : QStringLiteral("i.id IN (SELECT id FROM incident_location WHERE (max_lon >= ?6 OR min_lon <= ?7)"
                                 " AND max_lat >= ?8 AND min_lat <= ?9) AND CASE WHEN i.geometry IS NULL"
                                 " THEN (i.lon >= ?6 OR i.lon <= ?7) AND i.lat BETWEEN ?8 AND ?9"
                                 " ELSE (i.east >= ?6 OR i.west <= ?7) AND i.north >= ?8 AND i.south <= ?9"
                                 " AND geometry_meets_box(i.geometry, ?6, ?8, ?7, ?9) END"));
    }
    if (!SearchText::matchQuery(filter.text).isEmpty())
        conditions << QStringLiteral("i.id IN (SELECT rowid FROM incident_text WHERE incident_text MATCH ?10)");
    if (!filter.reliability.isEmpty() || filter.credibility > 0)
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.incident_id = i.id%1%2)")
                          .arg(filter.reliability.isEmpty() ? QString() : QStringLiteral(" AND s.reliability <= ?11"),
                              filter.credibility > 0 ? QStringLiteral(" AND c.credibility <= ?12") : QString());
    FilterClause clause;
    if (!conditions.isEmpty())
        clause.where = " WHERE " + conditions.join(QStringLiteral(" AND ")).toUtf8();
    return clause;
}

void bindFilter(SqliteStatement &statement, const IncidentFilter &filter)
{
    statement.bind(1, filter.region).bind(2, filter.type).bind(3, filter.status);
    if (filter.since)
        statement.bind(4, filter.since->toString(Qt::ISODate));
    if (filter.until)
        statement.bind(5, filter.until->toString(Qt::ISODate));
    if (filter.bbox)
        statement.bind(6, filter.bbox->left())
            .bind(7, filter.bbox->right())
            .bind(8, filter.bbox->top())
            .bind(9, filter.bbox->bottom());
    statement.bind(10, SearchText::matchQuery(filter.text));
    if (!filter.reliability.isEmpty())
        statement.bind(11, filter.reliability);
    if (filter.credibility > 0)
        statement.bind(12, qint64(filter.credibility));
}
} // namespace

Result<std::vector<Incident>> SqliteBackend::incidents(const IncidentFilter &filter) const
{
    using R = Result<std::vector<Incident>>;
    // The rows, then their actors, claims and regions in one query each (not
    // three per incident), all from one snapshot.
    const SqliteReadSnapshot snapshot(*m_db);
    const QByteArray order = " ORDER BY i.date_start, i.id";
    const SqliteChosenIncidents chosen(*m_db, filterClause(filter).where,
        filter.limit >= 0 ? order + " LIMIT " + QByteArray::number(filter.limit) : QByteArray(),
        [&](SqliteStatement &statement) { bindFilter(statement, filter); });
    if (!chosen.isValid())
        return R::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));
    std::vector<Incident> all;
    std::unordered_map<qint64, size_t> indexOf;
    SqliteStatement select = m_db->prepare((kSelectIncident + chosen.whereIn("i.id") + order).constData());
    while (select.next()) {
        all.push_back(readIncident(select));
        indexOf.emplace(all.back().id, all.size() - 1);
    }
    if (select.failed()) // a statement that could not be prepared counts as failed
        return R::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));
    // Rows whose first column is an incident's id, each given to its incident.
    struct Details {
        QByteArray sql;
        std::function<void(const SqliteStatement &, Incident &)> add;
    };
    for (const Details &details : {
             Details{"SELECT incident_id, actor, side, actor_type FROM incident_actors" + chosen.whereIn("incident_id")
                     + " ORDER BY incident_id, position",
                 [](const SqliteStatement &row, Incident &incident) {
                     incident.actors.push_back({row.text(1), row.text(2), row.text(3)});
                 }},
             Details{QByteArray("SELECT c.incident_id, ") + ClaimRow::kColumns
                     + " FROM claims c JOIN sources s ON s.id = c.source_id" + chosen.whereIn("c.incident_id")
                     + " ORDER BY c.incident_id, c.id",
                 [](const SqliteStatement &row, Incident &incident) { incident.claims.push_back(ClaimRow::readClaim(row, 1)); }},
             Details{"SELECT incident_id, region, share FROM incident_regions" + chosen.whereIn("incident_id")
                     + " ORDER BY incident_id, position",
                 [](const SqliteStatement &row, Incident &incident) {
                     if (incident.shape) // a point's unit is its region, not a share of it
                         incident.regionShares.push_back({row.text(1), row.real(2)});
                 }},
         }) {
        SqliteStatement rows = m_db->prepare(details.sql.constData());
        while (rows.next())
            if (const auto it = indexOf.find(rows.integer(0)); it != indexOf.end())
                details.add(rows, all[it->second]);
        if (rows.failed())
            return R::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));
    }
    return all;
}

Result<qint64> SqliteBackend::scan(const IncidentFilter &filter, const std::function<bool(const IncidentRow &)> &visit) const
{
    using R = Result<qint64>;
    // Four sequential cursors in incident order, merged: no query per
    // incident, and nothing held but the current one. The filter chooses
    // the incidents once; the cursors read them from one snapshot.
    const SqliteReadSnapshot snapshot(*m_db);
    const SqliteChosenIncidents chosen(
        *m_db, filterClause(filter).where, {}, [&](SqliteStatement &statement) { bindFilter(statement, filter); });
    if (!chosen.isValid())
        return R::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));
    SqliteStatement incidents = m_db->prepare(
        ("SELECT i.id, i.lon, i.lat, i.fatalities, i.quantity, i.type, i.title, i.description, i.date, i.date_precision,"
         " i.precision, i.region, i.status, i.equipment, i.created, i.updated, i.extra, i.geometry, i.date_until,"
         " i.fatalities_low, i.fatalities_high FROM incidents i"
            + chosen.whereIn("i.id") + " ORDER BY i.id")
            .constData());
    SqliteStatement actors = m_db->prepare(("SELECT incident_id, actor, side, actor_type FROM incident_actors"
        + chosen.whereIn("incident_id") + " ORDER BY incident_id, position")
                                               .constData());
    SqliteStatement claims = m_db->prepare(
        ("SELECT c.incident_id, c.claimant, c.stance, c.quote, c.translation, s.title, s.url, s.publisher, s.language,"
         " s.published, s.document, s.reliability, c.credibility FROM claims c JOIN sources s ON s.id = c.source_id"
            + chosen.whereIn("c.incident_id") + " ORDER BY c.incident_id, c.id")
            .constData());
    SqliteStatement regions = m_db->prepare(("SELECT incident_id, region, share FROM incident_regions"
        + chosen.whereIn("incident_id") + " ORDER BY incident_id, position")
                                                .constData());
    if (!incidents.isValid() || !actors.isValid() || !claims.isValid() || !regions.isValid())
        return R::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));

    const qint64 count = mergeScan(
        incidents, actors, claims, regions, [](const SqliteStatement &s) { return s.bytes(17); }, visit);
    if (incidents.failed() || actors.failed() || claims.failed() || regions.failed())
        return R::failure(QStringLiteral("cannot read incidents: %1").arg(m_db->lastError()));
    return count;
}

Result<IncidentPoints> SqliteBackend::points(const IncidentFilter &filter) const
{
    using R = Result<IncidentPoints>;
    // Read in table order and sorted here: walking the date index instead
    // visits the table's pages at random, five times slower at a million.
    QByteArray sql("SELECT i.id, i.lon, i.lat, i.type, i.status, i.precision, i.region, i.date_start FROM incidents i");
    sql += filterClause(filter).where;
    SqliteStatement select = m_db->prepare(sql.constData());
    if (!select.isValid())
        return R::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));
    bindFilter(select, filter);
    IncidentPointsBuilder points;
    while (select.next())
        points.add(select.integer(0), select.real(1), select.real(2), select.bytes(3), select.bytes(4), select.bytes(5),
            select.bytes(6), select.bytes(7));
    if (select.failed())
        return R::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));
    return points.finish(filter.limit);
}

Result<std::vector<IncidentShape>> SqliteBackend::shapes(const IncidentFilter &filter) const
{
    using R = Result<std::vector<IncidentShape>>;
    const QByteArray where = filterClause(filter).where;
    QByteArray sql("SELECT i.id, t.family, i.status, i.geometry FROM incidents i JOIN incident_types t ON t.name = i.type");
    sql += where + (where.isEmpty() ? " WHERE" : " AND") + " i.geometry IS NOT NULL ORDER BY i.id";
    if (filter.limit >= 0)
        sql += " LIMIT " + QByteArray::number(filter.limit);
    SqliteStatement select = m_db->prepare(sql.constData());
    if (!select.isValid())
        return R::failure(QStringLiteral("cannot query shapes: %1").arg(m_db->lastError()));
    bindFilter(select, filter);
    std::vector<IncidentShape> shapes;
    VocabularyReader<IncidentStatus> status;
    while (select.next()) {
        Result<Geometry> geometry = Wkb::read(select.blob(3));
        if (!geometry)
            return R::failure(QStringLiteral("incident %1: %2").arg(select.integer(0)).arg(geometry.error()));
        shapes.push_back(
            {select.integer(0), select.text(1), status(select.bytes(2), IncidentStatus::Reported), std::move(geometry.value())});
    }
    if (select.failed())
        return R::failure(QStringLiteral("cannot query shapes: %1").arg(m_db->lastError()));
    return shapes;
}

qint64 SqliteBackend::incidentCount() const
{
    CachedStatement count = m_db->cached("SELECT count(*) FROM incidents");
    return count->next() ? count->integer(0) : 0;
}

Result<qint64> SqliteBackend::count(const IncidentFilter &filter) const
{
    SqliteStatement select = m_db->prepare(("SELECT count(*) FROM incidents i" + filterClause(filter).where).constData());
    if (!select.isValid())
        return Result<qint64>::failure(QStringLiteral("cannot count incidents: %1").arg(m_db->lastError()));
    bindFilter(select, filter);
    if (!select.next())
        return Result<qint64>::failure(QStringLiteral("cannot count incidents: %1").arg(m_db->lastError()));
    return select.integer(0);
}

// --- taxonomy and regions ------------------------------------------------------------

std::vector<IncidentType> SqliteBackend::incidentTypes() const
{
    std::vector<IncidentType> all;
    CachedStatement select
        = m_db->cached("SELECT name, label, family, is_deployment, builtin FROM incident_types ORDER BY builtin DESC, rowid");
    while (select->next())
        all.push_back({select->text(0), select->text(1), select->text(2), select->integer(3) != 0, select->integer(4) != 0});
    return all;
}

std::optional<IncidentType> SqliteBackend::incidentType(const QString &name) const
{
    CachedStatement select
        = m_db->cached("SELECT name, label, family, is_deployment, builtin FROM incident_types WHERE name = ?1");
    select->bind(1, name);
    if (!select->next())
        return std::nullopt;
    return IncidentType{select->text(0), select->text(1), select->text(2), select->integer(3) != 0, select->integer(4) != 0};
}

Result<void> SqliteBackend::insertIncidentType(const IncidentType &type)
{
    return writeAll([&]() -> Result<void> {
        SqliteStatement insert = m_db->prepare(
            "INSERT INTO incident_types (name, label, family, is_deployment, builtin) VALUES (?1, ?2, ?3, ?4, 0)");
        insert.bind(1, type.name)
            .bind(2, type.label.isEmpty() ? type.name : type.label)
            .bind(3, type.family)
            .bind(4, type.deployment ? 1 : 0);
        if (!insert.run())
            return failure(QStringLiteral("cannot add the incident type"));
        return {};
    });
}

std::vector<std::pair<QDate, int>> SqliteBackend::incidentCountsByDay() const
{
    std::vector<std::pair<QDate, int>> counts;
    CachedStatement select = m_db->cached("SELECT date_start, count(*) FROM incidents GROUP BY date_start ORDER BY date_start");
    while (select->next())
        counts.emplace_back(QDate::fromString(select->text(0), Qt::ISODate), int(select->integer(1)));
    return counts;
}

std::map<QString, int> SqliteBackend::incidentCountsByRegion() const
{
    std::map<QString, int> counts;
    // A line or area counts in every unit it touches.
    CachedStatement select
        = m_db->cached("SELECT region, count(*) FROM (SELECT region FROM incidents WHERE region IS NOT NULL AND geometry IS NULL"
                       " UNION ALL SELECT region FROM incident_regions) GROUP BY region");
    while (select->next())
        counts[select->text(0)] = int(select->integer(1));
    return counts;
}

// --- history -----------------------------------------------------------------------------

Result<std::vector<HistoryEntry>> SqliteBackend::history(const HistoryQuery &query) const
{
    static const QByteArray columns
        = QString::fromLatin1(HistoryRow::kColumns).arg(QLatin1String("h.before, h.after")).toLatin1();
    std::vector<qint64> values;
    QByteArray sql = "SELECT " + columns + " FROM history h"
        + HistoryRow::whereClause(
            query, "json_extract(coalesce(h.after, h.before), '$.incident_id') = %1",
            [](int n) { return "?" + QByteArray::number(n); }, &values)
        + " ORDER BY h.id DESC";
    if (query.limit >= 0)
        sql += " LIMIT " + QByteArray::number(query.limit);
    CachedStatement select = m_db->cached(sql.constData());
    for (size_t i = 0; i < values.size(); ++i)
        select->bind(int(i) + 1, values[i]);
    std::vector<HistoryEntry> entries;
    while (select->next())
        entries.push_back(HistoryRow::readEntry(*select));
    if (select->failed())
        return Result<std::vector<HistoryEntry>>::failure(
            QStringLiteral("%1: cannot read the history: %2").arg(location(), m_db->lastError()));
    return entries;
}

// --- the team ---------------------------------------------------------------------------

TeamUser SqliteBackend::self() const
{
    return {m_user, UserRole::Admin, true};
}

Result<std::vector<TeamUser>> SqliteBackend::users() const
{
    return Result<std::vector<TeamUser>>::failure(noTeam());
}

Result<void> SqliteBackend::addUser(const QString &, UserRole, const QString &)
{
    return Result<void>::failure(noTeam());
}

Result<void> SqliteBackend::setUserRole(const QString &, UserRole)
{
    return Result<void>::failure(noTeam());
}

QString SqliteBackend::noTeam() const
{
    return QStringLiteral("%1: a file has no users or roles: they are a team database's, on a PostgreSQL server").arg(location());
}

std::unique_ptr<TableRows> SqliteBackend::tableRows() const
{
    return std::make_unique<SqliteTableRows>(*m_db);
}

} // namespace conflictmap