#include "store/IncidentStore.h"

#include "geo/BoundaryLayer.h"
#include "store/RecordValidation.h"
#include "store/Schema.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStandardPaths>

namespace conflictmap {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString dateText(const std::optional<PartialDate> &date)
{
    return date ? date->toString() : QString();
}

std::optional<PartialDate> readDate(const QString &text)
{
    QString ignored;
    return text.isEmpty() ? std::nullopt : PartialDate::parse(text, &ignored);
}

// A full-text query that matches what the user typed, whatever it holds:
// every word must occur (as a word or its beginning); FTS5 syntax in the
// input is taken literally.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        terms << QStringLiteral("\"%1\"*").arg(quoted);
    }
    return terms.join(QLatin1Char(' '));
}

const char *kSelectSource = "SELECT id, title, url, publisher, language, published, retrieved, text, created FROM sources";

Source readSource(const SqliteStatement &s, int first = 0)
{
    Source source;
    source.id = s.integer(first);
    source.title = s.text(first + 1);
    source.url = s.text(first + 2);
    source.publisher = s.text(first + 3);
    source.language = s.text(first + 4);
    source.published = readDate(s.text(first + 5));
    source.retrieved = readDate(s.text(first + 6));
    source.text = s.text(first + 7);
    source.created = s.text(first + 8);
    return source;
}

const char *kSelectIncident = "SELECT i.id, i.type, i.title, i.description, i.date, i.lon, i.lat, i.precision, i.region,"
                              " i.status, i.fatalities, i.equipment, i.quantity, i.created, i.updated FROM incidents i";

Incident readIncident(const SqliteStatement &s)
{
    Incident incident;
    incident.id = s.integer(0);
    incident.type = s.text(1);
    incident.title = s.text(2);
    incident.description = s.text(3);
    incident.date = readDate(s.text(4));
    incident.lon = s.real(5);
    incident.lat = s.real(6);
    incident.precision = parseVocabulary<LocationPrecision>(s.text(7)).value_or(LocationPrecision::Near);
    incident.region = s.text(8);
    incident.status = parseVocabulary<IncidentStatus>(s.text(9)).value_or(IncidentStatus::Reported);
    incident.fatalities = s.optionalInteger(10);
    incident.equipment = s.text(11);
    incident.quantity = s.optionalInteger(12);
    incident.created = s.text(13);
    incident.updated = s.text(14);
    return incident;
}
// Binds an incident's fields as parameters 1 to 15, in the column order of
// the INSERT and UPDATE statements.
void bindFields(SqliteStatement &statement, const Incident &incident)
{
    statement.bind(1, incident.type)
        .bind(2, incident.title)
        .bind(3, incident.description)
        .bind(4, incident.date->toString())
        .bind(5, incident.date->precisionName())
        .bind(6, incident.date->first().toString(Qt::ISODate))
        .bind(7, incident.date->last().toString(Qt::ISODate))
        .bind(8, incident.lon)
        .bind(9, incident.lat)
        .bind(10, toString(incident.precision))
        .bind(11, incident.region)
        .bind(12, toString(incident.status))
        .bind(13, incident.fatalities)
        .bind(14, incident.equipment)
        .bind(15, incident.quantity);
}
} // namespace

QString IncidentStore::defaultPath()
{
    const QString overridden = qEnvironmentVariable("CONFLICTMAP_DB");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/conflictmap/incidents.sqlite");
}

Result<std::unique_ptr<IncidentStore>> IncidentStore::open(
    const QString &path, std::shared_ptr<const BoundaryLayer> layer, SqliteDatabase::Mode mode)
{
    using R = Result<std::unique_ptr<IncidentStore>>;
    auto db = SqliteDatabase::open(path, mode);
    if (!db)
        return R::failure(db.error());
    if (auto migrated = Schema::migrate(*db.value()); !migrated)
        return R::failure(migrated.error());
    std::unique_ptr<IncidentStore> store(new IncidentStore);
    store->m_db = std::move(db.value());
    store->m_layer = std::move(layer);
    return R(std::move(store));
}

Result<void> IncidentStore::failure(const QString &what) const
{
    return Result<void>::failure(QStringLiteral("%1: %2").arg(what, m_db->lastError()));
}

Result<void> IncidentStore::writeAll(const std::function<Result<void>()> &writes)
{
    if (m_db->isReadOnly())
        return Result<void>::failure(QStringLiteral("%1: the database is open read-only").arg(path()));
    SqliteTransaction transaction(*m_db);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot start a transaction"));
    Result<void> result = writes();
    if (!result)
        return result; // rolled back by the transaction
    if (!transaction.commit())
        return failure(QStringLiteral("cannot commit"));
    return result;
}

// --- sources -------------------------------------------------------------------

Result<qint64> IncidentStore::addSource(const Source &source)
{
    if (auto check = RecordValidation::checkSource(source); !check)
        return Result<qint64>::failure(check.error());
    qint64 id = 0;
    auto written = writeAll([&]() -> Result<void> {
        if (!source.url.isEmpty()) {
            SqliteStatement existing = m_db->prepare("SELECT id FROM sources WHERE url = ?1");
            existing.bind(1, source.url);
            if (existing.next())
                return Result<void>::failure(
                    QStringLiteral("url: source %1 already has the url %2").arg(existing.integer(0)).arg(source.url));
        }
        SqliteStatement insert
            = m_db->prepare("INSERT INTO sources (title, url, publisher, language, published, retrieved, text, created)"
                            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        insert.bind(1, source.title)
            .bind(2, source.url)
            .bind(3, source.publisher)
            .bind(4, source.language)
            .bind(5, dateText(source.published))
            .bind(6, dateText(source.retrieved))
            .bind(7, source.text)
            .bind(8, now());
        if (!insert.run())
            return failure(QStringLiteral("cannot add the source"));
        id = m_db->lastInsertId();
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.error());
}

Result<qint64> IncidentStore::findOrAddSource(const Source &source)
{
    SqliteStatement existing = source.url.isEmpty()
        ? m_db->prepare("SELECT id FROM sources WHERE url IS NULL AND title = ?1 AND publisher IS ?2")
        : m_db->prepare("SELECT id FROM sources WHERE url = ?3");
    existing.bind(1, source.title).bind(2, source.publisher).bind(3, source.url);
    if (existing.next())
        return existing.integer(0);
    return addSource(source);
}

std::optional<Source> IncidentStore::source(qint64 id) const
{
    SqliteStatement select = m_db->prepare((QByteArray(kSelectSource) + " WHERE id = ?1").constData());
    select.bind(1, id);
    if (!select.next())
        return std::nullopt;
    return readSource(select);
}

std::vector<Source> IncidentStore::sources() const
{
    std::vector<Source> all;
    SqliteStatement select = m_db->prepare((QByteArray(kSelectSource) + " ORDER BY id").constData());
    while (select.next())
        all.push_back(readSource(select));
    return all;
}

// --- incidents ---------------------------------------------------------------------

Result<void> IncidentStore::prepareIncident(Incident &incident) const
{
    if (auto check = RecordValidation::checkIncident(incident); !check)
        return check;
    if (!incidentType(incident.type))
        return Result<void>::failure(
            QStringLiteral("type: '%1' is not an incident type (see conflictmap-cli types)").arg(incident.type.left(60)));
    if (!m_layer)
        return Result<void>::failure(QStringLiteral("no boundary layer to place the incident in"));
    if (auto placed = RecordValidation::placeIncident(incident, *m_layer); !placed)
        return placed;
    for (const Claim &claim : incident.claims)
        if (!source(claim.sourceId))
            return Result<void>::failure(QStringLiteral("source: there is no source %1").arg(claim.sourceId));
    return {};
}

Result<void> IncidentStore::writeActors(qint64 incidentId, const QStringList &actors)
{
    SqliteStatement clear = m_db->prepare("DELETE FROM incident_actors WHERE incident_id = ?1");
    clear.bind(1, incidentId);
    if (!clear.run())
        return failure(QStringLiteral("cannot write actors"));
    SqliteStatement insert = m_db->prepare("INSERT INTO incident_actors (incident_id, position, actor) VALUES (?1, ?2, ?3)");
    for (int i = 0; i < actors.size(); ++i) {
        insert.reset();
        insert.bind(1, incidentId).bind(2, i).bind(3, actors[i]);
        if (!insert.run())
            return failure(QStringLiteral("cannot write actors"));
    }
    return {};
}

Result<qint64> IncidentStore::insertClaim(qint64 incidentId, const Claim &claim)
{
    SqliteStatement insert
        = m_db->prepare("INSERT INTO claims (incident_id, source_id, claimant, stance, quote, translation, created)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    insert.bind(1, incidentId)
        .bind(2, claim.sourceId)
        .bind(3, claim.claimant)
        .bind(4, toString(claim.stance))
        .bind(5, claim.quote)
        .bind(6, claim.translation)
        .bind(7, now());
    if (!insert.run())
        return Result<qint64>::failure(QStringLiteral("cannot add the claim: %1").arg(m_db->lastError()));
    return m_db->lastInsertId();
}

Result<qint64> IncidentStore::addIncident(Incident incident)
{
    if (auto prepared = prepareIncident(incident); !prepared)
        return Result<qint64>::failure(prepared.error());
    qint64 id = 0;
    auto written = writeAll([&]() -> Result<void> {
        SqliteStatement insert = m_db->prepare(
            "INSERT INTO incidents (type, title, description, date, date_precision, date_start, date_end, lon, lat,"
            " precision, region, status, fatalities, equipment, quantity, created, updated)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)");
        bindFields(insert, incident);
        insert.bind(16, now());
        if (!insert.run())
            return failure(QStringLiteral("cannot add the incident"));
        id = m_db->lastInsertId();
        if (auto actors = writeActors(id, incident.actors); !actors)
            return actors;
        for (const Claim &claim : incident.claims)
            if (auto added = insertClaim(id, claim); !added)
                return Result<void>::failure(added.error());
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.error());
}

Result<void> IncidentStore::updateIncident(Incident incident)
{
    if (!this->incident(incident.id))
        return Result<void>::failure(QStringLiteral("id: there is no incident %1").arg(incident.id));
    incident.claims.clear(); // claims are not this call's business
    if (auto prepared = prepareIncident(incident); !prepared)
        return prepared;
    return writeAll([&]() -> Result<void> {
        SqliteStatement update
            = m_db->prepare("UPDATE incidents SET type = ?1, title = ?2, description = ?3, date = ?4, date_precision = ?5,"
                            " date_start = ?6, date_end = ?7, lon = ?8, lat = ?9, precision = ?10, region = ?11, status = ?12,"
                            " fatalities = ?13, equipment = ?14, quantity = ?15, updated = ?16 WHERE id = ?17");
        bindFields(update, incident);
        update.bind(16, now()).bind(17, incident.id);
        if (!update.run())
            return failure(QStringLiteral("cannot update incident %1").arg(incident.id));
        return writeActors(incident.id, incident.actors);
    });
}

Result<void> IncidentStore::deleteIncident(qint64 id)
{
    return writeAll([&]() -> Result<void> {
        SqliteStatement remove = m_db->prepare("DELETE FROM incidents WHERE id = ?1");
        remove.bind(1, id);
        if (!remove.run())
            return failure(QStringLiteral("cannot delete incident %1").arg(id));
        if (m_db->changes() == 0)
            return Result<void>::failure(QStringLiteral("id: there is no incident %1").arg(id));
        return {};
    });
}

Result<qint64> IncidentStore::addClaim(qint64 incidentId, const Claim &claim)
{
    if (auto check = RecordValidation::checkClaim(claim); !check)
        return Result<qint64>::failure(check.error());
    if (!incident(incidentId))
        return Result<qint64>::failure(QStringLiteral("incident: there is no incident %1").arg(incidentId));
    if (!source(claim.sourceId))
        return Result<qint64>::failure(QStringLiteral("source: there is no source %1").arg(claim.sourceId));
    qint64 id = 0;
    auto written = writeAll([&]() -> Result<void> {
        auto added = insertClaim(incidentId, claim);
        if (!added)
            return Result<void>::failure(added.error());
        id = added.value();
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.error());
}

Result<void> IncidentStore::deleteClaim(qint64 claimId)
{
    return writeAll([&]() -> Result<void> {
        SqliteStatement remove = m_db->prepare("DELETE FROM claims WHERE id = ?1");
        remove.bind(1, claimId);
        if (!remove.run())
            return failure(QStringLiteral("cannot delete claim %1").arg(claimId));
        if (m_db->changes() == 0)
            return Result<void>::failure(QStringLiteral("id: there is no claim %1").arg(claimId));
        return {};
    });
}

void IncidentStore::readDetails(Incident &incident) const
{
    SqliteStatement actors = m_db->prepare("SELECT actor FROM incident_actors WHERE incident_id = ?1 ORDER BY position");
    actors.bind(1, incident.id);
    while (actors.next())
        incident.actors << actors.text(0);
    SqliteStatement claims = m_db->prepare(
        "SELECT c.id, c.claimant, c.stance, c.quote, c.translation, s.id, s.title, s.url, s.publisher, s.language,"
        " s.published, s.retrieved, s.text, s.created FROM claims c JOIN sources s ON s.id = c.source_id"
        " WHERE c.incident_id = ?1 ORDER BY c.id");
    claims.bind(1, incident.id);
    while (claims.next()) {
        Claim claim;
        claim.id = claims.integer(0);
        claim.claimant = claims.text(1);
        claim.stance = parseVocabulary<Stance>(claims.text(2)).value_or(Stance::Reports);
        claim.quote = claims.text(3);
        claim.translation = claims.text(4);
        claim.source = readSource(claims, 5);
        claim.sourceId = claim.source.id;
        incident.claims.push_back(std::move(claim));
    }
}

std::optional<Incident> IncidentStore::incident(qint64 id) const
{
    SqliteStatement select = m_db->prepare((QByteArray(kSelectIncident) + " WHERE i.id = ?1").constData());
    select.bind(1, id);
    if (!select.next())
        return std::nullopt;
    Incident incident = readIncident(select);
    readDetails(incident);
    return incident;
}

Result<std::vector<Incident>> IncidentStore::incidents(const IncidentFilter &filter) const
{
    // Only fixed fragments go into the SQL; every value is bound.
    QByteArray sql(kSelectIncident);
    QStringList conditions;
    if (!filter.region.isEmpty())
        conditions << (filter.region.contains(QLatin1Char('-')) ? QStringLiteral("i.region = ?1")
                                                                : QStringLiteral("(i.region = ?1 OR i.region LIKE ?1 || '-%')"));
    if (!filter.type.isEmpty())
        conditions << QStringLiteral("i.type = ?2");
    if (!filter.status.isEmpty())
        conditions << QStringLiteral("i.status = ?3");
    if (filter.since)
        conditions << QStringLiteral("i.date_end >= ?4");
    if (filter.until)
        conditions << QStringLiteral("i.date_start <= ?5");
    if (filter.bbox) {
        // West beyond east: the box crosses the antimeridian.
        conditions << (filter.bbox->left() <= filter.bbox->right()
                ? QStringLiteral("i.id IN (SELECT id FROM incident_location WHERE min_lon >= ?6 AND max_lon <= ?7"
                                 " AND min_lat >= ?8 AND max_lat <= ?9)")
                : QStringLiteral("i.id IN (SELECT id FROM incident_location WHERE (min_lon >= ?6 OR max_lon <= ?7)"
                                 " AND min_lat >= ?8 AND max_lat <= ?9)"));
    }
    const QString fts = ftsQuery(filter.text);
    if (!fts.isEmpty())
        conditions << QStringLiteral("i.id IN (SELECT rowid FROM incident_text WHERE incident_text MATCH ?10)");
    if (!conditions.isEmpty())
        sql += " WHERE " + conditions.join(QStringLiteral(" AND ")).toUtf8();
    sql += " ORDER BY i.date_start, i.id";
    if (filter.limit >= 0)
        sql += " LIMIT " + QByteArray::number(filter.limit);

    SqliteStatement select = m_db->prepare(sql.constData());
    if (!select.isValid())
        return Result<std::vector<Incident>>::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));
    select.bind(1, filter.region).bind(2, filter.type).bind(3, filter.status);
    if (filter.since)
        select.bind(4, filter.since->toString(Qt::ISODate));
    if (filter.until)
        select.bind(5, filter.until->toString(Qt::ISODate));
    if (filter.bbox)
        select.bind(6, filter.bbox->left())
            .bind(7, filter.bbox->right())
            .bind(8, filter.bbox->top())
            .bind(9, filter.bbox->bottom());
    select.bind(10, fts);
    std::vector<Incident> all;
    while (select.next())
        all.push_back(readIncident(select));
    if (select.failed())
        return Result<std::vector<Incident>>::failure(QStringLiteral("cannot query incidents: %1").arg(m_db->lastError()));
    for (Incident &incident : all)
        readDetails(incident);
    return all;
}

qint64 IncidentStore::incidentCount() const
{
    SqliteStatement count = m_db->prepare("SELECT count(*) FROM incidents");
    return count.next() ? count.integer(0) : 0;
}

// --- taxonomy and regions ------------------------------------------------------------

std::vector<IncidentType> IncidentStore::incidentTypes() const
{
    std::vector<IncidentType> all;
    SqliteStatement select
        = m_db->prepare("SELECT name, label, family, is_deployment, builtin FROM incident_types ORDER BY builtin DESC, rowid");
    while (select.next())
        all.push_back({select.text(0), select.text(1), select.text(2), select.integer(3) != 0, select.integer(4) != 0});
    return all;
}

std::optional<IncidentType> IncidentStore::incidentType(const QString &name) const
{
    SqliteStatement select
        = m_db->prepare("SELECT name, label, family, is_deployment, builtin FROM incident_types WHERE name = ?1");
    select.bind(1, name);
    if (!select.next())
        return std::nullopt;
    return IncidentType{select.text(0), select.text(1), select.text(2), select.integer(3) != 0, select.integer(4) != 0};
}

Result<void> IncidentStore::addIncidentType(const IncidentType &type)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!name.match(type.name).hasMatch())
        return Result<void>::failure(QStringLiteral("name: '%1' must be lower-case letters, digits and _, starting with a letter")
                                         .arg(type.name.left(60)));
    const QStringList families{"clash", "territory", "movement", "diplomatic", "other"};
    if (!families.contains(type.family))
        return Result<void>::failure(QStringLiteral("family: '%1' is not one of %2").arg(type.family, families.join(", ")));
    if (incidentType(type.name))
        return Result<void>::failure(QStringLiteral("name: the incident type '%1' exists already").arg(type.name));
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

std::map<QString, int> IncidentStore::incidentCountsByRegion() const
{
    std::map<QString, int> counts;
    SqliteStatement select = m_db->prepare("SELECT region, count(*) FROM incidents WHERE region IS NOT NULL GROUP BY region");
    while (select.next())
        counts[select.text(0)] = int(select.integer(1));
    return counts;
}

} // namespace conflictmap
