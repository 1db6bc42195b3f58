// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Vocabulary.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace conflictmap {

// The incident fields an import reads from a property the caller names.
enum class ImportField { None, Type, Title, Date, Description, Id, SourceUrl, SourceDate, Actor };

// How the properties of GeoJSON features from other tools map onto an
// incident. The defaults read what conflictmap's own export writes. An
// empty property name means the file has no such property: the field is
// never read from it.
struct ImportOptions {
    QString typeField = QStringLiteral("type");
    QString titleField = QStringLiteral("title");
    QString dateField = QStringLiteral("date");
    QString descriptionField = QStringLiteral("description");
    // Each feature's own id, read from the feature's "id" member (the
    // default) or from the property idField (idIsMember false). Features
    // are matched across imports by their id and the dataset: importing
    // them again updates those that changed and skips the others.
    QString idField = QStringLiteral("id");
    bool idIsMember = true;
    // What the ids are unique in; importing a file, empty means the file's
    // name. Without a dataset features are not matched: each import adds.
    QString dataset;
    // Properties holding the URLs of each feature's sources (one claim,
    // "reports", per URL; a list, or URLs separated by spaces, commas or
    // semicolons, gives several) and the date they were published.
    QString sourceUrlField;
    QString sourceDateField;
    // Properties holding the parties involved (a name, or a list of them).
    QStringList actorFields;
    QString defaultType; // for features without a type
    std::optional<LocationPrecision> defaultPrecision; // else "near": a point from elsewhere claims no more
    std::optional<IncidentStatus> defaultStatus; // else "reported"
    // Lines and areas that are invalid (crossing rings...) are repaired
    // (GeometryRepair) rather than refused.
    bool repair = false;

    // The property 'field' is read from; empty: none.
    // (Actor: the first of actorFields.)
    const QString &property(ImportField field) const;
    QString &property(ImportField field); // not for ImportField::None nor Actor
};

// A failed import in parts, for callers that name their own settings for
// the mapped fields (the CLI its --*-field options): the problem
// ("feature 3: type: 'Headquarters' is not an incident type"), the field it
// is in, if a mapped one, and the property that field is read from (for
// the id, the feature's member when 'member').
struct ImportFailure {
    QString problem;
    ImportField field = ImportField::None;
    QString property;
    bool member = false;
};

} // namespace conflictmap
