// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/postgres/PostgresBackend.h"

#include "geo/Wkb.h"
#include "store/ClaimRow.h"
#include "store/HistoryRow.h"
#include "store/IncidentColumns.h"
#include "store/IncidentPointsBuilder.h"
#include "store/IncidentScan.h"
#include "store/SearchText.h"
#include "store/VocabularyReader.h"
#include "store/postgres/PgConnection.h"
#include "store/postgres/PgCursor.h"
#include "store/postgres/PgRow.h"
#include "store/postgres/PgSchema.h"
#include "store/postgres/PgTableRows.h"
#include "store/postgres/PgTeam.h"
#include "store/postgres/PgTransaction.h"

#include <functional>
#include <unordered_map>

namespace conflictmap {

namespace {
using ClaimRow::now;

QString dateText(const std::optional<PartialDate> &date)
{
    return date ? date->toString() : QString();
}

const QByteArray kSelectSource = QByteArray("SELECT ") + ClaimRow::kSourceColumns + " FROM sources s";
const QByteArray kSelectIncident = "SELECT "
    + QString::fromLatin1(IncidentColumns::kColumns).arg(QLatin1String("ST_AsBinary(i.geometry)")).toLatin1()
    + " FROM incidents i";

// An incident's fields, in the column order of the INSERT and UPDATE
// statements: type to extra, then the geometry.
std::vector<PgParam> fieldParams(const Incident &incident)
{
    return {incident.type, incident.title, incident.description, incident.date->toString(), incident.date->precisionName(),
        incident.date->first().toString(Qt::ISODate), IncidentColumns::lastDay(incident).toString(Qt::ISODate), incident.lon,
        incident.lat, toString(incident.precision), incident.region, toString(incident.status), incident.fatalities,
        incident.equipment, incident.quantity, incident.extra,
        incident.shape ? PgParam::bytea(Wkb::write(*incident.shape)) : PgParam()};
}

// The columns added in version 10, after the others of the INSERT and
// UPDATE statements: date_until, fatalities_low, fatalities_high.
void appendRangeParams(std::vector<PgParam> &params, const Incident &incident)
{
    for (PgParam param : {PgParam(incident.dateUntil ? incident.dateUntil->toString() : QString()),
             PgParam(incident.fatalitiesLow), PgParam(incident.fatalitiesHigh)})
        params.push_back(std::move(param));
}

// The WHERE clause of a filter over "incidents i" and its values ($1…).
struct FilterClause {
    QByteArray where; // empty, or " WHERE ..."
    std::vector<PgParam> params;

    QByteArray idsWhere(const char *column) const
    {
        return where.isEmpty() ? QByteArray()
                               : " WHERE " + QByteArray(column) + " IN (SELECT i.id FROM incidents i" + where + ")";
    }
};

FilterClause filterClause(const IncidentFilter &filter)
{
    FilterClause clause;
    auto value = [&](PgParam param) {
        clause.params.push_back(std::move(param));
        return QStringLiteral("$%1").arg(clause.params.size());
    };
    QStringList conditions;
    // A line or area is found by every unit it touches.
    if (!filter.region.isEmpty()) {
        const QString region = value(filter.region);
        conditions << (filter.region.contains(QLatin1Char('-'))
                ? QStringLiteral("i.id IN (SELECT id FROM incidents WHERE region = %1"
                                 " UNION SELECT incident_id FROM incident_regions WHERE region = %1)")
                      .arg(region)
                : QStringLiteral("i.id IN (SELECT id FROM incidents WHERE region = %1 OR starts_with(region, %1 || '-')"
                                 " UNION SELECT incident_id FROM incident_regions WHERE starts_with(region, %1 || '-'))")
                      .arg(region));
    }
    if (!filter.type.isEmpty())
        conditions << QStringLiteral("i.type = %1").arg(value(filter.type));
    if (!filter.status.isEmpty())
        conditions << QStringLiteral("i.status = %1").arg(value(filter.status));
    if (filter.since)
        conditions << QStringLiteral("i.date_end >= %1").arg(value(filter.since->toString(Qt::ISODate)));
    if (filter.until)
        conditions << QStringLiteral("i.date_start <= %1").arg(value(filter.until->toString(Qt::ISODate)));
    if (filter.bbox) {
        // The footprint (shape, else point) meets the box, edges included;
        // west beyond east: the box crosses the antimeridian.
        const QString west = value(filter.bbox->left()), east = value(filter.bbox->right());
        const QString south = value(filter.bbox->top()), north = value(filter.bbox->bottom());
        auto meets = [&](const QString &w, const QString &e) {
            return QStringLiteral("ST_Intersects(i.footprint, ST_MakeEnvelope(%1, %2, %3, %4, 4326))").arg(w, south, e, north);
        };
        conditions << (filter.bbox->left() <= filter.bbox->right()
                ? meets(west, east)
                : QStringLiteral("(%1 OR %2)").arg(meets(west, QStringLiteral("180")), meets(QStringLiteral("-180"), east)));
    }
    if (const QString query = SearchText::tsQuery(filter.text); !query.isEmpty())
        conditions << QStringLiteral("i.id IN (SELECT incident_id FROM incident_search"
                                     " WHERE document @@ to_tsquery('simple', conflictmap_fold(%1)))")
                          .arg(value(query));
    if (!filter.reliability.isEmpty() || filter.credibility > 0)
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.incident_id = i.id%1%2)")
                          .arg(filter.reliability.isEmpty()
                                  ? QString()
                                  : QStringLiteral(" AND s.reliability <= %1").arg(value(filter.reliability)),
                              filter.credibility > 0
                                  ? QStringLiteral(" AND c.credibility <= %1").arg(value(qint64(filter.credibility)))
                                  : QString());
    if (!conditions.isEmpty())
        clause.where = " WHERE " + conditions.join(QStringLiteral(" AND ")).toUtf8();
    return clause;
}

QByteArray limitClause(const IncidentFilter &filter)
{
    return filter.limit >= 0 ? " LIMIT " + QByteArray::number(filter.limit) : QByteArray();
}
} // namespace

Result<std::unique_ptr<PostgresBackend>> PostgresBackend::open(const QString &uri, StoreAccess access)
{
    using R = Result<std::unique_ptr<PostgresBackend>>;
    auto db = PgConnection::open(uri);
    if (!db)
        return R::failure(db.problem());
    const QString name = PgConnection::redacted(uri);
    if (access == StoreAccess::ReadWrite) {
        if (auto migrated = PgSchema::migrate(*db.value(), name); !migrated)
            return R::failure(migrated.problem());
    } else {
        Result<int> version = PgSchema::version(*db.value(), name);
        if (!version)
            return R::failure(version.problem());
        if (*version != PgSchema::currentVersion())
            return R::failure(QStringLiteral("%1: schema version %2, this conflictmap reads %3 (open it once to write: it"
                                             " is upgraded then)")
                                  .arg(name)
                                  .arg(*version)
                                  .arg(PgSchema::currentVersion()));
    }
    if (Result<void> prepared = prepareSession(*db.value(), name, access == StoreAccess::ReadOnly); !prepared)
        return R::failure(prepared.problem());
    std::unique_ptr<PostgresBackend> backend(new PostgresBackend);
    backend->m_db = std::move(db.value());
    // Read once: a refused write's message needs it when its transaction
    // can run no more statements.
    backend->m_self = PgTeam(*backend->m_db, name).self();
    backend->m_control = std::make_unique<PostgresControlBackend>(*backend->m_db, backend->m_self);
    backend->m_name = name;
    backend->m_readOnly = access == StoreAccess::ReadOnly;
    return R(std::move(backend));
}

Result<void> PostgresBackend::prepareSession(PgConnection &db, const QString &name, bool readOnly)
{
    if (readOnly)
        if (PgResult set = db.exec("SET default_transaction_read_only = on"); !set.ok())
            return Result<void>::failure(QStringLiteral("%1: %2").arg(name, set.message()));
    if (PgResult listening = db.exec("LISTEN conflictmap_changes"); !listening.ok())
        return Result<void>::failure(QStringLiteral("%1: %2").arg(name, listening.message()));
    return {};
}

PostgresBackend::~PostgresBackend() = default;

bool PostgresBackend::isConnected() const
{
    return m_db->isAlive();
}

Result<bool> PostgresBackend::reconnect()
{
    using R = Result<bool>;
    if (!m_reconnecting) {
        if (!m_db->startReset())
            return R::failure(QStringLiteral("%1: cannot connect: %2").arg(m_name, m_db->lastError()));
        m_reconnecting.emplace();
        m_reconnecting->start();
    }
    switch (m_db->pollReset()) {
    case PgConnection::ResetState::Pending:
        // As the connect_timeout of a first connection.
        if (m_reconnecting->hasExpired(10000)) {
            m_reconnecting.reset();
            return R::failure(QStringLiteral("%1: cannot connect: no answer in 10 s").arg(m_name));
        }
        return false;
    case PgConnection::ResetState::Failed:
        m_reconnecting.reset();
        return R::failure(QStringLiteral("%1: cannot connect: %2").arg(m_name, m_db->lastError()));
    case PgConnection::ResetState::Done:
        break;
    }
    m_reconnecting.reset();
    if (Result<void> prepared = prepareSession(*m_db, m_name, m_readOnly); !prepared)
        return R::failure(prepared.problem());
    // What others committed while it was away was not announced to it.
    ++m_version;
    return true;
}

int PostgresBackend::schemaVersion() const
{
    return PgSchema::currentVersion();
}

Error PostgresBackend::failure(const QString &what, const PgResult &result) const
{
    return PgTeam::failure(what, result, m_self);
}

Error PostgresBackend::notYours(const QString &what, const char *table, qint64 id) const
{
    return PgTeam::notYours(*m_db, what, table, id, m_self);
}

qint64 PostgresBackend::dataVersion() const
{
    // A commit of another session's is announced; this session's own are not
    // news to it.
    // (Nothing is read from a connection being made again: that would
    // take the server's answers from the exchange that makes it.)
    if (m_reconnecting || !m_db->isAlive())
        return m_version;
    const int self = m_db->serverProcessId();
    for (const PgNotification &notification : m_db->notifications())
        if (notification.senderProcessId != self)
            ++m_version;
    return m_version;
}

Result<void> PostgresBackend::writeAll(const std::function<Result<void>()> &writes)
{
    if (m_readOnly)
        return Result<void>::failure(QStringLiteral("%1: the database is open read-only").arg(m_name));
    const bool outermost = !m_db->inTransaction();
    PgTransaction transaction(*m_db);
    if (!transaction.isActive())
        return Result<void>::failure(QStringLiteral("%1: cannot start a transaction: %2").arg(m_name, m_db->lastError()));
    // Why, for the history's trigger, for this transaction only.
    if (outermost && !m_reason.isEmpty())
        if (PgResult set = m_db->exec("SELECT set_config('conflictmap.reason', $1, true)", {m_reason}); !set.ok())
            return Result<void>::failure(failure(QStringLiteral("cannot start a transaction"), set));
    Result<void> result = writes();
    if (!result)
        return result; // rolled back by the transaction
    if (!transaction.commit())
        return Result<void>::failure(QStringLiteral("%1: cannot commit: %2").arg(m_name, m_db->lastError()));
    return result;
}

Result<void> PostgresBackend::addAll(const std::function<Result<void>()> &adds)
{
    return writeAll(adds);
}

// --- sources -------------------------------------------------------------------

Result<qint64> PostgresBackend::insertSource(const Source &source)
{
    PgResult inserted = m_db->exec("INSERT INTO sources (title, url, publisher, language, published, retrieved, text, created,"
                                   " document, file_name, reliability) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)"
                                   " RETURNING id",
        {source.title, source.url, source.publisher, source.language, dateText(source.published), dateText(source.retrieved),
            source.text, now(), source.document, source.fileName, source.reliability});
    if (!inserted.ok())
        return Result<qint64>::failure(failure(QStringLiteral("cannot add the source"), inserted));
    return inserted.integer(0, 0);
}

std::optional<qint64> PostgresBackend::sourceWithUrl(const QString &url) const
{
    PgResult found = m_db->exec("SELECT id FROM sources WHERE url = $1", {url});
    return found.ok() && found.rows() > 0 ? std::optional<qint64>(found.integer(0, 0)) : std::nullopt;
}

std::optional<qint64> PostgresBackend::sourceWithoutUrl(const QString &title, const QString &publisher) const
{
    PgResult found = m_db->exec(
        "SELECT id FROM sources WHERE url IS NULL AND title = $1 AND publisher IS NOT DISTINCT FROM $2 ORDER BY id LIMIT 1",
        {title, publisher});
    return found.ok() && found.rows() > 0 ? std::optional<qint64>(found.integer(0, 0)) : std::nullopt;
}

bool PostgresBackend::hasSource(qint64 id) const
{
    PgResult found = m_db->exec("SELECT 1 FROM sources WHERE id = $1", {id});
    return found.ok() && found.rows() > 0;
}

std::optional<Source> PostgresBackend::source(qint64 id) const
{
    PgResult found = m_db->exec((kSelectSource + " WHERE s.id = $1").constData(), {id});
    if (!found.ok() || found.rows() == 0)
        return std::nullopt;
    return ClaimRow::readSource(PgRow{found, 0});
}

std::vector<Source> PostgresBackend::sources() const
{
    std::vector<Source> all;
    PgResult found = m_db->exec((kSelectSource + " ORDER BY s.id").constData());
    for (int row = 0; found.ok() && row < found.rows(); ++row)
        all.push_back(ClaimRow::readSource(PgRow{found, row}));
    return all;
}

// --- incidents ---------------------------------------------------------------------

Result<void> PostgresBackend::writeDetails(const Incident &incident, bool replacing)
{
    // Unchanged actors are not written again: the history keeps changes.
    bool actorsStored = false;
    if (replacing) {
        PgResult stored = m_db->exec(
            "SELECT actor, side, actor_type FROM incident_actors WHERE incident_id = $1 ORDER BY position", {incident.id});
        std::vector<Actor> actors;
        for (int row = 0; stored.ok() && row < stored.rows(); ++row)
            actors.push_back({stored.text(row, 0), stored.text(row, 1), stored.text(row, 2)});
        actorsStored = stored.ok() && actors == incident.actors;
        PgResult cleared = m_db->exec(actorsStored ? "DELETE FROM incident_regions WHERE incident_id = $1"
                                                   : "WITH a AS (DELETE FROM incident_actors WHERE incident_id = $1) DELETE FROM "
                                                     "incident_regions WHERE incident_id = $1",
            {incident.id});
        if (!cleared.ok())
            return Result<void>::failure(failure(QStringLiteral("cannot write incident %1").arg(incident.id), cleared));
    }
    for (size_t i = 0; !actorsStored && i < incident.actors.size(); ++i) {
        const Actor &actor = incident.actors[i];
        PgResult added = m_db->exec(
            "INSERT INTO incident_actors (incident_id, position, actor, side, actor_type) VALUES ($1, $2, $3, $4, $5)",
            {incident.id, qint64(i), actor.name, actor.side, actor.type});
        if (!added.ok())
            return Result<void>::failure(failure(QStringLiteral("cannot write actors"), added));
    }
    for (size_t i = 0; i < incident.regionShares.size(); ++i) {
        PgResult added = m_db->exec("INSERT INTO incident_regions (incident_id, position, region, share) VALUES ($1, $2, $3, $4)",
            {incident.id, qint64(i), incident.regionShares[i].region, incident.regionShares[i].share});
        if (!added.ok())
            return Result<void>::failure(
                failure(QStringLiteral("cannot write the regions of incident %1").arg(incident.id), added));
    }
    return {};
}

Result<qint64> PostgresBackend::insertIncident(
    const Incident &incident, std::optional<qint64> digest, std::optional<qint64> givenId)
{
    qint64 id = 0;
    auto written = writeAll([&]() -> Result<void> {
        std::vector<PgParam> params = fieldParams(incident);
        const QString created = incident.created.isEmpty() ? now() : incident.created;
        for (PgParam param : {PgParam(created), PgParam(incident.updated.isEmpty() ? created : incident.updated),
                 PgParam(givenId), PgParam(incident.importDataset), PgParam(incident.importId), PgParam(digest),
                 PgParam(incident.createdBy), PgParam(incident.updatedBy)})
            params.push_back(std::move(param));
        appendRangeParams(params, incident);
        // Past every id ever given (the sequence's), not only the ids there
        // are: a deleted incident's id is never given again.
        PgResult inserted = m_db->exec(
            "INSERT INTO incidents (type, title, description, date, date_precision, date_start, date_end, lon, lat,"
            " precision, region, status, fatalities, equipment, quantity, extra, geometry, created, updated, id,"
            " import_dataset, import_id, import_digest, created_by, updated_by, date_until, fatalities_low, fatalities_high)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, ST_GeomFromWKB($17::bytea, 4326),"
            " $18, $19, coalesce($20::bigint, nextval('incidents_id_seq')), $21, $22, $23, nullif($24, ''), nullif($25, ''),"
            " $26, $27, $28)"
            " RETURNING id",
            params);
        if (!inserted.ok())
            return Result<void>::failure(failure(QStringLiteral("cannot add the incident"), inserted));
        id = inserted.integer(0, 0);
        Incident stored = incident;
        stored.id = id;
        if (auto details = writeDetails(stored, false); !details)
            return details;
        for (const Claim &claim : incident.claims)
            if (auto added = insertClaim(id, claim); !added)
                return Result<void>::failure(added.problem());
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.problem());
}

Result<void> PostgresBackend::updateIncident(const Incident &incident, std::optional<qint64> digest)
{
    return writeAll([&]() -> Result<void> {
        std::vector<PgParam> params = fieldParams(incident);
        const std::optional<qint64> version = incident.version > 0 ? std::optional<qint64>(incident.version) : std::nullopt;
        for (PgParam param :
            {PgParam(incident.created), PgParam(incident.updated), PgParam(digest), PgParam(incident.id), PgParam(version)})
            params.push_back(std::move(param));
        appendRangeParams(params, incident);
        // Only the version read, when one was: a colleague's commit in
        // between makes this update find no row.
        PgResult updated = m_db->exec(
            "UPDATE incidents SET type = $1, title = $2, description = $3, date = $4, date_precision = $5, date_start = $6,"
            " date_end = $7, lon = $8, lat = $9, precision = $10, region = $11, status = $12, fatalities = $13,"
            " equipment = $14, quantity = $15, extra = $16, geometry = ST_GeomFromWKB($17::bytea, 4326),"
            " created = coalesce($18, created), updated = $19, import_digest = coalesce($20, import_digest),"
            " date_until = $23, fatalities_low = $24, fatalities_high = $25, version = version + 1"
            " WHERE id = $21 AND ($22::bigint IS NULL OR version = $22)",
            params);
        if (!updated.ok())
            return Result<void>::failure(failure(QStringLiteral("cannot update incident %1").arg(incident.id), updated));
        if (updated.affectedRows() == 0) {
            if (PgResult now = m_db->exec("SELECT version FROM incidents WHERE id = $1", {incident.id});
                version && now.ok() && now.rows() == 1 && now.integer(0, 0) != *version)
                return Result<void>::failure(otherVersion(incident.id, now.integer(0, 0), *version));
            // The server's row-level security hides what this user may not change.
            return Result<void>::failure(
                notYours(QStringLiteral("cannot update incident %1").arg(incident.id), "incidents", incident.id));
        }
        return writeDetails(incident, true);
    });
}

// --- documents ------------------------------------------------------------------------

Result<void> PostgresBackend::putDocument(const Document &document)
{
    PgResult inserted = m_db->exec("INSERT INTO documents (sha256, media_type, size, content, text, encoding, created)"
                                   " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (sha256) DO NOTHING",
        {PgParam(document.sha256), PgParam(document.mediaType), PgParam(document.size), PgParam::bytea(document.content),
            PgParam(document.text), PgParam(document.encoding), PgParam(document.stored)});
    if (!inserted.ok())
        return Result<void>::failure(failure(QStringLiteral("cannot store the document %1").arg(document.sha256), inserted));
    return {};
}

std::optional<Document> PostgresBackend::document(const QString &sha256, bool withContent) const
{
    PgResult found = m_db->exec(withContent
            ? "SELECT sha256, media_type, size, text, encoding, created, content FROM documents WHERE sha256 = $1"
            : "SELECT sha256, media_type, size, text, encoding, created FROM documents WHERE sha256 = $1",
        {sha256});
    if (!found.ok() || found.rows() == 0)
        return std::nullopt;
    return Document{withContent ? found.bytea(0, 6) : QByteArray(), found.text(0, 0), found.text(0, 1), found.integer(0, 2),
        found.text(0, 3), found.text(0, 4), QString(), found.text(0, 5)};
}

Result<void> PostgresBackend::scanDocuments(const std::function<void(const Document &)> &visit) const
{
    // One at a time: documents may be large.
    PgTransaction reading(*m_db);
    PgCursor rows(*m_db, "scanned_documents", "SELECT sha256, content FROM documents ORDER BY sha256", {});
    while (rows.next()) {
        Document document;
        document.sha256 = rows.text(0);
        document.content = rows.blob(1);
        visit(document);
    }
    if (rows.failed())
        return Result<void>::failure(QStringLiteral("%1: cannot read the documents: %2").arg(location(), rows.error()));
    reading.commit();
    return {};
}

std::vector<qint64> PostgresBackend::sourcesOf(const QString &sha256) const
{
    std::vector<qint64> ids;
    PgResult found = m_db->exec("SELECT id FROM sources WHERE document = $1 ORDER BY id", {sha256});
    for (int row = 0; found.ok() && row < found.rows(); ++row)
        ids.push_back(found.integer(row, 0));
    return ids;
}

Result<bool> PostgresBackend::updateReliability(qint64 sourceId, const QString &reliability)
{
    const QString what = QStringLiteral("cannot grade source %1").arg(sourceId);
    PgResult updated = m_db->exec("UPDATE sources SET reliability = $2 WHERE id = $1",
        {PgParam(sourceId), reliability.isEmpty() ? PgParam() : PgParam(reliability)});
    if (!updated.ok())
        return Result<bool>::failure(failure(what, updated));
    if (updated.affectedRows() == 0)
        if (PgResult found = m_db->exec("SELECT 1 FROM sources WHERE id = $1", {sourceId}); found.ok() && found.rows() > 0)
            return Result<bool>::failure(notYours(what, "sources", sourceId));
    return updated.affectedRows() > 0;
}

Result<bool> PostgresBackend::updateCredibility(qint64 claimId, std::optional<int> credibility)
{
    const QString what = QStringLiteral("cannot grade claim %1").arg(claimId);
    PgResult updated = m_db->exec("UPDATE claims SET credibility = $2 WHERE id = $1",
        {PgParam(claimId), PgParam(credibility ? std::optional<qint64>(*credibility) : std::nullopt)});
    if (!updated.ok())
        return Result<bool>::failure(failure(what, updated));
    if (updated.affectedRows() == 0)
        if (PgResult found = m_db->exec("SELECT 1 FROM claims WHERE id = $1", {claimId}); found.ok() && found.rows() > 0)
            return Result<bool>::failure(notYours(what, "claims", claimId));
    return updated.affectedRows() > 0;
}

std::vector<SourceCitation> PostgresBackend::citationsOf(qint64 sourceId) const
{
    static const QByteArray sql = QByteArray("SELECT c.incident_id, i.title, ") + ClaimRow::kColumns
        + " FROM claims c JOIN sources s ON s.id = c.source_id JOIN incidents i ON i.id = c.incident_id"
          " WHERE c.source_id = $1 ORDER BY c.id";
    std::vector<SourceCitation> citations;
    PgResult found = m_db->exec(sql.constData(), {sourceId});
    for (int row = 0; found.ok() && row < found.rows(); ++row)
        citations.push_back({found.integer(row, 0), found.text(row, 1), ClaimRow::readClaim(PgRow{found, row}, 2)});
    return citations;
}

Result<bool> PostgresBackend::deleteIncident(qint64 id, std::optional<qint64> version)
{
    PgResult removed = m_db->exec(
        "DELETE FROM incidents WHERE id = $1 AND ($2::bigint IS NULL OR version = $2)", {PgParam(id), PgParam(version)});
    if (!removed.ok())
        return Result<bool>::failure(failure(QStringLiteral("cannot delete incident %1").arg(id), removed));
    if (removed.affectedRows() > 0)
        return true;
    if (PgResult now = m_db->exec("SELECT version FROM incidents WHERE id = $1", {id}); now.ok() && now.rows() == 1) {
        if (version && now.integer(0, 0) != *version)
            return Result<bool>::failure(otherVersion(id, now.integer(0, 0), *version));
        return Result<bool>::failure(notYours(QStringLiteral("cannot delete incident %1").arg(id), "incidents", id));
    }
    return false;
}

bool PostgresBackend::hasIncident(qint64 id) const
{
    PgResult found = m_db->exec("SELECT 1 FROM incidents WHERE id = $1", {id});
    return found.ok() && found.rows() > 0;
}

std::optional<StoreBackend::Imported> PostgresBackend::imported(const QString &dataset, const QString &importId) const
{
    PgResult found
        = m_db->exec("SELECT id, import_digest FROM incidents WHERE import_dataset = $1 AND import_id = $2", {dataset, importId});
    if (!found.ok() || found.rows() == 0)
        return std::nullopt;
    return Imported{found.integer(0, 0), found.optionalInteger(0, 1)};
}

// --- claims --------------------------------------------------------------------------

Result<qint64> PostgresBackend::insertClaim(qint64 incidentId, const Claim &claim)
{
    PgResult inserted = m_db->exec("INSERT INTO claims (incident_id, source_id, claimant, stance, quote, translation, created,"
                                   " credibility) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        {incidentId, claim.sourceId, claim.claimant, toString(claim.stance), claim.quote, claim.translation, now(),
            ClaimRow::credibilityOf(claim)});
    if (!inserted.ok())
        return Result<qint64>::failure(failure(QStringLiteral("cannot add the claim"), inserted));
    return inserted.integer(0, 0);
}

Result<void> PostgresBackend::replaceClaims(qint64 incidentId, const std::vector<Claim> &claims)
{
    return writeAll([&]() -> Result<void> {
        PgResult cleared = m_db->exec("DELETE FROM claims WHERE incident_id = $1", {incidentId});
        if (!cleared.ok())
            return Result<void>::failure(
                failure(QStringLiteral("cannot replace the claims of incident %1").arg(incidentId), cleared));
        // Colleagues' claims this user may not remove would stay beside the new ones.
        if (PgResult left = m_db->exec("SELECT id FROM claims WHERE incident_id = $1 LIMIT 1", {incidentId});
            left.ok() && left.rows() > 0)
            return Result<void>::failure(notYours(
                QStringLiteral("cannot replace the claims of incident %1").arg(incidentId), "claims", left.integer(0, 0)));
        for (const Claim &claim : claims)
            if (auto added = insertClaim(incidentId, claim); !added)
                return Result<void>::failure(added.problem());
        return {};
    });
}

Result<bool> PostgresBackend::deleteClaim(qint64 claimId)
{
    PgResult removed = m_db->exec("DELETE FROM claims WHERE id = $1", {claimId});
    if (!removed.ok())
        return Result<bool>::failure(failure(QStringLiteral("cannot delete claim %1").arg(claimId), removed));
    if (removed.affectedRows() == 0)
        if (PgResult found = m_db->exec("SELECT 1 FROM claims WHERE id = $1", {claimId}); found.ok() && found.rows() > 0)
            return Result<bool>::failure(notYours(QStringLiteral("cannot delete claim %1").arg(claimId), "claims", claimId));
    return removed.affectedRows() > 0;
}

// --- reading ---------------------------------------------------------------------------

void PostgresBackend::readDetails(Incident &incident) const
{
    PgResult actors = m_db->exec(
        "SELECT actor, side, actor_type FROM incident_actors WHERE incident_id = $1 ORDER BY position", {incident.id});
    for (int row = 0; actors.ok() && row < actors.rows(); ++row)
        incident.actors.push_back({actors.text(row, 0), actors.text(row, 1), actors.text(row, 2)});
    static const QByteArray sql = QByteArray("SELECT ") + ClaimRow::kColumns
        + " FROM claims c JOIN sources s ON s.id = c.source_id WHERE c.incident_id = $1 ORDER BY c.id";
    PgResult claims = m_db->exec(sql.constData(), {incident.id});
    for (int row = 0; claims.ok() && row < claims.rows(); ++row)
        incident.claims.push_back(ClaimRow::readClaim(PgRow{claims, row}));
    if (!incident.shape)
        return;
    PgResult regions
        = m_db->exec("SELECT region, share FROM incident_regions WHERE incident_id = $1 ORDER BY position", {incident.id});
    for (int row = 0; regions.ok() && row < regions.rows(); ++row)
        incident.regionShares.push_back({regions.text(row, 0), regions.real(row, 1)});
}

std::optional<Incident> PostgresBackend::incident(qint64 id) const
{
    PgResult found = m_db->exec((kSelectIncident + " WHERE i.id = $1").constData(), {id});
    if (!found.ok() || found.rows() == 0)
        return std::nullopt;
    Incident incident = IncidentColumns::readIncident(PgRow{found, 0});
    readDetails(incident);
    return incident;
}

Result<std::vector<Incident>> PostgresBackend::incidents(const IncidentFilter &filter) const
{
    using R = Result<std::vector<Incident>>;
    // The rows, then their actors, claims and regions in one query each (not
    // three round trips per incident), all from one snapshot.
    PgTransaction transaction(*m_db, PgTransaction::Snapshot::Whole);
    if (!transaction.isActive())
        return R::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));
    const FilterClause clause = filterClause(filter);
    const QByteArray order = " ORDER BY i.date_start, i.id" + limitClause(filter);
    std::vector<Incident> all;
    std::unordered_map<qint64, size_t> indexOf;
    {
        PgResult found = m_db->exec((kSelectIncident + clause.where + order).constData(), clause.params);
        if (!found.ok())
            return R::failure(failure(QStringLiteral("cannot query incidents"), found));
        all.reserve(size_t(found.rows()));
        for (int row = 0; row < found.rows(); ++row) {
            all.push_back(IncidentColumns::readIncident(PgRow{found, row}));
            indexOf.emplace(all.back().id, all.size() - 1);
        }
    } // its text freed before the details come
    // Every incident's when no filter or limit chose them.
    auto ofChosen = [&](const char *column) {
        return clause.where.isEmpty() && filter.limit < 0 ? QByteArray()
                                                          : " WHERE " + QByteArray(column) + " IN (SELECT i.id FROM incidents i"
                + clause.where + (filter.limit >= 0 ? order : QByteArray()) + ")";
    };
    // Rows whose first column is an incident's id, each given to its incident.
    struct Details {
        QByteArray sql;
        std::function<void(const PgRow &, Incident &)> add;
    };
    for (const Details &details : {
             Details{"SELECT incident_id, actor, side, actor_type FROM incident_actors" + ofChosen("incident_id")
                     + " ORDER BY incident_id, position",
                 [](const PgRow &row, Incident &incident) {
                     incident.actors.push_back({row.text(1), row.text(2), row.text(3)});
                 }},
             Details{QByteArray("SELECT c.incident_id, ") + ClaimRow::kColumns
                     + " FROM claims c JOIN sources s ON s.id = c.source_id" + ofChosen("c.incident_id")
                     + " ORDER BY c.incident_id, c.id",
                 [](const PgRow &row, Incident &incident) { incident.claims.push_back(ClaimRow::readClaim(row, 1)); }},
             Details{"SELECT incident_id, region, share FROM incident_regions" + ofChosen("incident_id")
                     + " ORDER BY incident_id, position",
                 [](const PgRow &row, Incident &incident) {
                     if (incident.shape) // a point's unit is its region, not a share of it
                         incident.regionShares.push_back({row.text(1), row.real(2)});
                 }},
         }) {
        PgResult rows = m_db->exec(details.sql.constData(), clause.params);
        if (!rows.ok())
            return R::failure(failure(QStringLiteral("cannot query incidents"), rows));
        for (int row = 0; row < rows.rows(); ++row)
            if (const auto it = indexOf.find(rows.integer(row, 0)); it != indexOf.end())
                details.add(PgRow{rows, row}, all[it->second]);
    }
    transaction.commit();
    return all;
}

Result<qint64> PostgresBackend::scan(const IncidentFilter &filter, const std::function<bool(const IncidentRow &)> &visit) const
{
    using R = Result<qint64>;
    // Four cursors in incident order, merged as SQLite's scan merges its
    // statements: nothing held but a batch of each. One snapshot, so the
    // details are of the rows read.
    PgTransaction transaction(*m_db, PgTransaction::Snapshot::Whole);
    if (!transaction.isActive())
        return R::failure(QStringLiteral("cannot read incidents: %1").arg(m_db->lastError()));
    const FilterClause clause = filterClause(filter);
    PgCursor incidents(*m_db, "scan_incidents",
        "SELECT i.id, i.lon, i.lat, i.fatalities, i.quantity, i.type, i.title, i.description, i.date, i.date_precision,"
        " i.precision, i.region, i.status, i.equipment, i.created, i.updated, i.extra, ST_AsBinary(i.geometry), i.date_until,"
        " i.fatalities_low, i.fatalities_high"
        " FROM incidents i"
            + clause.where + " ORDER BY i.id",
        clause.params);
    PgCursor actors(*m_db, "scan_actors",
        "SELECT incident_id, actor, side, actor_type FROM incident_actors" + clause.idsWhere("incident_id")
            + " ORDER BY incident_id, position",
        clause.params);
    PgCursor claims(*m_db, "scan_claims",
        "SELECT c.incident_id, c.claimant, c.stance, c.quote, c.translation, s.title, s.url, s.publisher, s.language,"
        " s.published, s.document, s.reliability, c.credibility FROM claims c JOIN sources s ON s.id = c.source_id"
            + clause.idsWhere("c.incident_id") + " ORDER BY c.incident_id, c.id",
        clause.params);
    PgCursor regions(*m_db, "scan_regions",
        "SELECT incident_id, region, share FROM incident_regions" + clause.idsWhere("incident_id")
            + " ORDER BY incident_id, position",
        clause.params);
    for (const PgCursor *cursor : {&incidents, &actors, &claims, &regions})
        if (!cursor->isValid())
            return R::failure(QStringLiteral("cannot query incidents: %1").arg(cursor->error()));

    QByteArray wkb; // decoded from the text result: the row's geometry points into it
    const qint64 count = mergeScan(
        incidents, actors, claims, regions,
        [&wkb](const PgCursor &c) {
            wkb = c.isNull(17) ? QByteArray() : c.blob(17);
            return std::string_view(wkb.constData(), size_t(wkb.size()));
        },
        visit);
    for (const PgCursor *cursor : {&incidents, &actors, &claims, &regions})
        if (cursor->failed())
            return R::failure(QStringLiteral("cannot read incidents: %1").arg(cursor->error()));
    transaction.commit();
    return count;
}

Result<IncidentPoints> PostgresBackend::points(const IncidentFilter &filter) const
{
    using R = Result<IncidentPoints>;
    PgTransaction transaction(*m_db);
    if (!transaction.isActive())
        return R::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));
    const FilterClause clause = filterClause(filter);
    PgCursor select(*m_db, "points",
        "SELECT i.id, i.lon, i.lat, i.type, i.status, i.precision, i.region, i.date_start FROM incidents i" + clause.where,
        clause.params);
    IncidentPointsBuilder points;
    while (select.next())
        points.add(select.integer(0), select.real(1), select.real(2), select.bytes(3), select.bytes(4), select.bytes(5),
            select.bytes(6), select.bytes(7));
    if (select.failed() || !select.isValid())
        return R::failure(QStringLiteral("cannot query incidents: %1").arg(select.error()));
    transaction.commit();
    return points.finish(filter.limit);
}

Result<std::vector<IncidentShape>> PostgresBackend::shapes(const IncidentFilter &filter) const
{
    using R = Result<std::vector<IncidentShape>>;
    const FilterClause clause = filterClause(filter);
    PgResult found = m_db->exec(("SELECT i.id, t.family, i.status, ST_AsBinary(i.geometry) FROM incidents i"
                                 " JOIN incident_types t ON t.name = i.type"
                                    + clause.where + (clause.where.isEmpty() ? " WHERE" : " AND")
                                    + " i.geometry IS NOT NULL ORDER BY i.id" + limitClause(filter))
                                    .constData(),
        clause.params);
    if (!found.ok())
        return R::failure(failure(QStringLiteral("cannot query shapes"), found));
    std::vector<IncidentShape> shapes;
    VocabularyReader<IncidentStatus> status;
    for (int row = 0; row < found.rows(); ++row) {
        Result<Geometry> geometry = Wkb::read(found.bytea(row, 3));
        if (!geometry)
            return R::failure(QStringLiteral("incident %1: %2").arg(found.integer(row, 0)).arg(geometry.error()));
        shapes.push_back({found.integer(row, 0), found.text(row, 1), status(found.bytes(row, 2), IncidentStatus::Reported),
            std::move(geometry.value())});
    }
    return shapes;
}

qint64 PostgresBackend::incidentCount() const
{
    PgResult counted = m_db->exec("SELECT count(*) FROM incidents");
    return counted.ok() ? counted.integer(0, 0) : 0;
}

Result<qint64> PostgresBackend::count(const IncidentFilter &filter) const
{
    const FilterClause clause = filterClause(filter);
    PgResult counted = m_db->exec(("SELECT count(*) FROM incidents i" + clause.where).constData(), clause.params);
    if (!counted.ok())
        return Result<qint64>::failure(failure(QStringLiteral("cannot count incidents"), counted));
    return counted.integer(0, 0);
}

std::vector<std::pair<QDate, int>> PostgresBackend::incidentCountsByDay() const
{
    std::vector<std::pair<QDate, int>> counts;
    PgResult found = m_db->exec("SELECT date_start, count(*) FROM incidents GROUP BY date_start ORDER BY date_start");
    for (int row = 0; found.ok() && row < found.rows(); ++row)
        counts.emplace_back(QDate::fromString(found.text(row, 0), Qt::ISODate), int(found.integer(row, 1)));
    return counts;
}

std::map<QString, int> PostgresBackend::incidentCountsByRegion() const
{
    std::map<QString, int> counts;
    // A line or area counts in every unit it touches.
    PgResult found
        = m_db->exec("SELECT region, count(*) FROM (SELECT region FROM incidents WHERE region IS NOT NULL AND geometry IS NULL"
                     " UNION ALL SELECT region FROM incident_regions) r GROUP BY region");
    for (int row = 0; found.ok() && row < found.rows(); ++row)
        counts[found.text(row, 0)] = int(found.integer(row, 1));
    return counts;
}

// --- incident types ----------------------------------------------------------------------

std::vector<IncidentType> PostgresBackend::incidentTypes() const
{
    std::vector<IncidentType> all;
    PgResult found
        = m_db->exec("SELECT name, label, family, is_deployment, builtin FROM incident_types ORDER BY builtin DESC, ordinal");
    for (int row = 0; found.ok() && row < found.rows(); ++row)
        all.push_back(
            {found.text(row, 0), found.text(row, 1), found.text(row, 2), found.bytes(row, 3) == "t", found.bytes(row, 4) == "t"});
    return all;
}

std::optional<IncidentType> PostgresBackend::incidentType(const QString &name) const
{
    PgResult found = m_db->exec("SELECT name, label, family, is_deployment, builtin FROM incident_types WHERE name = $1", {name});
    if (!found.ok() || found.rows() == 0)
        return std::nullopt;
    return IncidentType{found.text(0, 0), found.text(0, 1), found.text(0, 2), found.bytes(0, 3) == "t", found.bytes(0, 4) == "t"};
}

Result<void> PostgresBackend::insertIncidentType(const IncidentType &type)
{
    return writeAll([&]() -> Result<void> {
        PgResult inserted = m_db->exec(
            "INSERT INTO incident_types (name, label, family, is_deployment, builtin) VALUES ($1, $2, $3, $4, false)",
            {type.name, type.label.isEmpty() ? type.name : type.label, type.family,
                QString::fromLatin1(type.deployment ? "true" : "false")});
        if (!inserted.ok())
            return Result<void>::failure(failure(QStringLiteral("cannot add the incident type"), inserted));
        return {};
    });
}

// --- history -----------------------------------------------------------------------------

Result<std::vector<HistoryEntry>> PostgresBackend::history(const HistoryQuery &query) const
{
    using R = Result<std::vector<HistoryEntry>>;
    static const QByteArray columns
        = QString::fromLatin1(HistoryRow::kColumns).arg(QLatin1String("h.before::text, h.after::text")).toLatin1();
    std::vector<qint64> values;
    QByteArray sql = "SELECT " + columns + " FROM history h"
        + HistoryRow::whereClause(
            query, "(coalesce(h.after, h.before) ->> 'incident_id')::bigint = %1",
            [](int n) { return "$" + QByteArray::number(n); }, &values)
        + " ORDER BY h.id DESC";
    std::vector<PgParam> params(values.begin(), values.end());
    if (query.limit >= 0)
        sql += " LIMIT " + QByteArray::number(query.limit);
    PgResult found = m_db->exec(sql.constData(), params);
    if (!found.ok())
        return R::failure(failure(QStringLiteral("cannot read the history"), found));
    std::vector<HistoryEntry> entries;
    for (int row = 0; row < found.rows(); ++row)
        entries.push_back(HistoryRow::readEntry(PgRow{found, row}));
    return entries;
}

// --- the team ---------------------------------------------------------------------------

TeamUser PostgresBackend::self() const
{
    return m_self;
}

Result<std::vector<TeamUser>> PostgresBackend::users() const
{
    return PgTeam(*m_db, m_name).users();
}

Result<void> PostgresBackend::addUser(const QString &name, UserRole role, const QString &password)
{
    return PgTeam(*m_db, m_name).addUser(name, role, password);
}

Result<void> PostgresBackend::setUserRole(const QString &name, UserRole role)
{
    return PgTeam(*m_db, m_name).setRole(name, role);
}

std::unique_ptr<TableRows> PostgresBackend::tableRows() const
{
    return std::make_unique<PgTableRows>(*m_db, location());
}

} // namespace conflictmap
