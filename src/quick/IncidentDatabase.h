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
    bool canUndo() const { return m_undo.has_value(); }
    QString undoText() const;

    // Writes that views make; each tells every view (changed()) and can be
    // undone by undo(), the last one at least.
    Result<qint64> addIncident(const Incident &incident);
    Result<void> updateIncident(const Incident &incident);
    Q_INVOKABLE bool deleteIncident(qint64 id);
    Q_INVOKABLE bool undo();
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
    // What undo() reverts: an added incident (delete it), a deleted or an
    // edited one (restore it as it was).
    struct Undo {
        enum Kind { Added, Deleted, Edited } kind;
        Incident before; // for Deleted and Edited; its id for Added
    };
    void recordUndo(Undo undo);

    std::optional<Undo> m_undo;
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
