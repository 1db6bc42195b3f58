#include "io/GeoJsonExport.h"

#include "io/GeoJsonWriter.h"
#include "store/IncidentStore.h"

#include <QSaveFile>

namespace conflictmap {

Result<GeoJsonExport::Summary> GeoJsonExport::toDevice(
    const IncidentStore &store, const IncidentFilter &filter, QIODevice &device, const Progress &progress)
{
    using R = Result<Summary>;
    GeoJsonWriter writer(device, store.layer());
    if (!writer.begin())
        return R::failure(QStringLiteral("cannot write: %1").arg(writer.errorString()));
    bool written = true;
    bool cancelled = false;
    qint64 count = 0;
    auto scanned = store.scan(filter, [&](const IncidentRow &row) {
        if (!(written = writer.write(row)))
            return false;
        if (progress && ++count % 1000 == 0 && !progress(count))
            return !(cancelled = true);
        return true;
    });
    if (!scanned)
        return R::failure(scanned.error());
    if (cancelled)
        return R::failure(QStringLiteral("export cancelled"));
    if (!written || !writer.finish())
        return R::failure(QStringLiteral("cannot write: %1").arg(writer.errorString()));
    return Summary{scanned.value(), writer.bytesWritten()};
}

Result<GeoJsonExport::Summary> GeoJsonExport::toFile(
    const IncidentStore &store, const IncidentFilter &filter, const QString &path, const Progress &progress)
{
    using R = Result<Summary>;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return R::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    auto summary = toDevice(store, filter, file, progress);
    if (!summary) {
        file.cancelWriting();
        return R::failure(QStringLiteral("%1: %2").arg(path, summary.error()));
    }
    if (!file.commit())
        return R::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return summary;
}

} // namespace conflictmap
