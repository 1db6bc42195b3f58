// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/IncidentStore.h"

#include "archive/QuoteLocation.h"

#include "geo/BoundaryLayer.h"
#include "geo/Wkb.h"
#include "store/ClaimRow.h"
#include "store/HistoryRecord.h"
#include "store/RecordValidation.h"
#include "store/postgres/PgConnection.h"
#include "store/postgres/PgSchema.h"
#include "store/postgres/PostgresBackend.h"
#include "store/sqlite/SqliteBackend.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cstring>
#include <map>

namespace conflictmap {

bool IncidentStore::isServerUri(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<bool> IncidentStore::exists(const QString &location)
{
    if (!isServerUri(location))
        return QFileInfo::exists(location);
    auto db = PgConnection::open(location);
    if (!db)
        return Result<bool>::failure(db.problem());
    Result<int> version = PgSchema::version(*db.value(), PgConnection::redacted(location));
    if (!version)
        return Result<bool>::failure(version.problem());
    return *version > 0;
}

QString IncidentStore::defaultPath()
{
    const QString overridden = qEnvironmentVariable("CONFLICTMAP_DB");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/conflictmap/incidents.sqlite");
}

Result<std::unique_ptr<IncidentStore>> IncidentStore::open(
    const QString &location, std::shared_ptr<const BoundaryLayer> layer, StoreAccess access)
{
    using R = Result<std::unique_ptr<IncidentStore>>;
    std::unique_ptr<StoreBackend> opened;
    if (isServerUri(location)) {
        auto backend = PostgresBackend::open(location, access);
        if (!backend)
            return R::failure(backend.problem());
        opened = std::move(backend.value());
    } else {
        auto backend = SqliteBackend::open(location, access);
        if (!backend)
            return R::failure(backend.problem());
        opened = std::move(backend.value());
    }
    return R(std::make_unique<IncidentStore>(std::move(opened), location, std::move(layer)));
}

IncidentStore::IncidentStore(std::unique_ptr<StoreBackend> backend, QString location, std::shared_ptr<const BoundaryLayer> layer)
    : m_backend(std::move(backend)),
      m_location(std::move(location)),
      m_layer(std::move(layer)),
      m_control(std::make_unique<ControlStore>(m_backend->control(), *this))
{
}

IncidentStore::~IncidentStore() = default;

qint64 IncidentStore::dataVersion() const
{
    return m_backend->dataVersion();
}

Result<void> IncidentStore::writeAll(const std::function<Result<void>()> &writes)
{
    return m_backend->writeAll(writes);
}

Result<void> IncidentStore::addAll(const std::function<Result<void>()> &adds)
{
    return m_backend->addAll(adds);
}

// --- sources -------------------------------------------------------------------

Result<qint64> IncidentStore::addSource(const Source &source)
{
    if (auto check = RecordValidation::checkSource(source); !check)
        return Result<qint64>::failure(check.problem());
    qint64 id = 0;
    auto written = writeAll([&]() -> Result<void> {
        if (!source.url.isEmpty())
            if (std::optional<qint64> existing = m_backend->sourceWithUrl(source.url))
                return Result<void>::failure(
                    QStringLiteral("url: source %1 already has the url %2").arg(*existing).arg(source.url));
        Result<qint64> added = m_backend->insertSource(source);
        if (!added)
            return Result<void>::failure(added.problem());
        id = *added;
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.problem());
}

Result<qint64> IncidentStore::addSource(Source source, const Document &document)
{
    if (document.content.isEmpty() || Document::hashOf(document.content) != document.sha256)
        return Result<qint64>::failure(
            Error::invalid(QStringLiteral("document"), QStringLiteral("the document's hash is not its bytes'")));
    source.document = document.sha256;
    qint64 id = 0;
    auto written = writeAll([&]() -> Result<void> {
        Document stored = document;
        stored.size = document.content.size();
        stored.stored = ClaimRow::now();
        if (auto put = m_backend->putDocument(stored); !put)
            return put;
        Result<qint64> added = addSource(source);
        if (!added)
            return Result<void>::failure(added.problem());
        id = *added;
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.problem());
}

QString IncidentStore::sourceText(const Source &source) const
{
    return sourceText(source, source.document.isEmpty() ? std::nullopt : m_backend->document(source.document, false));
}

QString IncidentStore::sourceText(const Source &source, const std::optional<Document> &document)
{
    return document && !document->text.isEmpty() ? document->text : source.text;
}

std::vector<std::optional<bool>> IncidentStore::quotesInSources(const std::vector<Claim> &claims) const
{
    std::map<qint64, QString> texts;
    std::vector<std::optional<bool>> found;
    for (const Claim &claim : claims) {
        if (claim.quote.trimmed().isEmpty()) {
            found.emplace_back();
            continue;
        }
        auto text = texts.find(claim.source.id);
        if (text == texts.end())
            text = texts.emplace(claim.source.id, sourceText(claim.source)).first;
        found.push_back(text->second.isEmpty() ? std::nullopt
                                               : std::optional<bool>(QuoteLocation::find(text->second, claim.quote).has_value()));
    }
    return found;
}

std::optional<Document> IncidentStore::document(const QString &sha256, bool withContent) const
{
    return m_backend->document(sha256, withContent);
}

Result<DocumentCheck> IncidentStore::verifyDocuments() const
{
    DocumentCheck check;
    auto scanned = m_backend->scanDocuments([&](const Document &document) {
        ++check.checked;
        const QString actual = Document::hashOf(document.content);
        if (actual != document.sha256)
            check.changed.push_back({document.sha256, actual, document.content.size(), m_backend->sourcesOf(document.sha256)});
    });
    if (!scanned)
        return Result<DocumentCheck>::failure(scanned.problem());
    return check;
}

Result<qint64> IncidentStore::findOrAddSource(const Source &source)
{
    const std::optional<qint64> existing = source.url.isEmpty() ? m_backend->sourceWithoutUrl(source.title, source.publisher)
                                                                : m_backend->sourceWithUrl(source.url);
    if (existing)
        return *existing;
    return addSource(source);
}

std::optional<Source> IncidentStore::source(qint64 id) const
{
    return m_backend->source(id);
}

bool IncidentStore::hasSource(qint64 id) const
{
    return m_backend->hasSource(id);
}

std::vector<Source> IncidentStore::sources() const
{
    return m_backend->sources();
}

// --- incidents ---------------------------------------------------------------------

Result<void> IncidentStore::prepareIncident(Incident &incident) const
{
    if (auto check = RecordValidation::checkIncident(incident); !check)
        return check;
    if (!m_backend->incidentType(incident.type))
        return Result<void>::failure(
            Error::invalid(QStringLiteral("type"), QStringLiteral("'%1' is not an incident type").arg(incident.type.left(60))));
    if (!m_layer)
        return Result<void>::failure(QStringLiteral("no boundary layer to place the incident in"));
    if (auto placed = RecordValidation::placeIncident(incident, *m_layer); !placed)
        return placed;
    for (const Claim &claim : incident.claims)
        if (!m_backend->hasSource(claim.sourceId))
            return Result<void>::failure(
                Error::notFound(QStringLiteral("source"), QStringLiteral("there is no source %1").arg(claim.sourceId)));
    return {};
}

Result<qint64> IncidentStore::addIncident(Incident incident)
{
    if (auto prepared = prepareIncident(incident); !prepared)
        return Result<qint64>::failure(prepared.problem());
    return m_backend->insertIncident(incident, std::nullopt, std::nullopt);
}

namespace {
// What an imported incident holds, as a number: equal numbers, same content
// (the first 64 bits of a SHA-1 over every field, actor and claim).
qint64 contentDigest(const Incident &incident)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    for (const QString &field : {incident.type, incident.title, incident.description, incident.date->toString(),
             QString::number(incident.lon, 'g', 17), QString::number(incident.lat, 'g', 17), toString(incident.precision),
             incident.region, toString(incident.status), incident.fatalities ? QString::number(*incident.fatalities) : QString(),
             incident.equipment, incident.quantity ? QString::number(*incident.quantity) : QString(), incident.extra,
             incident.created, incident.updated})
        add(field);
    // Actors by name only: records imported before actors had sides and
    // types get them when imported again (ACLED's actor1/actor2, UCDP's
    // sides) and must not count as changed for it; what a side or type
    // comes from is in the digest already (ACLED's columns in extra, the
    // names' order).
    for (const Actor &actor : incident.actors)
        add(actor.name);
    // Fields added later add to it only when set: the digests of records
    // imported before them stay.
    if (incident.dateUntil)
        add(QStringLiteral("until ") + incident.dateUntil->toString());
    for (const auto &[name, value] : {std::pair{"low ", incident.fatalitiesLow}, std::pair{"high ", incident.fatalitiesHigh}})
        if (value)
            add(QLatin1String(name) + QString::number(*value));
    // Only shapes add to it: the digests of points imported before stay.
    if (incident.shape)
        hash.addData(Wkb::write(*incident.shape));
    for (const Claim &claim : incident.claims)
        for (const QString &field :
            {QString::number(claim.sourceId), claim.claimant, toString(claim.stance), claim.quote, claim.translation})
            add(field);
    const QByteArray digest = hash.result();
    qint64 value = 0;
    std::memcpy(&value, digest.constData(), sizeof value);
    return value;
}
} // namespace

Result<IncidentStore::ImportOutcome> IncidentStore::importIncident(Incident incident)
{
    using R = Result<ImportOutcome>;
    if (auto prepared = prepareIncident(incident); !prepared)
        return R::failure(prepared.problem());
    if (incident.importId.isEmpty() || incident.importDataset.isEmpty()) {
        incident.importId.clear();
        incident.importDataset.clear();
        auto added = m_backend->insertIncident(incident, std::nullopt, std::nullopt);
        return added ? R(ImportOutcome::Added) : R::failure(added.problem());
    }
    const qint64 digest = contentDigest(incident);
    const std::optional<StoreBackend::Imported> stored = m_backend->imported(incident.importDataset, incident.importId);
    if (!stored) {
        auto added = m_backend->insertIncident(incident, digest, std::nullopt);
        return added ? R(ImportOutcome::Added) : R::failure(added.problem());
    }
    if (stored->digest == digest)
        return ImportOutcome::Unchanged;
    incident.id = stored->id;
    if (incident.updated.isEmpty())
        incident.updated = ClaimRow::now();
    auto written = writeAll([&]() -> Result<void> {
        if (auto updated = m_backend->updateIncident(incident, digest); !updated)
            return updated;
        return m_backend->replaceClaims(incident.id, incident.claims);
    });
    return written ? R(ImportOutcome::Updated) : R::failure(written.problem());
}

Result<void> IncidentStore::updateIncident(Incident incident)
{
    const auto stored = this->incident(incident.id);
    if (!stored)
        return Result<void>::failure(
            Error::notFound(QStringLiteral("id"), QStringLiteral("there is no incident %1").arg(incident.id)));
    incident.claims.clear(); // claims are not this call's business
    // A point's region was found from the point: a moved point finds it anew
    // (an explicitly changed region is still checked against the point).
    // A shape's region is found from the shape in the same way.
    const bool point = incident.precision == LocationPrecision::Exact || incident.precision == LocationPrecision::Near;
    const bool wasArea = stored->precision == LocationPrecision::Region || stored->precision == LocationPrecision::Country;
    const bool reshaped
        = incident.shape.has_value() != stored->shape.has_value() || (incident.shape && *incident.shape != *stored->shape);
    const bool moved = reshaped || incident.lon != stored->lon || incident.lat != stored->lat;
    // A region's stand-in point is no place of its own: never promote it.
    if (point && !incident.shape && wasArea && !moved)
        return Result<void>::failure(Error::invalid(QStringLiteral("precision"),
            QStringLiteral("%1 precision needs a point of its own: give its longitude and latitude")
                .arg(toString(incident.precision))));
    if (point && incident.region == stored->region && moved)
        incident.region.clear();
    if (auto prepared = prepareIncident(incident); !prepared)
        return prepared;
    incident.created.clear(); // stays as stored
    incident.updated = ClaimRow::now();
    // The backend writes only the version read (when given one): a change
    // since, however recent, is refused there; this says by whom.
    Result<void> updated = m_backend->updateIncident(incident, std::nullopt);
    if (!updated && updated.problem().code == ErrorCode::Conflict)
        if (const auto now = this->incident(incident.id))
            return changedMeanwhile(incident, *now);
    return updated;
}

Result<void> IncidentStore::changedMeanwhile(const Incident &mine, const Incident &theirs) const
{
    QStringList differ;
    const std::pair<const char *, bool> fields[] = {{"type", mine.type != theirs.type}, {"title", mine.title != theirs.title},
        {"description", mine.description != theirs.description},
        {"date", !(mine.date == theirs.date) || !(mine.dateUntil == theirs.dateUntil)},
        {"position", mine.lon != theirs.lon || mine.lat != theirs.lat || mine.shape != theirs.shape},
        {"precision", mine.precision != theirs.precision}, {"region", mine.region != theirs.region},
        {"status", mine.status != theirs.status},
        {"fatalities",
            mine.fatalities != theirs.fatalities || mine.fatalitiesLow != theirs.fatalitiesLow
                || mine.fatalitiesHigh != theirs.fatalitiesHigh},
        {"equipment", mine.equipment != theirs.equipment || mine.quantity != theirs.quantity},
        {"actors", mine.actors != theirs.actors}};
    for (const auto &[field, different] : fields)
        if (different)
            differ << QLatin1String(field);
    return Result<void>::failure(Error{ErrorCode::Conflict, QStringLiteral("version"),
        QStringLiteral("%1 (%2): reload it, or save yours over theirs")
            .arg(changedSinceRead(theirs),
                differ.isEmpty() ? QStringLiteral("theirs is as yours")
                                 : QStringLiteral("theirs differs from yours in %1").arg(differ.join(QStringLiteral(", "))))});
}

QString IncidentStore::changedSinceRead(const Incident &theirs)
{
    const QString who = theirs.updatedBy.isEmpty() ? QStringLiteral("someone") : theirs.updatedBy;
    return QStringLiteral("incident %1 was changed by %2 at %3 after you read it")
        .arg(theirs.id)
        .arg(who, QString(theirs.updated.left(16)).replace(QLatin1Char('T'), QLatin1Char(' ')) + QLatin1String(" UTC"));
}

Result<void> IncidentStore::deleteIncident(qint64 id, std::optional<qint64> version)
{
    return writeAll([&]() -> Result<void> {
        Result<bool> removed = m_backend->deleteIncident(id, version);
        if (!removed && removed.problem().code == ErrorCode::Conflict)
            if (const auto now = incident(id))
                return Result<void>::failure(Error{ErrorCode::Conflict, QStringLiteral("version"),
                    QStringLiteral("%1: look at theirs before deleting it").arg(changedSinceRead(*now))});
        if (!removed)
            return Result<void>::failure(removed.problem());
        if (!*removed)
            return Result<void>::failure(
                Error::notFound(QStringLiteral("id"), QStringLiteral("there is no incident %1").arg(id)));
        return {};
    });
}

Result<void> IncidentStore::putIncident(const Incident &incident)
{
    if (incident.id <= 0)
        return Result<void>::failure(
            Error::invalid(QStringLiteral("id"), QStringLiteral("an incident to put back needs its id")));
    std::vector<Claim> claims = incident.claims;
    for (Claim &claim : claims) {
        if (claim.sourceId <= 0) // as read: the source is given whole
            claim.sourceId = claim.source.id;
        if (auto check = RecordValidation::checkClaim(claim); !check)
            return check;
    }
    return writeAll([&]() -> Result<void> {
        if (!m_backend->hasIncident(incident.id)) {
            Incident restored = incident;
            restored.claims = claims;
            if (auto prepared = prepareIncident(restored); !prepared)
                return prepared;
            auto added = m_backend->insertIncident(restored, std::nullopt, incident.id);
            return added ? Result<void>() : Result<void>::failure(added.problem());
        }
        // Putting a state back (undo, redo) is over whatever is there now.
        Incident over = incident;
        over.version = 0;
        if (auto updated = updateIncident(over); !updated)
            return updated;
        return m_backend->replaceClaims(incident.id, claims);
    });
}

Result<qint64> IncidentStore::addClaim(qint64 incidentId, const Claim &claim)
{
    if (auto check = RecordValidation::checkClaim(claim); !check)
        return Result<qint64>::failure(check.problem());
    if (!m_backend->hasIncident(incidentId))
        return Result<qint64>::failure(
            Error::notFound(QStringLiteral("incident"), QStringLiteral("there is no incident %1").arg(incidentId)));
    if (!m_backend->hasSource(claim.sourceId))
        return Result<qint64>::failure(
            Error::notFound(QStringLiteral("source"), QStringLiteral("there is no source %1").arg(claim.sourceId)));
    qint64 id = 0;
    auto written = writeAll([&]() -> Result<void> {
        Result<qint64> added = m_backend->insertClaim(incidentId, claim);
        if (!added)
            return Result<void>::failure(added.problem());
        id = *added;
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.problem());
}

namespace {
// A write of one record that says whether the record was there: done, or
// not found as 'missing' says.
Result<void> foundOr(const Result<bool> &written, const QString &missing)
{
    if (!written)
        return Result<void>::failure(written.problem());
    if (!*written)
        return Result<void>::failure(Error::notFound(QStringLiteral("id"), missing));
    return {};
}
} // namespace

Result<void> IncidentStore::setReliability(qint64 sourceId, const QString &reliability)
{
    if (auto check = RecordValidation::checkReliability(reliability); !check)
        return check;
    return writeAll([&] {
        return foundOr(
            m_backend->updateReliability(sourceId, reliability), QStringLiteral("there is no source %1").arg(sourceId));
    });
}

Result<void> IncidentStore::setCredibility(qint64 claimId, std::optional<int> credibility)
{
    if (auto check = RecordValidation::checkCredibility(credibility); !check)
        return check;
    return writeAll([&] {
        return foundOr(m_backend->updateCredibility(claimId, credibility), QStringLiteral("there is no claim %1").arg(claimId));
    });
}

Result<void> IncidentStore::deleteClaim(qint64 claimId)
{
    return writeAll(
        [&] { return foundOr(m_backend->deleteClaim(claimId), QStringLiteral("there is no claim %1").arg(claimId)); });
}

std::optional<Incident> IncidentStore::incident(qint64 id) const
{
    return m_backend->incident(id);
}

Result<std::vector<Incident>> IncidentStore::incidents(const IncidentFilter &filter) const
{
    return m_backend->incidents(filter);
}

Result<qint64> IncidentStore::scan(const IncidentFilter &filter, const std::function<bool(const IncidentRow &)> &visit) const
{
    return m_backend->scan(filter, visit);
}

Result<IncidentPoints> IncidentStore::points(const IncidentFilter &filter) const
{
    return m_backend->points(filter);
}

Result<std::vector<IncidentShape>> IncidentStore::shapes(const IncidentFilter &filter) const
{
    return m_backend->shapes(filter);
}

qint64 IncidentStore::incidentCount() const
{
    return m_backend->incidentCount();
}

Result<qint64> IncidentStore::count(const IncidentFilter &filter) const
{
    return m_backend->count(filter);
}

// --- taxonomy and regions ------------------------------------------------------------

std::vector<IncidentType> IncidentStore::incidentTypes() const
{
    return m_backend->incidentTypes();
}

std::optional<IncidentType> IncidentStore::incidentType(const QString &name) const
{
    return m_backend->incidentType(name);
}

Result<void> IncidentStore::addIncidentType(const IncidentType &type)
{
    static const QRegularExpression name(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]*")));
    if (!name.match(type.name).hasMatch())
        return Result<void>::failure(Error::invalid(QStringLiteral("name"),
            QStringLiteral("'%1' must be lower-case letters, digits and _, starting with a letter").arg(type.name.left(60))));
    const QStringList families{"clash", "territory", "movement", "diplomatic", "other"};
    if (!families.contains(type.family))
        return Result<void>::failure(Error::invalid(
            QStringLiteral("family"), QStringLiteral("'%1' is not one of %2").arg(type.family, families.join(", "))));
    if (incidentType(type.name))
        return Result<void>::failure(
            Error::invalid(QStringLiteral("name"), QStringLiteral("the incident type '%1' exists already").arg(type.name)));
    return m_backend->insertIncidentType(type);
}

std::vector<std::pair<QDate, int>> IncidentStore::incidentCountsByDay() const
{
    return m_backend->incidentCountsByDay();
}

std::map<QString, int> IncidentStore::incidentCountsByRegion() const
{
    return m_backend->incidentCountsByRegion();
}

// --- history -------------------------------------------------------------------------

Result<qint64> IncidentStore::restoreChange(qint64 changeId)
{
    using R = Result<qint64>;
    HistoryQuery one;
    one.changeId = changeId;
    const auto found = m_backend->history(one);
    if (!found)
        return R::failure(found.problem());
    if (found->empty())
        return R::failure(
            Error::notFound(QStringLiteral("change"), QStringLiteral("there is no change %1 in the history").arg(changeId)));
    const HistoryEntry &change = found->front();
    if (change.kind != QLatin1String("incidents"))
        return R::failure(Error::invalid(QStringLiteral("change"),
            QStringLiteral("change %1 is of %2 %3; only incidents can be restored so far")
                .arg(changeId)
                .arg(change.kind)
                .arg(change.recordId)));
    const bool deletion = change.operation == QLatin1String("delete");
    Result<Incident> restored = HistoryRecord::incident(deletion ? change.before : change.after);
    if (!restored)
        return R::failure(QStringLiteral("change %1: %2").arg(changeId).arg(restored.error()));
    Incident incident = std::move(restored.value());
    const std::optional<Incident> current = m_backend->incident(incident.id);
    // Its actors as they were: before the deletion's transaction, after
    // the update's (actors are written in the same one).
    HistoryQuery ofIncident;
    ofIncident.incidentId = incident.id;
    const auto changes = m_backend->history(ofIncident);
    if (!changes)
        return R::failure(changes.problem());
    qint64 first = change.id, last = change.id;
    for (const HistoryEntry &entry : changes.value())
        if (change.transaction && entry.transaction == change.transaction) {
            first = std::min(first, entry.id);
            last = std::max(last, entry.id);
        }
    incident.actors
        = HistoryRecord::actorsAt(changes.value(), deletion ? first - 1 : last, current ? current->actors : std::vector<Actor>());
    if (current) {
        if (auto updated = updateIncident(incident); !updated)
            return R::failure(updated.problem());
        return incident.id;
    }
    if (deletion && change.transaction) {
        // The claims that went with it, in the order they were.
        HistoryQuery together;
        together.transaction = change.transaction;
        const auto changes = m_backend->history(together);
        if (!changes)
            return R::failure(changes.problem());
        for (auto it = changes->rbegin(); it != changes->rend(); ++it) {
            if (it->kind != QLatin1String("claims") || it->operation != QLatin1String("delete"))
                continue;
            qint64 of = 0;
            Result<Claim> claim = HistoryRecord::claim(it->before, &of);
            if (claim && of == incident.id)
                incident.claims.push_back(claim.value());
        }
    }
    if (auto put = putIncident(incident); !put)
        return R::failure(put.problem());
    return incident.id;
}

// --- the team ------------------------------------------------------------------------

namespace {
Result<void> validUserName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return Result<void>::failure(QStringLiteral("user name: '%1' is not one: lowercase letters, digits and _, starting with"
                                                    " a letter or _, at most 63")
                                         .arg(name));
    if (name.startsWith(QLatin1String("pg_")) || name.startsWith(QLatin1String("conflictmap_")))
        return Result<void>::failure(QStringLiteral("user name: '%1' is reserved (pg_… and conflictmap_… are the server's"
                                                    " and conflictmap's roles)")
                                         .arg(name));
    return {};
}
} // namespace

Result<void> IncidentStore::addUser(const QString &name, UserRole role, const QString &password)
{
    if (auto valid = validUserName(name); !valid)
        return valid;
    return m_backend->addUser(name, role, password);
}

Result<void> IncidentStore::setUserRole(const QString &name, UserRole role)
{
    if (auto valid = validUserName(name); !valid)
        return valid;
    return m_backend->setUserRole(name, role);
}

} // namespace conflictmap
