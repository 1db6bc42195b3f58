// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "io/ImportSession.h"

#include <QString>

#include <functional>
#include <string_view>

namespace conflictmap {

class IncidentStore;

// Importing a GeoJSON FeatureCollection (points, lines, areas) into a store,
// streamed feature by feature (GeoJsonReader, IncidentFeature). All or
// nothing: one transaction; the first bad feature aborts it with an error
// naming the feature's index and the problem, and the database is left as
// it was. A problem in a mapped field (ImportOptions) says which property
// it was read from, and fills *failure (if given) with its parts. Sources are matched, not duplicated: the same url, or without a
// url the same title and publisher, reuses the stored source. Features
// with an id (ImportOptions) are matched by it and their dataset: one
// imported before is updated if it changed, else left as it is; incidents
// always get the store's own ids.
namespace GeoJsonImport {
using Summary = ImportSummary;
// 'progress' (optional) is told the features read so far and the bytes of
// the file read of its size (known before the count is: enough to draw a
// bar), every thousand features or so and once at the end of the file;
// returning false from it cancels the import, which then writes nothing.
using Progress = std::function<bool(qint64 features, qint64 bytesRead, qint64 bytesTotal)>;
Result<Summary> fromFile(IncidentStore &store, const QString &path, const ImportOptions &options = {},
    ImportFailure *failure = nullptr, const Progress &progress = {});
Result<Summary> fromBytes(
    IncidentStore &store, std::string_view json, const ImportOptions &options = {}, ImportFailure *failure = nullptr);
// 'mapped': 'json' is a private read-only file mapping whose read pages may
// be dropped as the import goes.
Result<Summary> fromBytes(IncidentStore &store, std::string_view json, const ImportOptions &options, ImportFailure *failure,
    bool mapped, const Progress &progress = {});
} // namespace GeoJsonImport

} // namespace conflictmap
