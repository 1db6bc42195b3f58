#include "io/SampleData.h"

#include "io/GeoJsonImport.h"
#include "store/IncidentStore.h"

#include <QFile>

namespace conflictmap {

QString SampleData::path()
{
    return QStringLiteral(CONFLICTMAP_SAMPLE_DATA);
}

Result<int> SampleData::loadInto(IncidentStore &store)
{
    if (store.incidentCount() > 0)
        return Result<int>::failure(
            QStringLiteral("%1: the sample goes only into an empty database (it holds %2 incidents)").arg(store.path()).arg(store.incidentCount()));
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return Result<int>::failure(QStringLiteral("%1: %2").arg(path(), file.errorString()));
    auto incidents = GeoJsonImport::parse(file.readAll());
    if (!incidents)
        return Result<int>::failure(QStringLiteral("%1: %2").arg(path(), incidents.error()));
    return GeoJsonImport::addAll(store, incidents.value());
}

} // namespace conflictmap
