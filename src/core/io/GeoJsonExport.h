// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "store/IncidentFilter.h"

#include <QString>

#include <functional>

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
// 'progress' (optional) is told the number of features written every
// thousand or so; returning false from it cancels the export.
using Progress = std::function<bool(qint64 features)>;
Result<Summary> toFile(
    const IncidentStore &store, const IncidentFilter &filter, const QString &path, const Progress &progress = {});
// Writes to an open device (standard output).
Result<Summary> toDevice(
    const IncidentStore &store, const IncidentFilter &filter, QIODevice &device, const Progress &progress = {});
} // namespace GeoJsonExport

} // namespace conflictmap
