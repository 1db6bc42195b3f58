// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Incident.h"

#include <QJsonObject>

namespace conflictmap {

class BoundaryLayer;

// An incident as JSON properties, the same everywhere conflictmap writes or
// shows JSON outside the streaming export (the CLI's --format json; the
// export itself, GeoJsonWriter, writes the same names): type,
// title, description, date, date_precision, status, precision, region,
// region_name, actors, fatalities, equipment, quantity, created, updated,
// extra (imported properties with no field of their own) and
// sources, one object per claim: {title, url, publisher, language,
// published, claimant, stance, quote, translation}. Absent values are null.
namespace IncidentJson {
// 'layer' (optional) gives region_name.
QJsonObject properties(const Incident &incident, const BoundaryLayer *layer);
QJsonObject claimObject(const Claim &claim);
QJsonObject sourceObject(const Source &source);

} // namespace IncidentJson

} // namespace conflictmap
