// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/SampleData.h"

#include "BundledData.h"
#include "io/GeoJsonImport.h"
#include "store/IncidentStore.h"

#include <QFile>
#include <QFileInfo>

namespace conflictmap {

QString SampleData::path()
{
    return BundledData::path(QStringLiteral("sample-incidents.geojson"));
}

Result<int> SampleData::loadInto(IncidentStore &store)
{
    if (store.incidentCount() > 0)
        return Result<int>::failure(QStringLiteral("%1: the sample goes only into an empty database (it holds %2 incidents)")
                                        .arg(store.displayName())
                                        .arg(store.incidentCount()));
    auto imported = GeoJsonImport::fromFile(store, path());
    if (!imported)
        return Result<int>::failure(imported.problem());
    return int(imported.value().features);
}

Result<std::unique_ptr<IncidentStore>> SampleData::openCreatingWithSample(
    const QString &path, std::shared_ptr<const BoundaryLayer> layer)
{
    using R = Result<std::unique_ptr<IncidentStore>>;
    // A server's database is the team's: never filled with samples.
    const bool created = !IncidentStore::isServerUri(path) && !QFileInfo::exists(path);
    auto store = IncidentStore::open(path, std::move(layer));
    if (!store || !created)
        return store;
    auto loaded = loadInto(*store.value());
    if (!loaded) {
        store.value().reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return R::failure(loaded.problem());
    }
    return store;
}

} // namespace conflictmap
