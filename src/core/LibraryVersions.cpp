// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LibraryVersions.h"

#include <gdal.h>
#include <geos_c.h>
#include <proj.h>
#include <sqlite3.h>

namespace conflictmap {

QString libraryVersions()
{
    return QStringLiteral("GDAL %1, PROJ %2, GEOS %3, SQLite %4")
        .arg(QString::fromUtf8(GDALVersionInfo("RELEASE_NAME")), QString::fromUtf8(proj_info().release),
            QString::fromUtf8(GEOSversion()), QString::fromUtf8(sqlite3_libversion()));
}

} // namespace conflictmap
