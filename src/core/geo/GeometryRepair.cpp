// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/GeometryRepair.h"

#include "geo/GeodesicArea.h"
#include "geo/GeometryEngine.h"

#include <QLocale>

namespace conflictmap {

namespace {
QString squareKilometres(const Geometry &geometry)
{
    const double km2 = GeodesicArea::of(geometry.polygons) / 1e6;
    const QLocale english(QLocale::English);
    return km2 >= 1 ? english.toString(km2, 'f', 1) : english.toString(km2, 'g', 3);
}

qsizetype parts(const Geometry &geometry)
{
    return geometry.isAreal() ? qsizetype(geometry.polygons.size())
        : geometry.isLineal() ? qsizetype(geometry.lines.size())
                              : qsizetype(geometry.points.size());
}

QString kindOf(const Geometry &geometry)
{
    return geometry.isAreal() ? QStringLiteral("polygon")
        : geometry.isLineal() ? QStringLiteral("line")
                              : QStringLiteral("points");
}
} // namespace

Result<GeometryRepair> GeometryRepair::of(const Geometry &geometry)
{
    using R = Result<GeometryRepair>;
    GeometryEngine engine;
    const auto problem = engine.problem(geometry);
    if (!problem)
        return GeometryRepair{geometry, {}};
    auto repaired = engine.repaired(geometry);
    if (!repaired)
        return R::failure(QStringLiteral("geometry: %1 and cannot be repaired: %2").arg(problem->reason, repaired.error()));
    if (auto left = engine.problem(repaired.value()))
        return R::failure(QStringLiteral("geometry: %1").arg(left->reason));
    const Geometry &after = repaired.value();
    QString change;
    if (parts(after) > parts(geometry) && problem->location)
        change = QStringLiteral("the %1 was split into %2 parts where %3")
                     .arg(kindOf(geometry))
                     .arg(parts(after))
                     .arg(problem->reason);
    else
        change = QStringLiteral("the %1 was rebuilt where %2").arg(kindOf(geometry), problem->reason);
    // The area before is no measure of an invalid ring (a bow tie's halves
    // cancel out): only the area now is said.
    if (geometry.isAreal())
        change += QStringLiteral(" (area now %1 km²)").arg(squareKilometres(after));
    return GeometryRepair{after, change};
}

} // namespace conflictmap
