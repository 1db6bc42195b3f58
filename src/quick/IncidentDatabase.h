// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "IncidentQuery.h"
#include "Result.h"
#include "archive/Document.h"
#include "map/Boundaries.h"
#include "model/ControlRecord.h"
#include "model/Incident.h"

#include <QFuture>
#include <QTimer>

#include <atomic>

#include <functional>
#include <memory>
#include <optional>

namespace conflictmap {

class BoundaryLayer;

class IncidentStore;

// The incident database the app works on, for QML: where it is, what it
// holds, and why it could not be opened. Made once in main.cpp and handed
// to the window; models read through store().
class IncidentDatabase : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by the application")
    Q_PROPERTY(QString path READ path CONSTANT)
    // The path, or the server URI without its password: what may be shown
    // and kept in settings.
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(conflictmap::Boundaries *boundaries READ boundaries CONSTANT)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)
    Q_PROPERTY(int incidentCount READ incidentCount NOTIFY changed)
    Q_PROPERTY(int sourceCount READ sourceCount NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString undoText READ undoText NOTIFY changed)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY changed)
    Q_PROPERTY(QString redoText READ redoText NOTIFY changed)
    // A long job (an export or an import) running in the background: what
    // it is ("Exporting…") and how far, in [0, 1]. One at a time.
    Q_PROPERTY(bool busy READ busy NOTIFY jobChanged)
    Q_PROPERTY(QString jobText READ jobText NOTIFY jobChanged)
    Q_PROPERTY(double progress READ progress NOTIFY jobChanged)
    // Why a server database cannot be reached just now (empty when it can):
    // the app tries again every few seconds and reloads once it is back.
    Q_PROPERTY(QString connectionProblem READ connectionProblem NOTIFY connectionChanged)

public:
    // Opens 'path' with the boundary layer at 'layerPath'; on the first
    // start (no file yet) creates it with the sample data.
    IncidentDatabase(const QString &path, const QString &layerPath, QObject *parent = nullptr);
    ~IncidentDatabase() override;

    QString path() const { return m_path; }
    QString name() const;
    bool isOpen() const { return m_store != nullptr; }
    QString errorString() const { return m_errorString; }
    int incidentCount() const;
    int sourceCount() const;
    IncidentStore *store() const { return m_store.get(); }
    // The units incidents are placed in; the map draws the same object.
    Boundaries *boundaries() { return &m_boundaries; }
    std::shared_ptr<const BoundaryLayer> layer() const { return m_boundaries.layer(); }
    bool canUndo() const { return !m_done.empty(); }
    QString undoText() const;
    bool canRedo() const { return !m_undone.empty(); }
    QString redoText() const;

    // Writes that views make; each tells every view (changed()) and goes
    // on the undo stack: undo() and redo() walk it, any number of steps.
    Result<qint64> addIncident(const Incident &incident);
    Result<void> updateIncident(const Incident &incident);
    // Deletes incident 'id' if it is still at 'version' (0: whatever it
    // is at); returns why not, or an empty string when it is deleted.
    Q_INVOKABLE QString deleteIncident(qint64 id, qint64 version = 0);
    // Makes an incident again what the history's change 'changeId' left it
    // (IncidentStore::restoreChange), recorded with the reason "restores
    // change N"; undoable like any edit. Returns the incident's id.
    Result<qint64> restoreChange(qint64 changeId);
    // Runs 'writes' (these calls, and the store's) as one transaction; their
    // undo steps go on the stack only once it is committed.
    Result<void> writeAll(const std::function<Result<void>()> &writes);
    // Replaces the claims of incident 'id' (adding, editing or removing one).
    Result<void> setClaims(qint64 id, const std::vector<Claim> &claims, const QString &what);
    // Stores a source with the document it was read from and tells every
    // view. Not on the undo stack: a source is undone with the claims that
    // rest on it, and this one has none yet.
    Result<qint64> addSource(const Source &source, const Document &document);
    // Grades a source or a claim (IncidentStore::setReliability,
    // setCredibility) and tells every view; kept in the history.
    Result<void> setReliability(qint64 sourceId, const QString &reliability);
    Result<void> setCredibility(qint64 claimId, std::optional<int> credibility);
    // Adds a version of territorial control and tells every view.
    Result<qint64> addControlRecord(const ControlRecord &record);
    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool redo();
    // Writes the incidents 'query' selects, its area included, as GeoJSON
    // to a local file (a path or file: URL), in the background on a
    // connection of its own; 'expected' (the count shown) scales the
    // progress. Ends with exportFinished(error, features): an empty error
    // on success.
    Q_INVOKABLE void exportGeoJson(const QString &file, const conflictmap::IncidentQuery *query, int expected);
    // Imports incidents from any vector file (GeoJSON, KML or KMZ,
    // GeoPackage, Shapefile, GPX…: VectorImport, as `conflictmap-cli import`
    // does with its defaults: the feature id kept, a re-import updating what
    // changed), in the background on a connection of its own, all or
    // nothing. Ends with importFinished(error, summary): one line either way.
    Q_INVOKABLE void importIncidents(const QString &file);
    // Imports versions of a party's control from any vector file (as
    // `conflictmap-cli area import` does), dated by 'dateField' or, when it
    // is empty, all on 'date'; in the background, all or nothing. Ends
    // with importFinished(error, summary).
    Q_INVOKABLE void importControl(
        const QString &file, const QString &party, const QString &claimedBy, const QString &dateField, const QString &date);
    bool busy() const { return m_job.has_value(); }
    QString jobText() const { return m_job ? m_job->text : QString(); }
    double progress() const { return m_job ? m_job->progress : 0.0; }
    QString connectionProblem() const { return m_connectionProblem; }

signals:
    void changed();
    void jobChanged();
    void connectionChanged();
    void exportFinished(const QString &error, qint64 features);
    void importFinished(const QString &error, const QString &summary);

private:
    // One step of the undo stack: incident 'id' as it was before and after
    // it (none: not there). Undo puts 'before' back, redo 'after', each with
    // the incident's own id.
    struct Change {
        qint64 id;
        std::optional<Incident> before, after;
        QString what; // "adding “title”", for the Undo and Redo labels
    };
    void record(Change change);
    bool apply(const Change &change, bool forward);
    // Forgets both stacks: another process wrote, and undoing could undo its work.
    void forgetHistory();
    // Each second: another process's commits, or a lost connection.
    void watch();
    // A step of connecting again to a server (IncidentStore::reconnect).
    void reconnectStep();

    std::vector<Change> m_done, m_undone; // the newest last
    std::optional<std::vector<Change>> m_pending; // recorded inside writeAll(), not yet committed
    QTimer m_watch; // polls for commits by other processes
    qint64 m_dataVersion = -1;
    QString m_connectionProblem;
    int m_retryIn = 0; // seconds before the next attempt to reconnect
    // The worker has its own connection (SQLite connections are not shared
    // between threads) and reports only through the shared values of
    // JobState, which the UI thread polls: nothing of this object is
    // touched there.
    struct JobState {
        std::atomic<double> progress{0};
        std::atomic<bool> cancel{false};
    };
    struct JobResult {
        QString error;
        qint64 count = 0;
        QString summary;
    };
    struct Job {
        QString text;
        double progress = 0;
        std::shared_ptr<JobState> state;
    };
    static JobResult jobFailed(const QString &error);
    using Work = std::function<JobResult(JobState &state)>;
    // Runs 'work' on a worker thread; 'done' gets its result on this one.
    bool startJob(const QString &text, Work work, std::function<void(const JobResult &)> done);

    std::optional<Job> m_job;
    QTimer m_jobPoll;
    QFuture<JobResult> m_jobFuture;
    QString m_path;
    Boundaries m_boundaries;
    QString m_errorString;
    std::unique_ptr<IncidentStore> m_store;
};

} // namespace conflictmap
