// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "store/IncidentFilter.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace conflictmap {

class IncidentStore;

// conflictmap's records as ACLED-shaped CSV, so that people who work in
// ACLED's format can read ours: ACLED's export columns in its order, with
// what a record has in ACLED's terms (the reverse of AcledImport's table:
// types, date and time_precision, geo_precision, actors, sources, notes,
// fatalities; an imported ACLED record's own columns from its extra) and
// what it has not left empty. A record not from ACLED gets the id
// CM<its id>. RFC 4180 quoting, CRLF line ends, UTF-8 without a BOM; text
// beginning with =, + or @ (a formula to a spreadsheet) gets an apostrophe.
namespace AcledExport {
const QStringList &columns();
// The number of records written.
Result<qint64> toDevice(const IncidentStore &store, const IncidentFilter &filter, QIODevice &device);
// Through a file renamed into place when complete.
Result<qint64> toFile(const IncidentStore &store, const IncidentFilter &filter, const QString &path);
} // namespace AcledExport

} // namespace conflictmap
