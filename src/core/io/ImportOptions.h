#pragma once

#include "model/Vocabulary.h"

#include <QString>

#include <optional>

namespace conflictmap {

// The incident fields an import reads from a property the caller names.
enum class ImportField { None, Type, Title, Date, Description };

// How the properties of GeoJSON features from other tools map onto an
// incident. The defaults read what conflictmap's own export writes. An
// empty property name means the file has no such property: the field is
// never read from it.
struct ImportOptions {
    QString typeField = QStringLiteral("type");
    QString titleField = QStringLiteral("title");
    QString dateField = QStringLiteral("date");
    QString descriptionField = QStringLiteral("description");
    QString defaultType; // for features without a type
    std::optional<LocationPrecision> defaultPrecision; // else "near": a point from elsewhere claims no more
    std::optional<IncidentStatus> defaultStatus; // else "reported"

    // The property 'field' is read from; empty: none.
    const QString &property(ImportField field) const;
    QString &property(ImportField field); // not for ImportField::None
};

// A failed import in parts, for callers that name their own settings for
// the mapped fields (the CLI its --*-field options): the problem
// ("feature 3: type: 'Headquarters' is not an incident type"), the field it
// is in, if a mapped one, and the property that field is read from.
struct ImportFailure {
    QString problem;
    ImportField field = ImportField::None;
    QString property;
};

} // namespace conflictmap
