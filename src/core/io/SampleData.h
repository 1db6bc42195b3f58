// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QString>

#include <memory>

namespace conflictmap {

class BoundaryLayer;
class IncidentStore;

// The sample incidents shipped with the app (geodata/sample-incidents.geojson):
// what one Arabic article reports about the Armenia–Azerbaijan border.
namespace SampleData {
QString path();
// Loads the sample into the store, which must hold no incidents yet.
Result<int> loadInto(IncidentStore &store);
// Opens the database at 'path'; when the file does not exist yet, creates
// it with the sample loaded (the app's first start). A failed creation
// leaves no file behind. A server database ('path' a URI) is opened as is.
Result<std::unique_ptr<IncidentStore>> openCreatingWithSample(const QString &path, std::shared_ptr<const BoundaryLayer> layer);
} // namespace SampleData

} // namespace conflictmap
