// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "io/CsvImport.h"
#include "io/ImportSession.h"

#include <QString>

namespace conflictmap {

class IncidentStore;

// Importing UCDP's Georeferenced Event Dataset (GED) as CSV, all or
// nothing:
// - id is the record's id in the dataset "ucdp-ged": a later version of the
//   file updates the events it has again;
// - date_start and date_end the period (one day when they are the same; a
//   whole month or year as that month or year), date_prec kept in extra;
// - latitude and longitude with where_prec 1 exact, 2 near (within 25 km
//   of a known point), 3 and 4 region (the admin-1 unit holding the point:
//   an admin-2 unit, adm_2, is within it), 5 and 6 country (a part of a
//   country larger than a unit, or only the country), 7 near (international
//   waters or airspace: no unit), where_prec itself in extra;
// - best, low and high the fatality estimates (deaths_a, deaths_b,
//   deaths_civilians and deaths_unknown in extra);
// - side_a and side_b the actors on sides a and b: "Government of …" state
//   forces, "Civilians" civilians, side B of a state-based conflict
//   (type_of_violence 1) that is not a government a rebel group;
// - type_of_violence 1 and 2 armed_clash, 3 (one-sided violence) other;
// - the title "DYAD at WHERE_DESCRIPTION", each name in source_office a
//   source reporting it, and every other column in extra.
// Required columns: id, date_start, date_end, latitude, longitude. A problem
// names the file, line and column.
namespace UcdpImport {
Result<ImportSummary> fromFile(IncidentStore &store, const QString &path);
// The file's columns and how a record reads, for CsvImport::readFile.
const CsvImport::Format &format();
} // namespace UcdpImport

} // namespace conflictmap
