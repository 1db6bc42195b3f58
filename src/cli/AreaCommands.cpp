// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "GeometryOptions.h"
#include "TableWriter.h"

#include "io/ControlImport.h"
#include "io/GeometryJson.h"
#include "io/IncidentJson.h"
#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace conflictmap::cli {

namespace {

using ControlImport::parseDay;

QString km2(double value)
{
    return QString::number(value, 'f', 2);
}

QString seriesName(const QString &claimedBy)
{
    return claimedBy.isEmpty() ? QStringLiteral("assessed") : QStringLiteral("claimed by ") + claimedBy;
}

QJsonArray claimsArray(const std::vector<Claim> &claims)
{
    QJsonArray all;
    for (const Claim &claim : claims)
        all.append(IncidentJson::claimObject(claim));
    return all;
}

QJsonObject recordProperties(const ControlRecord &r, const QString &color)
{
    return QJsonObject{{"id", double(r.id)}, {"party", r.party},
        {"claimed_by", r.claimedBy.isEmpty() ? QJsonValue() : r.claimedBy}, {"assessed", r.isAssessed()},
        {"date", r.date.toString(Qt::ISODate)}, {"area_km2", std::round(r.areaKm2 * 100) / 100}, {"color", color},
        {"note", r.note.isEmpty() ? QJsonValue() : r.note}, {"claims", claimsArray(r.claims)}};
}

// One GeoJSON feature: the geometry written exactly, the properties as JSON.
std::string feature(const Geometry &geometry, const QJsonObject &properties, std::optional<qint64> id)
{
    std::string out = "{\"type\":\"Feature\",";
    if (id)
        out += "\"id\":" + std::to_string(*id) + ',';
    out += "\"geometry\":";
    GeometryJson::write(out, geometry);
    out += ",\"properties\":" + QJsonDocument(properties).toJson(QJsonDocument::Compact).toStdString() + '}';
    return out;
}

void writeCollection(QTextStream &out, const std::vector<std::string> &features)
{
    out << "{\"type\":\"FeatureCollection\",\"features\":[";
    for (size_t i = 0; i < features.size(); ++i)
        out << (i ? ",\n" : "\n") << QString::fromStdString(features[i]);
    out << "\n]}\n";
}

// The claims given by --source and --quote, paired in order.
Result<std::vector<Claim>> claimsFrom(const QCommandLineParser &parser, const QString &claimedBy)
{
    using R = Result<std::vector<Claim>>;
    const QStringList sources = parser.values(QStringLiteral("source"));
    const QStringList quotes = parser.values(QStringLiteral("quote"));
    const QStringList translations = parser.values(QStringLiteral("translation"));
    if (quotes.size() > sources.size() || translations.size() > sources.size())
        return R::failure(QStringLiteral("--quote and --translation go with a --source each"));
    std::vector<Claim> claims;
    for (int i = 0; i < sources.size(); ++i) {
        const auto id = parseId(sources[i]);
        if (!id)
            return R::failure(QStringLiteral("--source: '%1' is not a source id").arg(sources[i]));
        Claim claim;
        claim.sourceId = *id;
        claim.claimant = claimedBy;
        claim.stance = claimedBy.isEmpty() ? Stance::Reports : Stance::Claims;
        claim.quote = quotes.value(i);
        claim.translation = translations.value(i);
        claims.push_back(claim);
    }
    return claims;
}

QCommandLineOption formatOption(const QString &choices)
{
    return {QStringLiteral("format"), choices, QStringLiteral("format")};
}

} // namespace

int areaAddCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    QList<QCommandLineOption> options{
        {QStringLiteral("party"), QStringLiteral("The party that holds the area (required)."), QStringLiteral("name")},
        {QStringLiteral("date"), QStringLiteral("The day it holds it, YYYY-MM-DD (required)."), QStringLiteral("date")},
        {QStringLiteral("claimed-by"),
            QStringLiteral("Who claims it (a ministry, a channel); without it, the analyst's own assessment."),
            QStringLiteral("who")},
        {QStringLiteral("source"), QStringLiteral("A source it rests on (repeatable)."), QStringLiteral("id")},
        {QStringLiteral("quote"), QStringLiteral("The source's words, in its language (one per --source)."),
            QStringLiteral("text")},
        {QStringLiteral("translation"), QStringLiteral("A translation of the quote (one per --source)."), QStringLiteral("text")},
        {QStringLiteral("note"), QStringLiteral("The analyst's note."), QStringLiteral("text")},
    };
    options += GeometryOptions::options(QStringLiteral("The area"));
    context.addOptions(parser, options);
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("area add"),
            QStringLiteral("Record the area a party holds, or is claimed to hold, on a day; prints its id."), arguments,
            &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("area add: unexpected argument '%1'").arg(parser.positionalArguments().first()), UsageError);
    for (const char *required : {"party", "date"})
        if (!parser.isSet(QLatin1String(required)))
            return context.fail(QStringLiteral("area add: --%1 is required").arg(QLatin1String(required)), UsageError);
    if (!parser.isSet(QStringLiteral("geojson")) && !parser.isSet(QStringLiteral("wkt")))
        return context.fail(QStringLiteral("area add: --geojson or --wkt is required"), UsageError);

    ControlRecord record;
    record.party = parser.value(QStringLiteral("party")).trimmed();
    record.claimedBy = parser.value(QStringLiteral("claimed-by")).trimmed();
    record.note = parser.value(QStringLiteral("note"));
    QString why;
    const auto date = parseDay(parser.value(QStringLiteral("date")), &why);
    if (!date)
        return context.fail(QStringLiteral("--date: ") + why);
    record.date = *date;
    auto claims = claimsFrom(parser, record.claimedBy);
    if (!claims)
        return context.fail(claims.error());
    record.claims = std::move(claims.value());
    auto given = GeometryOptions::read(parser);
    if (!given)
        return context.fail(given.error());
    if (!(*given)->isAreal())
        return context.fail(QStringLiteral("%1: an area must be a Polygon or MultiPolygon, not a %2")
                                .arg(parser.isSet(QStringLiteral("wkt")) ? QStringLiteral("--wkt") : QStringLiteral("--geojson"),
                                    (*given)->typeName()));
    QString report;
    auto area = GeometryOptions::checked(parser, std::move(**given), &report);
    if (!area)
        return context.fail(area.error());
    record.area = std::move(area.value());
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto id = store->control().add(record);
    if (!id)
        return context.fail(id.error());
    if (!report.isEmpty())
        context.warn(QStringLiteral("repaired: ") + report);
    context.out() << id.value() << '\n';
    return Success;
}

int areaImportCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("party"), QStringLiteral("The party whose control the file holds (required)."),
                QStringLiteral("name")},
            {QStringLiteral("date"), QStringLiteral("The day of every version in the file, YYYY-MM-DD."), QStringLiteral("date")},
            {QStringLiteral("date-field"), QStringLiteral("The field giving each version's day (YYYY-MM-DD or an ISO time)."),
                QStringLiteral("field")},
            {QStringLiteral("claimed-by"), QStringLiteral("Who claims it; without it, the analyst's assessment."),
                QStringLiteral("who")},
            {QStringLiteral("dataset"),
                QStringLiteral("The name versions are known by for re-imports (default: the file's name)."),
                QStringLiteral("name")},
            {QStringLiteral("repair"), QStringLiteral("Make invalid areas valid (GEOS MakeValid) instead of refusing the file.")},
        });
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("area import"),
            QStringLiteral(
                "Load one or many dated versions of a party's area from any vector file GDAL reads (GeoJSON, KML/KMZ, "
                "GeoPackage, Shapefile...), all or nothing. The features of one day are that day's version, merged into "
                "one area. Importing the file again updates the days that changed."),
            arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("area import: give one FILE"), UsageError);
    if (!parser.isSet(QStringLiteral("party")))
        return context.fail(QStringLiteral("area import: --party is required"), UsageError);
    if (parser.isSet(QStringLiteral("date")) == parser.isSet(QStringLiteral("date-field")))
        return context.fail(QStringLiteral("area import: give --date or --date-field"), UsageError);
    ControlImport::Options options;
    if (parser.isSet(QStringLiteral("date"))) {
        QString why;
        options.date = parseDay(parser.value(QStringLiteral("date")), &why);
        if (!options.date)
            return context.fail(QStringLiteral("--date: ") + why);
    }
    options.dateField = parser.value(QStringLiteral("date-field"));
    options.party = parser.value(QStringLiteral("party"));
    options.claimedBy = parser.value(QStringLiteral("claimed-by"));
    options.dataset = parser.value(QStringLiteral("dataset"));
    options.repair = parser.isSet(QStringLiteral("repair"));
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const QString path = parser.positionalArguments().first();
    auto summary = ControlImport::run(*store, path, options);
    if (!summary)
        return context.fail(summary.error());
    context.err() << path << ": " << summary->text() << '\n';
    return Success;
}

int areaAtCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("party"), QStringLiteral("Only this party's series."), QStringLiteral("name")},
            formatOption(QStringLiteral("table (default), json or geojson.")),
        });
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("area at"),
            QStringLiteral("The control situation on DATE (YYYY-MM-DD): each series' latest version on or before it."), arguments,
            &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("area at: give one DATE"), UsageError);
    QString why;
    const auto date = parseDay(parser.positionalArguments().first(), &why);
    if (!date)
        return context.fail(QStringLiteral("area at: ") + why);
    const auto format = context.format(parser, {Format::Table, Format::Json, Format::GeoJson});
    if (!format)
        return UsageError;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const QString party = parser.value(QStringLiteral("party")).trimmed();
    if (!party.isEmpty() && !store->control().party(party))
        return context.fail(QStringLiteral("--party: there is no party \"%1\"").arg(party));
    auto records = store->control().at(*date, party);
    if (!records)
        return context.fail(records.error());
    std::map<QString, QString> colors;
    for (const Party &p : store->control().parties())
        colors[p.name] = p.color;
    if (*format == Format::GeoJson) {
        std::vector<std::string> features;
        for (const ControlRecord &r : *records)
            features.push_back(feature(r.area, recordProperties(r, colors[r.party]), r.id));
        writeCollection(context.out(), features);
        return Success;
    }
    if (*format == Format::Json) {
        QJsonArray all;
        for (const ControlRecord &r : *records)
            all.append(recordProperties(r, colors[r.party]));
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("party"), QStringLiteral("series"), QStringLiteral("as of"), QStringLiteral("km²"),
        QStringLiteral("id"), QStringLiteral("sources")});
    for (const ControlRecord &r : *records)
        table.addRow({r.party, seriesName(r.claimedBy), r.date.toString(Qt::ISODate), km2(r.areaKm2), QString::number(r.id),
            QString::number(r.claims.size())});
    table.write(context.out());
    return Success;
}

int areaChangeCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("party"), QStringLiteral("The party (required)."), QStringLiteral("name")},
            {QStringLiteral("from"), QStringLiteral("The first day, YYYY-MM-DD (required)."), QStringLiteral("date")},
            {QStringLiteral("to"), QStringLiteral("The second day, YYYY-MM-DD (required)."), QStringLiteral("date")},
            {QStringLiteral("claimed-by"), QStringLiteral("That claimant's series; without it, the assessment."),
                QStringLiteral("who")},
            formatOption(QStringLiteral("table (default), json, or geojson (the gained and lost areas).")),
        });
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("area change"),
            QStringLiteral("What a party gained and lost between two days, in km² on the WGS 84 ellipsoid."), arguments,
            &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("area change: unexpected argument '%1'").arg(parser.positionalArguments().first()), UsageError);
    for (const char *required : {"party", "from", "to"})
        if (!parser.isSet(QLatin1String(required)))
            return context.fail(QStringLiteral("area change: --%1 is required").arg(QLatin1String(required)), UsageError);
    QString why;
    const auto from = parseDay(parser.value(QStringLiteral("from")), &why);
    if (!from)
        return context.fail(QStringLiteral("--from: ") + why);
    const auto to = parseDay(parser.value(QStringLiteral("to")), &why);
    if (!to)
        return context.fail(QStringLiteral("--to: ") + why);
    const auto format = context.format(parser, {Format::Table, Format::Json, Format::GeoJson});
    if (!format)
        return UsageError;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const QString party = parser.value(QStringLiteral("party")).trimmed();
    const QString claimedBy = parser.value(QStringLiteral("claimed-by")).trimmed();
    auto change = store->control().change(party, claimedBy, *from, *to);
    if (!change)
        return context.fail(change.error());
    auto round = [](double v) { return std::round(v * 100) / 100; };
    const QJsonObject summary{{"party", party}, {"claimed_by", claimedBy.isEmpty() ? QJsonValue() : claimedBy},
        {"from", from->toString(Qt::ISODate)}, {"to", to->toString(Qt::ISODate)},
        {"from_version", change->from ? QJsonValue(double(change->from->id)) : QJsonValue()},
        {"to_version", change->to ? QJsonValue(double(change->to->id)) : QJsonValue()}, {"from_km2", round(change->fromKm2())},
        {"to_km2", round(change->toKm2())}, {"gained_km2", round(change->gainedKm2)}, {"lost_km2", round(change->lostKm2)},
        {"net_km2", round(change->netKm2())}};
    if (*format == Format::GeoJson) {
        QJsonObject gained = summary, lost = summary;
        gained.insert("change", "gained");
        gained.insert("area_km2", round(change->gainedKm2));
        lost.insert("change", "lost");
        lost.insert("area_km2", round(change->lostKm2));
        writeCollection(
            context.out(), {feature(change->gained, gained, std::nullopt), feature(change->lost, lost, std::nullopt)});
        return Success;
    }
    if (*format == Format::Json) {
        context.out() << QJsonDocument(summary).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("party"), QStringLiteral("series"), QStringLiteral("from"), QStringLiteral("to"),
        QStringLiteral("km² then"), QStringLiteral("km² now"), QStringLiteral("gained"), QStringLiteral("lost"),
        QStringLiteral("net")});
    const QString net = (change->netKm2() > 0 ? QStringLiteral("+") : QString()) + km2(change->netKm2());
    table.addRow({party, seriesName(claimedBy), from->toString(Qt::ISODate), to->toString(Qt::ISODate), km2(change->fromKm2()),
        km2(change->toKm2()), km2(change->gainedKm2), km2(change->lostKm2), net});
    table.write(context.out());
    return Success;
}

int areaListCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("party"), QStringLiteral("Only this party's series."), QStringLiteral("name")},
            formatOption(QStringLiteral("table (default) or json.")),
        });
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("area list"),
            QStringLiteral("The series of control: each party's assessment and each claimant's, with their span."), arguments,
            &exitCode))
        return exitCode;
    const auto format = context.format(parser, false);
    if (!format)
        return UsageError;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const auto series = store->control().series(parser.value(QStringLiteral("party")));
    if (*format == Format::Json) {
        QJsonArray all;
        for (const ControlSeries &s : series)
            all.append(QJsonObject{{"party", s.party}, {"claimed_by", s.claimedBy.isEmpty() ? QJsonValue() : s.claimedBy},
                {"first", s.first.toString(Qt::ISODate)}, {"last", s.last.toString(Qt::ISODate)},
                {"versions", double(s.versions)}});
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("party"), QStringLiteral("series"), QStringLiteral("first"), QStringLiteral("last"),
        QStringLiteral("versions")});
    for (const ControlSeries &s : series)
        table.addRow({s.party, seriesName(s.claimedBy), s.first.toString(Qt::ISODate), s.last.toString(Qt::ISODate),
            QString::number(s.versions)});
    table.write(context.out());
    return Success;
}

int areaDeleteCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!context.parse(
            parser, QStringLiteral("area delete"), QStringLiteral("Delete a version of control."), arguments, &exitCode))
        return exitCode;
    const auto id = parseId(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() != 1 || !id)
        return context.fail(QStringLiteral("area delete: give one version id"), UsageError);
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    if (auto removed = store->control().remove(*id); !removed)
        return context.fail(removed.error());
    return Success;
}

int partyListCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser, {formatOption(QStringLiteral("table (default) or json."))});
    int exitCode = Success;
    if (!context.parse(
            parser, QStringLiteral("party list"), QStringLiteral("The parties and their colours."), arguments, &exitCode))
        return exitCode;
    const auto format = context.format(parser, false);
    if (!format)
        return UsageError;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const auto parties = store->control().parties();
    if (*format == Format::Json) {
        QJsonArray all;
        for (const Party &p : parties)
            all.append(QJsonObject{{"name", p.name}, {"color", p.color}});
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("party"), QStringLiteral("color")});
    for (const Party &p : parties)
        table.addRow({p.name, p.color});
    table.write(context.out());
    return Success;
}

int partyColorCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("party color"),
            QStringLiteral("Change the colour a party's areas are drawn in (#rrggbb)."), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 2)
        return context.fail(QStringLiteral("party color: give NAME and #rrggbb"), UsageError);
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    if (auto changed = store->control().setPartyColor(parser.positionalArguments()[0], parser.positionalArguments()[1]); !changed)
        return context.fail(changed.error());
    return Success;
}

} // namespace conflictmap::cli
