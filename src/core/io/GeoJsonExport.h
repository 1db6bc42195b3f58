#pragma once

#include "Result.h"
#include "store/IncidentFilter.h"

#include <QString>

class QIODevice;

namespace conflictmap {

class IncidentStore;

// Exporting incidents as GeoJSON (see GeoJsonWriter for the format).
namespace GeoJsonExport {
struct Summary {
    qint64 features = 0;
    qint64 bytes = 0;
};
// Writes to 'path' through a temporary file renamed into place only when
// everything was written: a failed export leaves no half file behind and
// an existing file as it was.
Result<Summary> toFile(const IncidentStore &store, const IncidentFilter &filter, const QString &path);
// Writes to an open device (standard output).
Result<Summary> toDevice(const IncidentStore &store, const IncidentFilter &filter, QIODevice &device);
} // namespace GeoJsonExport

} // namespace conflictmap
