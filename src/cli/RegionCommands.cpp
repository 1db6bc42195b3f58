// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "TableWriter.h"

#include "geo/BoundaryLayer.h"
#include "geo/GeodesicArea.h"
#include "store/IncidentStore.h"
#include "store/RecordValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace conflictmap::cli {

namespace {
QJsonObject toJson(const Region &region)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    // Geodesic, on the WGS 84 ellipsoid, to a tenth of a km².
    const double km2 = std::round(GeodesicArea::of(region.geometry) / 1e5) / 10;
    return {{"code", region.code}, {"country", orNull(region.country)}, {"name_en", orNull(region.nameEn)},
        {"name_local", orNull(region.nameLocal)}, {"name_ar", orNull(region.nameAr)}, {"name_ru", orNull(region.nameRu)},
        {"area_km2", km2}};
}
} // namespace

int regionAtCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(
        parser, {{QStringLiteral("format"), QStringLiteral("table (default) or json."), QStringLiteral("format")}});
    context.addOptions(parser, {{QStringLiteral("json"), QStringLiteral("Same as --format json.")}});
    parser.addPositionalArgument(QStringLiteral("lon"), QStringLiteral("Longitude (use -- before a negative one)."));
    parser.addPositionalArgument(QStringLiteral("lat"), QStringLiteral("Latitude."));
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("region-at"), QStringLiteral("The admin unit containing a WGS 84 point."),
            arguments, &exitCode))
        return exitCode;
    const auto format = parser.isSet(QStringLiteral("json")) ? std::optional(Format::Json) : context.format(parser, false);
    if (!format)
        return UsageError;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.fail(
            QStringLiteral("region-at: expected 2 arguments (LON LAT), got %1").arg(positional.size()), UsageError);
    double coordinates[2];
    const char *names[2] = {"longitude", "latitude"};
    const double limits[2] = {180, 90};
    for (int i = 0; i < 2; ++i) {
        bool ok = false;
        coordinates[i] = positional[i].toDouble(&ok);
        if (!ok || !std::isfinite(coordinates[i]) || std::abs(coordinates[i]) > limits[i])
            return context.fail(QStringLiteral("region-at: %1 '%2' is not a number in [%3, %4]")
                                    .arg(QLatin1String(names[i]), positional[i].left(40))
                                    .arg(-limits[i])
                                    .arg(limits[i]));
    }
    const BoundaryLayer *layer = context.layer();
    if (!layer)
        return context.fail(context.openError());
    const Region *region = layer->regionAt(QPointF(coordinates[0], coordinates[1]));
    if (!region)
        return context.fail(QStringLiteral("region-at: no region of %1 contains %2, %3 (lon, lat)")
                                .arg(layer->path(), RecordValidation::formatNumber(coordinates[0]),
                                    RecordValidation::formatNumber(coordinates[1])));
    if (*format == Format::Json)
        context.out() << QJsonDocument(toJson(*region)).toJson(QJsonDocument::Compact) << '\n';
    else
        context.out() << region->code << '\t' << region->nameEn << '\t' << region->nameLocal << '\t' << region->nameAr << '\t'
                      << region->nameRu << '\n';
    return Success;
}

int regionsCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(
        parser, {{QStringLiteral("format"), QStringLiteral("table (default) or json."), QStringLiteral("format")}});
    context.addOptions(parser, {{QStringLiteral("json"), QStringLiteral("Same as --format json.")}});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("regions"),
            QStringLiteral("Every admin unit of the boundary layer with its names and its number of incidents."), arguments,
            &exitCode))
        return exitCode;
    const auto format = parser.isSet(QStringLiteral("json")) ? std::optional(Format::Json) : context.format(parser, false);
    if (!format)
        return UsageError;
    const BoundaryLayer *layer = context.layer();
    if (!layer)
        return context.fail(context.openError());
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const std::map<QString, int> counts = store->incidentCountsByRegion();
    if (*format == Format::Json) {
        QJsonArray all;
        for (const Region &region : layer->regions()) {
            QJsonObject o = toJson(region);
            o.insert("incidents", counts.count(region.code) ? counts.at(region.code) : 0);
            all.append(o);
        }
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    TableWriter table({QStringLiteral("code"), QStringLiteral("incidents"), QStringLiteral("name"), QStringLiteral("local"),
        QStringLiteral("arabic"), QStringLiteral("russian")});
    for (const Region &region : layer->regions())
        table.addRow({region.code, QString::number(counts.count(region.code) ? counts.at(region.code) : 0), region.nameEn,
            region.nameLocal, region.nameAr, region.nameRu});
    table.write(context.out());
    // Country-level incidents are counted by country, not by any one unit.
    for (const auto &[code, count] : counts)
        if (!code.contains(QLatin1Char('-')))
            context.out() << QStringLiteral("%1 (whole country): %2 incidents\n").arg(code).arg(count);
    return Success;
}

} // namespace conflictmap::cli
