// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IncidentDatabase.h"

#include "IncidentQuery.h"
#include "geo/BoundaryLayer.h"
#include "io/ControlImport.h"
#include "io/GeoJsonExport.h"
#include "io/SampleData.h"
#include "io/VectorImport.h"
#include "map/LocalPath.h"
#include "store/IncidentStore.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace conflictmap {

IncidentDatabase::IncidentDatabase(const QString &path, const QString &layerPath, QObject *parent)
    : QObject(parent), m_path(path), m_boundaries(this)
{
    if (!m_boundaries.openNow(layerPath)) {
        m_errorString = m_boundaries.errorString();
        return;
    }
    auto opened = SampleData::openCreatingWithSample(path, m_boundaries.layer());
    if (!opened) {
        m_errorString = opened.error();
        return;
    }
    m_store = std::move(opened.value());
    // "Layer…" replaces the units for the map and the writes alike.
    connect(&m_boundaries, &Boundaries::layerChanged, this, [this] { m_store->setLayer(m_boundaries.layer()); });
    // Another process (the CLI, a second app) may write the same file:
    // SQLite's data_version says when, cheaply; the views then reload.
    m_dataVersion = m_store->dataVersion();
    m_watch.setInterval(1000);
    connect(&m_watch, &QTimer::timeout, this, &IncidentDatabase::watch);
    m_watch.start();
}

void IncidentDatabase::watch()
{
    const qint64 version = m_store->dataVersion();
    if (!m_store->isConnected()) {
        reconnectStep();
        return;
    }
    if (version != m_dataVersion) {
        m_dataVersion = version;
        // Someone else wrote: undoing our changes could now undo theirs.
        forgetHistory();
        emit changed();
    }
}

void IncidentDatabase::reconnectStep()
{
    if (m_retryIn > 0) { // after a failed attempt: a few seconds' rest
        --m_retryIn;
        return;
    }
    const Result<bool> reconnected = m_store->reconnect();
    // A connection is made in a few exchanges with the server: looked at
    // often while they go on, each second otherwise.
    m_watch.setInterval(reconnected && !reconnected.value() ? 50 : 1000);
    if (!reconnected || !reconnected.value()) {
        const QString problem = !reconnected ? tr("The database cannot be reached (%1); trying again…").arg(reconnected.error())
                                             : tr("The connection to the database was lost; connecting again…");
        if (!reconnected)
            m_retryIn = 4;
        if (problem != m_connectionProblem) {
            m_connectionProblem = problem;
            emit connectionChanged();
        }
        return;
    }
    m_connectionProblem.clear();
    emit connectionChanged();
    m_dataVersion = m_store->dataVersion();
    forgetHistory(); // others may have written meanwhile
    emit changed();
}

QString IncidentDatabase::name() const
{
    return m_store ? m_store->displayName() : QString();
}

IncidentDatabase::~IncidentDatabase()
{
    // A job still running stops at its next thousand features (an import
    // then writes nothing).
    if (m_job)
        m_job->state->cancel = true;
    m_jobFuture.waitForFinished();
}

QString IncidentDatabase::undoText() const
{
    return m_done.empty() ? QString() : tr("Undo %1").arg(m_done.back().what);
}

QString IncidentDatabase::redoText() const
{
    return m_undone.empty() ? QString() : tr("Redo %1").arg(m_undone.back().what);
}

void IncidentDatabase::record(Change change)
{
    if (m_pending) { // inside writeAll(): on the stack once committed
        m_pending->push_back(std::move(change));
        return;
    }
    m_done.push_back(std::move(change));
    m_undone.clear(); // a new change forks history: what was undone is gone
    emit changed();
}

Result<void> IncidentDatabase::writeAll(const std::function<Result<void>()> &writes)
{
    if (!m_store)
        return Result<void>::failure(m_errorString);
    if (m_pending) // nested: the outer call records
        return m_store->writeAll(writes);
    m_pending.emplace();
    const Result<void> written = m_store->writeAll(writes);
    std::vector<Change> changes = std::move(*m_pending);
    m_pending.reset();
    if (written)
        for (Change &change : changes)
            record(std::move(change));
    return written;
}

void IncidentDatabase::forgetHistory()
{
    m_done.clear();
    m_undone.clear();
}

Result<qint64> IncidentDatabase::addIncident(const Incident &incident)
{
    if (!m_store)
        return Result<qint64>::failure(m_errorString);
    auto id = m_store->addIncident(incident);
    if (id)
        record({id.value(), std::nullopt, m_store->incident(id.value()), tr("adding \u201c%1\u201d").arg(incident.title)});
    return id;
}

Result<qint64> IncidentDatabase::addSource(const Source &source, const Document &document)
{
    if (!m_store)
        return Result<qint64>::failure(m_errorString);
    auto id = m_store->addSource(source, document);
    if (id)
        emit changed();
    return id;
}

Result<void> IncidentDatabase::setReliability(qint64 sourceId, const QString &reliability)
{
    if (!m_store)
        return Result<void>::failure(m_errorString);
    auto graded = m_store->setReliability(sourceId, reliability);
    if (graded)
        emit changed();
    return graded;
}

Result<void> IncidentDatabase::setCredibility(qint64 claimId, std::optional<int> credibility)
{
    if (!m_store)
        return Result<void>::failure(m_errorString);
    auto graded = m_store->setCredibility(claimId, credibility);
    if (graded)
        emit changed();
    return graded;
}

Result<void> IncidentDatabase::updateIncident(const Incident &incident)
{
    if (!m_store)
        return Result<void>::failure(m_errorString);
    const auto before = m_store->incident(incident.id);
    auto updated = m_store->updateIncident(incident);
    if (updated && before)
        record({incident.id, before, m_store->incident(incident.id), tr("editing \u201c%1\u201d").arg(before->title)});
    return updated;
}

Result<qint64> IncidentDatabase::restoreChange(qint64 changeId)
{
    if (!m_store)
        return Result<qint64>::failure(m_errorString);
    HistoryQuery query;
    query.changeId = changeId;
    const auto change = m_store->history(query);
    const std::optional<Incident> before = change && !change->empty() && change->front().kind == QLatin1String("incidents")
        ? m_store->incident(change->front().recordId)
        : std::nullopt;
    // The history is data: its reason is not translated.
    m_store->setChangeReason(QStringLiteral("restores change %1").arg(changeId));
    auto restored = m_store->restoreChange(changeId);
    m_store->setChangeReason(QString());
    if (restored)
        record({restored.value(), before, m_store->incident(restored.value()), tr("restoring change %1").arg(changeId)});
    return restored;
}

QString IncidentDatabase::deleteIncident(qint64 id, qint64 version)
{
    if (!m_store)
        return tr("No database is open.");
    const auto before = m_store->incident(id);
    if (!before)
        return tr("incident %1 no longer exists").arg(id);
    // The version checked is the one the user saw, not the one just read.
    if (auto deleted = m_store->deleteIncident(id, version > 0 ? std::optional<qint64>(version) : std::nullopt); !deleted)
        return deleted.problem().message; // its field is the version the dialog kept, not one the user sees
    record({id, before, std::nullopt, tr("deleting \u201c%1\u201d").arg(before->title)});
    return QString();
}

Result<void> IncidentDatabase::setClaims(qint64 id, const std::vector<Claim> &claims, const QString &what)
{
    const auto before = m_store ? m_store->incident(id) : std::nullopt;
    if (!before)
        return Result<void>::failure(m_store ? tr("incident %1 no longer exists").arg(id) : m_errorString);
    Incident after = *before;
    after.claims = claims;
    auto put = m_store->putIncident(after);
    if (put)
        record({id, before, m_store->incident(id), what});
    return put;
}

bool IncidentDatabase::apply(const Change &change, bool forward)
{
    const std::optional<Incident> &state = forward ? change.after : change.before;
    return state ? bool(m_store->putIncident(*state)) : bool(m_store->deleteIncident(change.id));
}

Result<qint64> IncidentDatabase::addControlRecord(const ControlRecord &record)
{
    if (!m_store)
        return Result<qint64>::failure(tr("No database is open."));
    Result<qint64> id = m_store->control().add(record);
    if (id)
        emit changed();
    return id;
}

bool IncidentDatabase::undo()
{
    if (m_done.empty() || !m_store)
        return false;
    Change change = std::move(m_done.back());
    m_done.pop_back();
    const bool done = apply(change, false);
    if (done)
        m_undone.push_back(std::move(change));
    else
        forgetHistory(); // the database is not as the history says
    emit changed();
    return done;
}

bool IncidentDatabase::redo()
{
    if (m_undone.empty() || !m_store)
        return false;
    Change change = std::move(m_undone.back());
    m_undone.pop_back();
    const bool done = apply(change, true);
    if (done)
        m_done.push_back(std::move(change));
    else
        forgetHistory();
    emit changed();
    return done;
}

IncidentDatabase::JobResult IncidentDatabase::jobFailed(const QString &error)
{
    return {error, 0, {}};
}

bool IncidentDatabase::startJob(const QString &text, Work work, std::function<void(const JobResult &)> done)
{
    if (!m_store || m_job) {
        done(jobFailed(m_store ? tr("%1 is running: wait for it to finish").arg(jobText()) : m_errorString));
        return false;
    }
    auto state = std::make_shared<JobState>();
    m_job = Job{text, 0, state};
    emit jobChanged();
    m_jobFuture = QtConcurrent::run([work = std::move(work), state] { return work(*state); });
    m_jobPoll.setInterval(100);
    m_jobPoll.disconnect();
    connect(&m_jobPoll, &QTimer::timeout, this, [this] {
        if (m_job)
            m_job->progress = std::clamp(m_job->state->progress.load(), 0.0, 1.0);
        emit jobChanged();
    });
    m_jobPoll.start();
    auto *watcher = new QFutureWatcher<JobResult>(this); // deleted when done
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, done = std::move(done)] {
        const JobResult result = watcher->result();
        watcher->deleteLater();
        m_jobPoll.stop();
        m_job.reset();
        emit jobChanged();
        done(result);
    });
    watcher->setFuture(m_jobFuture);
    return true;
}

void IncidentDatabase::exportGeoJson(const QString &file, const IncidentQuery *query, int expected)
{
    const QString path = localPath(file);
    const IncidentFilter filter = query ? query->filter(true) : IncidentFilter();
    startJob(
        tr("Exporting…"),
        [path, filter, expected, dbPath = m_path, layer = m_boundaries.layer()](JobState &state) -> JobResult {
            auto store = IncidentStore::open(dbPath, layer, StoreAccess::ReadOnly);
            if (!store)
                return jobFailed(store.error());
            auto summary = GeoJsonExport::toFile(*store.value(), filter, path, [&](qint64 features) {
                state.progress = expected > 0 ? double(features) / expected : 0.0;
                return !state.cancel.load();
            });
            return summary ? JobResult{{}, summary->features, {}} : jobFailed(summary.error());
        },
        [this](const JobResult &result) { emit exportFinished(result.error, result.count); });
}

void IncidentDatabase::importIncidents(const QString &file)
{
    const QString path = localPath(file);
    startJob(
        tr("Importing…"),
        [path, dbPath = m_path, layer = m_boundaries.layer()](JobState &state) -> JobResult {
            auto store = IncidentStore::open(dbPath, layer);
            if (!store)
                return jobFailed(store.error());
            auto summary = VectorImport::fromFile(*store.value(), path, {}, nullptr, [&](qint64, qint64 read, qint64 total) {
                state.progress = total > 0 ? double(read) / total : 0.0;
                return !state.cancel.load();
            });
            if (!summary)
                return jobFailed(summary.error()); // names the file and the feature
            const ImportSummary &s = summary.value();
            return {{}, s.features,
                tr("Imported %1 features: %2 added, %3 updated, %4 unchanged.")
                    .arg(s.features)
                    .arg(s.added)
                    .arg(s.updated)
                    .arg(s.unchanged)};
        },
        [this](const JobResult &result) {
            emit changed(); // the views read the new incidents
            emit importFinished(result.error, result.summary);
        });
}

void IncidentDatabase::importControl(
    const QString &file, const QString &party, const QString &claimedBy, const QString &dateField, const QString &date)
{
    ControlImport::Options options;
    options.party = party;
    options.claimedBy = claimedBy;
    options.dateField = dateField;
    if (dateField.isEmpty()) {
        QString why;
        options.date = ControlImport::parseDay(date.trimmed(), &why);
        if (!options.date) {
            emit importFinished(tr("date: %1").arg(why), {});
            return;
        }
    }
    const QString path = localPath(file);
    startJob(
        tr("Importing control…"),
        [path, options, dbPath = m_path, layer = m_boundaries.layer()](JobState &) -> JobResult {
            auto store = IncidentStore::open(dbPath, layer);
            if (!store)
                return jobFailed(store.error());
            auto summary = ControlImport::run(*store.value(), path, options);
            if (!summary)
                return jobFailed(summary.error());
            return {{}, summary->features, summary->text()};
        },
        [this](const JobResult &result) {
            emit changed();
            emit importFinished(result.error, result.summary);
        });
}

int IncidentDatabase::incidentCount() const
{
    return m_store ? int(m_store->incidentCount()) : 0;
}

int IncidentDatabase::sourceCount() const
{
    return m_store ? int(m_store->sources().size()) : 0;
}

} // namespace conflictmap
