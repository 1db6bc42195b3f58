#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "IncidentQuery.h"
#include "Result.h"
#include "model/Incident.h"

#include <QFuture>
#include <QTimer>

#include <atomic>

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
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)
    Q_PROPERTY(int incidentCount READ incidentCount NOTIFY changed)
    Q_PROPERTY(int sourceCount READ sourceCount NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)
    Q_PROPERTY(QString undoText READ undoText NOTIFY changed)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY changed)
    Q_PROPERTY(QString redoText READ redoText NOTIFY changed)
    Q_PROPERTY(bool exporting READ exporting NOTIFY exportChanged)
    Q_PROPERTY(double exportProgress READ exportProgress NOTIFY exportChanged)

public:
    // Opens 'path' with the boundary layer at 'layerPath'; on the first
    // start (no file yet) creates it with the sample data.
    IncidentDatabase(const QString &path, const QString &layerPath, QObject *parent = nullptr);
    ~IncidentDatabase() override;

    QString path() const { return m_path; }
    bool isOpen() const { return m_store != nullptr; }
    QString errorString() const { return m_errorString; }
    int incidentCount() const;
    int sourceCount() const;
    IncidentStore *store() const { return m_store.get(); }
    std::shared_ptr<const BoundaryLayer> layer() const { return m_layer; }
    bool canUndo() const { return !m_done.empty(); }
    QString undoText() const;
    bool canRedo() const { return !m_undone.empty(); }
    QString redoText() const;

    // Writes that views make; each tells every view (changed()) and goes
    // on the undo stack: undo() and redo() walk it, any number of steps.
    Result<qint64> addIncident(const Incident &incident);
    Result<void> updateIncident(const Incident &incident);
    Q_INVOKABLE bool deleteIncident(qint64 id);
    // Replaces the claims of incident 'id' (adding, editing or removing one).
    Result<void> setClaims(qint64 id, const std::vector<Claim> &claims, const QString &what);
    Q_INVOKABLE bool undo();
    Q_INVOKABLE bool redo();
    // Writes the incidents 'query' selects, its area included, as GeoJSON
    // to a local file (a path or file: URL), in the background on a
    // connection of its own; 'expected' (the count shown) scales the
    // progress. Ends with exportFinished(error, features): an empty error
    // on success.
    Q_INVOKABLE void exportGeoJson(const QString &file, const conflictmap::IncidentQuery *query, int expected);
    bool exporting() const { return m_exporting; }
    double exportProgress() const { return m_exportProgress; }

signals:
    void changed();
    void exportChanged();
    void exportFinished(const QString &error, qint64 features);

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

    std::vector<Change> m_done, m_undone; // the newest last
    std::shared_ptr<const BoundaryLayer> m_layer;
    QTimer m_watch; // polls for commits by other processes
    qint64 m_dataVersion = -1;
    bool m_exporting = false;
    double m_exportProgress = 0;
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    QTimer m_exportPoll;
    QFuture<std::pair<QString, qint64>> m_export;
    QString m_path;
    QString m_errorString;
    std::unique_ptr<IncidentStore> m_store;
};

} // namespace conflictmap
