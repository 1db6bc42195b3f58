#pragma once

#include "Result.h"
#include "model/Incident.h"

#include <QJsonObject>

namespace conflictmap {

class BoundaryLayer;

// An incident as JSON properties, the same everywhere conflictmap writes or
// reads JSON (GeoJSON export and import, the CLI's --format json): type,
// title, description, date, date_precision, status, precision, region,
// region_name, actors, fatalities, equipment, quantity, created, updated and
// sources, one object per claim: {title, url, publisher, language,
// published, claimant, stance, quote, translation}. Absent values are null.
namespace IncidentJson {
// 'layer' (optional) gives region_name.
QJsonObject properties(const Incident &incident, const BoundaryLayer *layer);
QJsonObject claimObject(const Claim &claim);
QJsonObject sourceObject(const Source &source);

// Reads properties back; claims carry their source (id 0) in Claim::source.
// 'lon'/'lat' come from the geometry. Errors name the property.
Result<Incident> fromProperties(const QJsonObject &properties, double lon, double lat);
} // namespace IncidentJson

} // namespace conflictmap
