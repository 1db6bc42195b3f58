// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace conflictmap {

// The versions of the libraries the core runs with, as they report them at
// run time ("GDAL 3.6.2, PROJ 9.1.1, GEOS 3.11.1, SQLite 3.40.1"), for the
// About box and bug reports.
QString libraryVersions();

} // namespace conflictmap
