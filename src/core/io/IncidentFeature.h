#pragma once

#include "Result.h"
#include "io/ImportOptions.h"
#include "io/JsonValue.h"
#include "model/Incident.h"

namespace conflictmap {

// One GeoJSON feature read as an incident: the geometry a WGS 84 Point, the
// properties mapped by ImportOptions; properties with no field of their own
// are kept in Incident::extra. Claims carry their source in Claim::source.
// Errors name the member: "geometry: ...", "date: ...".
namespace IncidentFeature {
Result<Incident> read(const JsonValue &feature, const ImportOptions &options);
} // namespace IncidentFeature

} // namespace conflictmap
