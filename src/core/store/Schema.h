// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QByteArray>

#include <functional>

namespace conflictmap {

class SqliteDatabase;

// The incident database's schema as a list of forward migrations; the
// database's PRAGMA user_version says how many have been applied.
namespace Schema {
// The version this build creates and reads.
int currentVersion();
// SQL indexing the incidents of "incidents i" in the full-text index, as
// the triggers index one (append a WHERE clause to index some), folding
// with the function SqliteDatabase registers.
QByteArray indexTextSql();
// The same for the spatial index ("incidents i"; append a WHERE clause).
QByteArray indexLocationSql();
// SQL writing to the history, as the insert triggers of 'table' (incidents,
// claims or incident_actors) would, the insert of each of its rows "r" for
// which the SQL condition 'where' holds: for rows written while those
// triggers were off.
QByteArray historyOfInsertsSql(const char *table, const QByteArray &where);
// Runs 'body' with the triggers whose names 'names' selects (an SQL
// condition on 'name') dropped, and makes them again after it. Inside the
// caller's transaction: a failure rolls their removal back with the rest.
Result<void> withoutTriggers(SqliteDatabase &db, const char *names, const std::function<Result<void>()> &body);
// SQL for the full-text index's text of the claims of the incident whose id
// the SQL expression 'incidentId' gives (as the triggers index it).
QByteArray indexedClaimsSql(const QByteArray &incidentId);
// Applies the missing migrations up to 'target' (default: current), each in
// its own transaction with user_version set inside it, so a failed step
// leaves the database at the previous version. An existing database is
// first copied to PATH.vN.bak (N its version). Refuses a database whose
// version is newer than this build knows.
Result<void> migrate(SqliteDatabase &db, int target = -1);
} // namespace Schema

} // namespace conflictmap
