// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/Geometry.h"
#include "model/Actor.h"
#include "model/Claim.h"
#include "model/PartialDate.h"
#include "model/Vocabulary.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace conflictmap {

// A unit a line or area touches and its share of it: the fraction of the
// geometry's length (a line), area (an area) or points inside the unit.
struct RegionShare {
    QString region;
    double share = 0;
};

// An incident, deployment or statement as recorded by an analyst, with
// every claim about it. Empty strings stand for absent values.
struct Incident {
    qint64 id = 0;
    QString type; // a name from the incident_types table
    QString title;
    QString description;
    std::optional<PartialDate> date;
    // The end of a period (an offensive, a deployment, a dataset's "between
    // these days"): the incident is from 'date' to 'dateUntil' inclusive;
    // none for one day, month or year.
    std::optional<PartialDate> dateUntil;
    // Where it is shown as a point: the point itself, a unit's
    // representative point (region and country precision), or the shape's
    // (Geometry::representativePoint), set by the store.
    double lon = 0;
    double lat = 0;
    // A line (a front line, a road, a movement from its first vertex to its
    // last), an area, or several points; none for an incident at one point.
    // A single Point given here is taken as lon/lat by the store.
    std::optional<Geometry> shape;
    LocationPrecision precision = LocationPrecision::Near;
    // ISO 3166-2 code of the admin unit (ISO 3166-1 alpha-2 for country
    // precision); filled from the boundary layer for point precisions, and
    // for a shape the unit with the largest share of it.
    QString region;
    // Every unit a shape touches, largest share first; set by the store
    // (empty for points, whose unit is 'region').
    std::vector<RegionShare> regionShares;
    IncidentStatus status = IncidentStatus::Reported;
    std::vector<Actor> actors;
    // Fatalities as the sources' best estimate, with the low and high ends
    // of their range where they give one (low <= best <= high).
    std::optional<qint64> fatalities;
    std::optional<qint64> fatalitiesLow;
    std::optional<qint64> fatalitiesHigh;
    QString equipment;
    std::optional<qint64> quantity;
    QString extra; // a JSON object of imported properties with no field here, or empty
    // Where an imported incident came from: its feature's own id, unique
    // within the dataset (a file's name); both empty for incidents not imported.
    QString importDataset;
    QString importId;
    QString created; // UTC, ISO 8601; set by the store unless given (imports keep theirs)
    QString updated;
    // Who created it and who changed it last: a server's user, or the
    // account on the machine that wrote a file (empty for records older than
    // that). Set by the store; kept when copied between databases.
    QString createdBy;
    QString updatedBy;
    // The stored record's version, one more at each change: an update that
    // gives the version it read is refused when someone changed the record
    // since (0: whatever it is now).
    qint64 version = 0;
    std::vector<Claim> claims;
};

} // namespace conflictmap
