// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "model/ControlRecord.h"
#include "model/Incident.h"

namespace conflictmap {

class BoundaryLayer;

// The rules every record meets before it is written, whoever writes it
// (app, CLI, import). Errors name the field and why: "lat: 95 is outside
// [-90, 90]". No date is after today: a record tells of what was reported.
namespace RecordValidation {
Result<void> checkSource(const Source &source);
// A source's reliability: A to F, or empty for none.
Result<void> checkReliability(const QString &reliability);
// A claim's credibility: 1 to 6, or none.
Result<void> checkCredibility(std::optional<int> credibility);
Result<void> checkClaim(const Claim &claim);
// Checks the incident's own fields (not its type, which the store knows).
Result<void> checkIncident(const Incident &incident);
// Checks a version of territorial control: its party, its day (not after
// today), its area (a valid Polygon or MultiPolygon; "area: a ring crosses
// itself or another ring at 45.2 E, 39.6 N") and its claims.
Result<void> checkControlRecord(const ControlRecord &record);
// Checks the position and fills what follows from it with the boundary
// layer: for exact/near points the region containing them; for region or
// country precision the given unit's existence and its representative
// point as lon/lat. A shape (a line, an area, points) must be valid
// ("geometry: a ring crosses itself or another ring at 45.50000 E,
// 39.50000 N"), is turned by the right-hand rule and gives lon/lat (its
// representative point), the units it touches with their shares (planar,
// in degrees: a fraction of its length, area or points), largest first,
// and the region (the largest; a region given must be one of them). A
// single Point as the shape becomes lon/lat.
Result<void> placeIncident(Incident &incident, const BoundaryLayer &layer);
// "46.3" for a coordinate in a message; keeps "nan" and "inf" readable.
QString formatNumber(double value);
} // namespace RecordValidation

} // namespace conflictmap
