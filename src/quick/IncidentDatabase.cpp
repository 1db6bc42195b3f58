#include "IncidentDatabase.h"

#include "geo/BoundaryLayer.h"
#include "io/GeoJsonExport.h"
#include "io/SampleData.h"
#include "store/IncidentStore.h"

#include <QUrl>

namespace conflictmap {

IncidentDatabase::IncidentDatabase(const QString &path, const QString &layerPath, QObject *parent) : QObject(parent), m_path(path)
{
    QString error;
    std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(layerPath, &error));
    if (!layer) {
        m_errorString = error;
        return;
    }
    auto opened = SampleData::openCreatingWithSample(path, std::move(layer));
    if (!opened) {
        m_errorString = opened.error();
        return;
    }
    m_store = std::move(opened.value());
}

IncidentDatabase::~IncidentDatabase() = default;

QString IncidentDatabase::undoText() const
{
    if (!m_undo)
        return {};
    switch (m_undo->kind) {
    case Undo::Added:
        return tr("Undo adding \u201c%1\u201d").arg(m_undo->before.title);
    case Undo::Deleted:
        return tr("Undo deleting \u201c%1\u201d").arg(m_undo->before.title);
    case Undo::Edited:
        return tr("Undo editing \u201c%1\u201d").arg(m_undo->before.title);
    }
    return {};
}

void IncidentDatabase::recordUndo(Undo undo)
{
    m_undo = std::move(undo);
    emit changed();
}

Result<qint64> IncidentDatabase::addIncident(const Incident &incident)
{
    if (!m_store)
        return Result<qint64>::failure(m_errorString);
    auto id = m_store->addIncident(incident);
    if (id) {
        Incident added = incident;
        added.id = id.value();
        recordUndo({Undo::Added, added});
    }
    return id;
}

Result<void> IncidentDatabase::updateIncident(const Incident &incident)
{
    if (!m_store)
        return Result<void>::failure(m_errorString);
    const auto before = m_store->incident(incident.id);
    auto updated = m_store->updateIncident(incident);
    if (updated && before)
        recordUndo({Undo::Edited, *before});
    return updated;
}

bool IncidentDatabase::deleteIncident(qint64 id)
{
    const auto before = m_store ? m_store->incident(id) : std::nullopt;
    if (!before || !m_store->deleteIncident(id))
        return false;
    recordUndo({Undo::Deleted, *before});
    return true;
}

bool IncidentDatabase::undo()
{
    if (!m_undo || !m_store)
        return false;
    const Undo undo = *m_undo;
    bool done = false;
    switch (undo.kind) {
    case Undo::Added:
        done = bool(m_store->deleteIncident(undo.before.id));
        break;
    case Undo::Deleted: {
        // Back with its claims (their sources stayed); a new id.
        Incident restored = undo.before;
        restored.id = 0;
        for (Claim &claim : restored.claims)
            claim.sourceId = claim.source.id;
        done = bool(m_store->addIncident(restored));
        break;
    }
    case Undo::Edited:
        done = bool(m_store->updateIncident(undo.before));
        break;
    }
    if (done)
        m_undo.reset();
    emit changed();
    return done;
}

QString IncidentDatabase::exportGeoJson(const QString &file, const QString &text, const QString &type, const QString &status,
                                        const QString &region)
{
    if (!m_store)
        return m_errorString;
    const QString path = file.startsWith(QLatin1String("file:")) ? QUrl(file).toLocalFile() : file;
    IncidentFilter filter;
    filter.text = text;
    filter.type = type;
    filter.status = status;
    filter.region = region;
    auto written = GeoJsonExport::toFile(*m_store, filter, path);
    return written ? QString() : written.error();
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
