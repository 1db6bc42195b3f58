// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "io/GeoJsonImport.h"

namespace conflictmap {

class IncidentStore;

// Importing any vector file analysts exchange: GeoJSON (told by its first
// byte, '{', whatever its name) streamed by GeoJsonImport, and every other
// format GDAL reads (KML and KMZ, GeoPackage, Shapefile, GPX, FlatGeobuf…)
// feature by feature through VectorDataset, with the same field mapping
// and the same all-or-nothing transaction. Points become positions, lines
// and areas shapes. For formats other than GeoJSON, where a mapped field
// keeps its default name and the feature has no such field, the names
// other tools use are read instead: KML's Name for the title, Description
// for the description, and its TimeStamp (or TimeSpan's begin) for the
// date; fields without a value, and KML's drawing fields (altitudeMode,
// tessellate, extrude, visibility, drawOrder, icon), are not kept. A
// feature's own id is its layer and FID ("control/3"). A dataset with no
// features is refused.
namespace VectorImport {
Result<ImportSummary> fromFile(IncidentStore &store, const QString &path, const ImportOptions &options = {},
    ImportFailure *failure = nullptr, const GeoJsonImport::Progress &progress = {});
} // namespace VectorImport

} // namespace conflictmap
