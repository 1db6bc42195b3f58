// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target: the GeoJSON reader and the feature mapping, on any bytes.
// Must never crash, hang or read out of bounds; errors are fine.
#include "io/GeoJsonReader.h"
#include "io/IncidentFeature.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace conflictmap;
    GeoJsonReader reader(std::string_view(reinterpret_cast<const char *>(data), size));
    ImportOptions options;
    options.defaultType = QStringLiteral("other");
    reader.read([&](const JsonValue &feature, qint64) -> Result<void> {
        auto incident = IncidentFeature::read(feature, options);
        return incident ? Result<void>() : Result<void>::failure(incident.error());
    });
    return 0;
}
