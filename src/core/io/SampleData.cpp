#include "io/SampleData.h"

#include "io/GeoJsonImport.h"
#include "store/IncidentStore.h"

#include <QFile>
#include <QFileInfo>

namespace conflictmap {

QString SampleData::path()
{
    return QStringLiteral(CONFLICTMAP_SAMPLE_DATA);
}

Result<int> SampleData::loadInto(IncidentStore &store)
{
    if (store.incidentCount() > 0)
        return Result<int>::failure(QStringLiteral("%1: the sample goes only into an empty database (it holds %2 incidents)")
                                        .arg(store.path())
                                        .arg(store.incidentCount()));
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return Result<int>::failure(QStringLiteral("%1: %2").arg(path(), file.errorString()));
    auto incidents = GeoJsonImport::parse(file.readAll());
    if (!incidents)
        return Result<int>::failure(QStringLiteral("%1: %2").arg(path(), incidents.error()));
    return GeoJsonImport::addAll(store, incidents.value());
}

Result<std::unique_ptr<IncidentStore>> SampleData::openCreatingWithSample(
    const QString &path, std::shared_ptr<const BoundaryLayer> layer)
{
    using R = Result<std::unique_ptr<IncidentStore>>;
    const bool created = !QFileInfo::exists(path);
    auto store = IncidentStore::open(path, std::move(layer));
    if (!store || !created)
        return store;
    auto loaded = loadInto(*store.value());
    if (!loaded) {
        store.value().reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return R::failure(loaded.error());
    }
    return store;
}

} // namespace conflictmap
