// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "io/ImportOptions.h"
#include "io/JsonValue.h"
#include "model/Incident.h"

namespace conflictmap {

// One GeoJSON feature read as an incident: a WGS 84 Point as lon/lat, any
// other geometry but a GeometryCollection as its shape (checked for
// validity by the store), the properties mapped by ImportOptions;
// properties with no field of their own are kept in Incident::extra
// (a line's or area's "regions", which export writes and the store finds
// again, is not). Claims carry their source in Claim::source.
// Errors name the member or field: "geometry: ...", "date: ..."; an error
// in a mapped field also sets the field and property of *failure. The type is left empty when the
// feature has none (the caller applies the default and checks the name).
namespace IncidentFeature {
Result<Incident> read(const JsonValue &feature, const ImportOptions &options, ImportFailure *failure = nullptr);
// A feature of another format (VectorDataset): its geometry, its fields as
// a GeoJSON feature's properties, and its own id (the feature's "id").
Result<Incident> read(const Geometry &geometry, const JsonValue &properties, const QString &id, const ImportOptions &options,
    ImportFailure *failure = nullptr);
} // namespace IncidentFeature

} // namespace conflictmap
