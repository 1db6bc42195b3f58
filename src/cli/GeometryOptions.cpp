// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GeometryOptions.h"

#include "geo/GeodesicArea.h"
#include "geo/GeometryEngine.h"
#include "io/GeometryJson.h"

#include <QFile>

#include <cstdio>

namespace conflictmap::cli::GeometryOptions {

namespace {
QString optionName(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("wkt")) ? QStringLiteral("--wkt") : QStringLiteral("--geojson");
}

QString parts(const Geometry &g)
{
    const size_t n = g.isAreal() ? g.polygons.size() : g.isLineal() ? g.lines.size() : g.points.size();
    return n == 1 ? QStringLiteral("1 part") : QStringLiteral("%1 parts").arg(n);
}
} // namespace

QList<QCommandLineOption> options()
{
    return {
        {QStringLiteral("geojson"),
            QStringLiteral("The line or area as GeoJSON: a geometry, a Feature or a one-feature collection (- for standard "
                           "input)."),
            QStringLiteral("file")},
        {QStringLiteral("wkt"), QStringLiteral("The line or area as WKT: \"POLYGON ((lon lat, ...))\"."), QStringLiteral("text")},
        {QStringLiteral("repair"),
            QStringLiteral("Make an invalid geometry valid (GEOS MakeValid) instead of refusing it, and say what changed.")},
    };
}

Result<std::optional<Geometry>> read(const QCommandLineParser &parser)
{
    using R = Result<std::optional<Geometry>>;
    const bool geojson = parser.isSet(QStringLiteral("geojson")), wkt = parser.isSet(QStringLiteral("wkt"));
    if (geojson && wkt)
        return R::failure(QStringLiteral("give --geojson or --wkt, not both"));
    if (wkt) {
        Result<Geometry> g = GeometryEngine().fromWkt(parser.value(QStringLiteral("wkt")));
        return g ? R(std::optional<Geometry>(std::move(g.value()))) : R::failure(QStringLiteral("--wkt: ") + g.error());
    }
    if (!geojson)
        return R(std::nullopt);
    const QString path = parser.value(QStringLiteral("geojson"));
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return R::failure(QStringLiteral("--geojson: %1: %2").arg(path, file.errorString()));
    Result<Geometry> g = GeometryJson::parse(file.readAll());
    return g ? R(std::optional<Geometry>(std::move(g.value())))
             : R::failure(QStringLiteral("--geojson: %1: %2").arg(path, g.error()));
}

Result<Geometry> checked(const QCommandLineParser &parser, Geometry geometry, QString *report)
{
    GeometryEngine engine;
    const auto problem = engine.problem(geometry);
    if (!problem)
        return geometry;
    const bool repairable = problem->location.has_value();
    if (!parser.isSet(QStringLiteral("repair")) || !repairable)
        return Result<Geometry>::failure(
            QStringLiteral("%1: %2%3")
                .arg(optionName(parser), problem->reason, repairable ? QStringLiteral(" (--repair makes it valid)") : QString()));
    Result<Geometry> repaired = engine.repaired(geometry);
    if (!repaired)
        return Result<Geometry>::failure(QStringLiteral("%1: cannot repair: %2").arg(optionName(parser), repaired.error()));
    if (report) {
        *report = QStringLiteral("repaired: %1; now %2 %3 of %4")
                      .arg(problem->reason, repaired->typeName(), parts(*repaired), QString::number(repaired->vertexCount()))
            + QStringLiteral(" vertices");
        if (geometry.isAreal())
            *report += QStringLiteral(", %1 km²").arg(GeodesicArea::of(repaired->polygons) / 1e6, 0, 'f', 2);
    }
    return repaired;
}

} // namespace conflictmap::cli::GeometryOptions
