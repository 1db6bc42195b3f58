// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GeometryOptions.h"

#include "geo/GeometryEngine.h"
#include "geo/GeometryRepair.h"
#include "geo/Wkt.h"
#include "io/GeometryJson.h"

#include <QFile>

#include <cstdio>

namespace conflictmap::cli::GeometryOptions {

namespace {
QString optionName(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("wkt")) ? QStringLiteral("--wkt") : QStringLiteral("--geojson");
}
} // namespace

QList<QCommandLineOption> options(const QString &what)
{
    return {
        {QStringLiteral("geojson"),
            QStringLiteral("%1 as GeoJSON: a geometry, a Feature or a FeatureCollection of one, from FILE or - (standard "
                           "input).")
                .arg(what),
            QStringLiteral("file")},
        {QStringLiteral("wkt"),
            QStringLiteral("The same as well-known text: 'POLYGON ((46.1 39.2, 46.4 39.3, 46.2 39.5, 46.1 39.2))'."),
            QStringLiteral("text")},
        {QStringLiteral("repair"),
            QStringLiteral("Repair an invalid --geojson or --wkt geometry (crossing rings...) instead of refusing it; what "
                           "changed is said on standard error.")},
    };
}

Result<std::optional<Geometry>> read(const QCommandLineParser &parser)
{
    using R = Result<std::optional<Geometry>>;
    const bool geojson = parser.isSet(QStringLiteral("geojson")), wkt = parser.isSet(QStringLiteral("wkt"));
    if (geojson && wkt)
        return R::failure(QStringLiteral("--wkt: give --geojson or --wkt, not both"));
    if (wkt) {
        auto shape = Wkt::read(parser.value(QStringLiteral("wkt")));
        if (!shape)
            return R::failure(
                QStringLiteral("--wkt: %1").arg(shape.error().mid(shape.error().startsWith(QLatin1String("WKT: ")) ? 5 : 0)));
        return R(std::optional<Geometry>(std::move(shape.value())));
    }
    if (!geojson)
        return R(std::nullopt);
    const QString path = parser.value(QStringLiteral("geojson"));
    const bool standardInput = path == QLatin1String("-");
    QFile file;
    const bool opened
        = standardInput ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return R::failure(QStringLiteral("--geojson: %1: %2")
                              .arg(path, file.exists() || standardInput ? file.errorString() : QStringLiteral("no such file")));
    const QByteArray json = file.readAll();
    const QString name = standardInput ? QStringLiteral("standard input") : path;
    if (json.trimmed().isEmpty())
        return R::failure(QStringLiteral("--geojson: %1: empty").arg(name));
    auto shape = GeometryJson::parse(json);
    if (!shape)
        return R::failure(QStringLiteral("--geojson: %1: %2").arg(name, shape.error()));
    return R(std::optional<Geometry>(std::move(shape.value())));
}

Result<Geometry> checked(const QCommandLineParser &parser, Geometry geometry, QString *report)
{
    const auto problem = GeometryEngine().problem(geometry);
    if (!problem)
        return geometry;
    // Only what has a place (a crossing, a hole astray) can be repaired;
    // a coordinate out of range or an empty geometry cannot.
    if (!parser.isSet(QStringLiteral("repair")) || !problem->location)
        return Result<Geometry>::failure(QStringLiteral("%1: %2%3")
                                             .arg(optionName(parser), problem->reason,
                                                 problem->location ? QStringLiteral(" (--repair makes it valid)") : QString()));
    auto repaired = GeometryRepair::of(geometry);
    if (!repaired)
        return Result<Geometry>::failure(QStringLiteral("%1: %2").arg(optionName(parser), repaired.error()));
    if (report)
        *report = repaired->change;
    return repaired->geometry;
}

} // namespace conflictmap::cli::GeometryOptions
