#include "RegionCommands.h"

#include "geo/BoundaryLayer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace conflictmap::cli {

namespace {
struct Options {
    QString layerPath;
    bool json = false;
    QStringList positional;
};

std::optional<CliError> parse(const QString &command, const QStringList &arguments, int positionalCount, Options *options)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption layer(QStringLiteral("layer"), QString(), QStringLiteral("path"), BoundaryLayer::defaultPath());
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({layer, json});
    // Negative numbers are values, not options: "region-at -- -70.5 40".
    if (!parser.parse(QStringList{command} + arguments))
        return CliError{QStringLiteral("%1: %2").arg(command, parser.errorText()), 2};
    options->layerPath = parser.value(layer);
    options->json = parser.isSet(json);
    options->positional = parser.positionalArguments();
    if (options->positional.size() != positionalCount)
        return CliError{QStringLiteral("%1: expected %2 argument(s), got %3").arg(command).arg(positionalCount).arg(options->positional.size()), 2};
    return std::nullopt;
}

std::optional<double> parseCoordinate(const QString &text, double limit)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || std::abs(value) > limit)
        return std::nullopt;
    return value;
}

QJsonObject toJson(const Region &region)
{
    return {{QStringLiteral("code"), region.code},
            {QStringLiteral("country"), region.country},
            {QStringLiteral("name_en"), region.nameEn},
            {QStringLiteral("name_local"), region.nameLocal.isEmpty() ? QJsonValue() : QJsonValue(region.nameLocal)},
            {QStringLiteral("name_ar"), region.nameAr.isEmpty() ? QJsonValue() : QJsonValue(region.nameAr)},
            {QStringLiteral("name_ru"), region.nameRu.isEmpty() ? QJsonValue() : QJsonValue(region.nameRu)}};
}

void printRow(QTextStream &out, const Region &region)
{
    out << region.code << '\t' << region.nameEn << '\t' << region.nameLocal << '\t' << region.nameAr << '\t'
        << region.nameRu << '\n';
}
} // namespace

std::optional<CliError> regionAt(const QStringList &arguments, QTextStream &out)
{
    Options options;
    if (auto error = parse(QStringLiteral("region-at"), arguments, 2, &options))
        return error;
    const auto lon = parseCoordinate(options.positional[0], 180);
    if (!lon)
        return CliError{QStringLiteral("region-at: longitude '%1' is not a number in [-180, 180]").arg(options.positional[0]), 2};
    const auto lat = parseCoordinate(options.positional[1], 90);
    if (!lat)
        return CliError{QStringLiteral("region-at: latitude '%1' is not a number in [-90, 90]").arg(options.positional[1]), 2};

    QString error;
    auto layer = BoundaryLayer::open(options.layerPath, &error);
    if (!layer)
        return CliError{error, 1};
    const Region *region = layer->regionAt(QPointF(*lon, *lat));
    if (!region)
        return CliError{QStringLiteral("region-at: no region of %1 contains %2, %3 (lon, lat)")
                            .arg(options.layerPath).arg(*lon).arg(*lat),
                        1};
    if (options.json)
        out << QJsonDocument(toJson(*region)).toJson(QJsonDocument::Compact) << '\n';
    else
        printRow(out, *region);
    return std::nullopt;
}

std::optional<CliError> listRegions(const QStringList &arguments, QTextStream &out)
{
    Options options;
    if (auto error = parse(QStringLiteral("regions"), arguments, 0, &options))
        return error;
    QString error;
    auto layer = BoundaryLayer::open(options.layerPath, &error);
    if (!layer)
        return CliError{error, 1};
    if (options.json) {
        QJsonArray all;
        for (const Region &region : layer->regions())
            all.append(toJson(region));
        out << QJsonDocument(all).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const Region &region : layer->regions())
            printRow(out, region);
    }
    return std::nullopt;
}

} // namespace conflictmap::cli
