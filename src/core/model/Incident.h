// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Claim.h"
#include "model/PartialDate.h"
#include "model/Vocabulary.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace conflictmap {

// An incident, deployment or statement as recorded by an analyst, with
// every claim about it. Empty strings stand for absent values.
struct Incident {
    qint64 id = 0;
    QString type; // a name from the incident_types table
    QString title;
    QString description;
    std::optional<PartialDate> date;
    double lon = 0;
    double lat = 0;
    LocationPrecision precision = LocationPrecision::Near;
    // ISO 3166-2 code of the admin unit (ISO 3166-1 alpha-2 for country
    // precision); filled from the boundary layer for point precisions.
    QString region;
    IncidentStatus status = IncidentStatus::Reported;
    QStringList actors;
    std::optional<qint64> fatalities;
    QString equipment;
    std::optional<qint64> quantity;
    QString extra; // a JSON object of imported properties with no field here, or empty
    // Where an imported incident came from: its feature's own id, unique
    // within the dataset (a file's name); both empty for incidents not imported.
    QString importDataset;
    QString importId;
    QString created; // UTC, ISO 8601; set by the store unless given (imports keep theirs)
    QString updated;
    std::vector<Claim> claims;
};

} // namespace conflictmap
