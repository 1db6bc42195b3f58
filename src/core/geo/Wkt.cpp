// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/Wkt.h"

#include "geo/GeometryEngine.h"

namespace conflictmap {

Result<Geometry> Wkt::read(const QString &wkt)
{
    auto geometry = GeometryEngine().fromWkt(wkt);
    // GEOS's words for the usual mistake, said as GeoJSON's reader says it.
    if (!geometry && geometry.error().contains(QLatin1String("do not form a closed linestring")))
        return Result<Geometry>::failure(QStringLiteral("WKT: a ring is not closed: its last position must repeat its first"));
    if (!geometry && geometry.error().contains(QLatin1String("must contain 0 or >1 elements")))
        return Result<Geometry>::failure(QStringLiteral("WKT: a line has fewer than two vertices"));
    return geometry;
}

} // namespace conflictmap
