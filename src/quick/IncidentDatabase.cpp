#include "IncidentDatabase.h"

#include "geo/BoundaryLayer.h"
#include "io/SampleData.h"
#include "store/IncidentStore.h"

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

int IncidentDatabase::incidentCount() const
{
    return m_store ? int(m_store->incidentCount()) : 0;
}

int IncidentDatabase::sourceCount() const
{
    return m_store ? int(m_store->sources().size()) : 0;
}

} // namespace conflictmap
