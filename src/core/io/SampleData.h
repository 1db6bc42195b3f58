#pragma once

#include "Result.h"

#include <QString>

namespace conflictmap {

class IncidentStore;

// The sample incidents shipped with the app (geodata/sample-incidents.geojson):
// what one Arabic article reports about the Armenia–Azerbaijan border.
namespace SampleData {
QString path();
// Loads the sample into the store, which must hold no incidents yet.
Result<int> loadInto(IncidentStore &store);
} // namespace SampleData

} // namespace conflictmap
