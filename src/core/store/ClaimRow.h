// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Claim.h"

namespace conflictmap {

class SqliteStatement;

// How a claim and its source are read from the database, the same for an
// incident's claims and a control record's.
namespace ClaimRow {
// The columns readClaim reads, from "claims c" (or any table of the same
// columns, e.g. control_claims) joined with "sources s".
extern const char *const kColumns;
// The source's columns, from "sources s".
extern const char *const kSourceColumns;
Claim readClaim(const SqliteStatement &statement, int first = 0);
Source readSource(const SqliteStatement &statement, int first = 0);
// The current UTC time as the store writes it (ISO 8601).
QString now();
} // namespace ClaimRow

} // namespace conflictmap
