// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "io/CsvImport.h"
#include "io/ImportSession.h"

#include <QString>

namespace conflictmap {

class IncidentStore;

// Importing ACLED's CSV exports (the data export tool's columns, and older
// files without some of them, e.g. disorder_type), all or nothing:
// - event_id_cnty is the record's id in the dataset "acled": a later file
//   updates the records it has again instead of adding them twice;
// - event_date as ACLED writes it (2022-09-13, or 13 September 2022 in
//   files from its website); time_precision 1 the day, 2 the day (within
//   a week: said in the record's extra), 3 the month;
// - latitude and longitude with geo_precision 1 exact, 2 near, 3 region
//   (the unit holding the point);
// - event_type and sub_event_type to conflictmap's types (the table in
//   README: Battles → armed_clash, Shelling/artillery/missile attack →
//   shelling, Air/drone strike → air_or_drone_strike, Headquarters or base
//   established → position_established, Non-violent transfer of territory
//   → territory_captured, Agreement → diplomatic_contact, anything else →
//   other, ACLED's own kept in extra);
// - the title "SUB_EVENT_TYPE in LOCATION", the description the notes,
//   fatalities, the actors (actor1, assoc_actor_1, actor2, assoc_actor_2;
//   ";" separates several) and every other column in extra (event_id_cnty,
//   location and the actor columns too, for an ACLED-shaped export); each of the
//   source column's names (";"-separated) a source reporting it.
// Required columns: event_id_cnty, event_date, event_type, latitude,
// longitude. A problem names the file, line and column.
namespace AcledImport {
Result<ImportSummary> fromFile(IncidentStore &store, const QString &path);
// The file's columns and how a record reads, for CsvImport::readFile.
const CsvImport::Format &format();
// conflictmap's type for ACLED's event and sub-event type (the table above).
QString typeOf(const QString &event, const QString &subEvent);
// An actor's type from ACLED's inter1/inter2: a code 1–8 or, in newer
// files, its name ("State forces"); empty for 0 or what is not one.
QString actorTypeOf(const QString &inter);
} // namespace AcledImport

} // namespace conflictmap
