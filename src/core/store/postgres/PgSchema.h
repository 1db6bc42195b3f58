// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

namespace conflictmap {

class PgConnection;

// The incident database's schema on PostgreSQL/PostGIS, as forward
// migrations like the SQLite file's (Schema): the table conflictmap_schema
// says how many have been applied. Each step is one transaction, taken
// under an advisory lock so two clients never migrate at once: a killed
// migration leaves the database at the version before it.
namespace PgSchema {
int currentVersion();
// Creates the schema in an empty database (PostGIS too, when the user may
// create it) or applies the missing migrations. 'name' is what messages
// call the database. Refuses: a database of another program (tables, but
// no conflictmap_schema), one newer than this build, one without PostGIS
// that the user may not give it.
Result<void> migrate(PgConnection &db, const QString &name);
// The schema's version, without changing anything; 0 for an empty database.
Result<int> version(PgConnection &db, const QString &name);
} // namespace PgSchema

} // namespace conflictmap
