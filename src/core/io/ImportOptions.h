#pragma once

#include "model/Vocabulary.h"

#include <QString>

#include <optional>

namespace conflictmap {

// How the properties of GeoJSON features from other tools map onto an
// incident. The defaults read what conflictmap's own export writes.
struct ImportOptions {
    QString typeField = QStringLiteral("type");
    QString titleField = QStringLiteral("title");
    QString dateField = QStringLiteral("date");
    QString descriptionField = QStringLiteral("description");
    QString defaultType; // for features without a type
    std::optional<LocationPrecision> defaultPrecision; // else "near": a point from elsewhere claims no more
    std::optional<IncidentStatus> defaultStatus; // else "reported"
};

} // namespace conflictmap
