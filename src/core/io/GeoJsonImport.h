#pragma once

#include "Result.h"
#include "model/Incident.h"

#include <QByteArray>

#include <vector>

namespace conflictmap {

class IncidentStore;

// Reading incidents from a GeoJSON FeatureCollection of Point features whose
// properties are those IncidentJson writes, and adding them to a store.
namespace GeoJsonImport {
// Errors name the feature: "feature 3: date: '2022-13' has no month 13".
Result<std::vector<Incident>> parse(const QByteArray &json);
// Adds every incident with its claims in one transaction, reusing stored
// sources (same url, or same title and publisher): all or nothing.
// Returns how many incidents were added.
Result<int> addAll(IncidentStore &store, const std::vector<Incident> &incidents);
} // namespace GeoJsonImport

} // namespace conflictmap
