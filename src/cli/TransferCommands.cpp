// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "FilterOptions.h"
#include "IncidentOptions.h"
#include "ProgressLine.h"

#include "archive/Bundle.h"
#include "io/AcledExport.h"
#include "io/AcledImport.h"
#include "io/GeoJsonExport.h"
#include "io/OgrExport.h"
#include "io/UcdpImport.h"
#include "io/VectorImport.h"
#include "store/IncidentStore.h"

#include <QFile>

#include <algorithm>

#include <cstdio>

namespace conflictmap::cli {

namespace {
// The option that maps each field, and whether a feature may lack it.
struct FieldOption {
    ImportField field;
    const char *name;
    bool optional;
};
constexpr FieldOption kFieldOptions[] = {{ImportField::Type, "type-field", true}, {ImportField::Title, "title-field", false},
    {ImportField::Date, "date-field", false}, {ImportField::Description, "description-field", true},
    {ImportField::Id, "id-field", true}, {ImportField::SourceUrl, "source-url-field", true},
    {ImportField::SourceDate, "source-date-field", true}, {ImportField::Actor, "actor-field", true}};

// The core says which field failed; this names the option that read it and
// what to give instead: "(read from property 'type' by --type-field; give
// --type-field '' to ignore it, or --type to set one type)".
QString importError(const ImportFailure &failure)
{
    const auto *option = std::find_if(
        std::begin(kFieldOptions), std::end(kFieldOptions), [&](const FieldOption &o) { return o.field == failure.field; });
    const QString flag = QStringLiteral("--") + QLatin1String(option->name);
    QStringList remedies;
    if (option->optional && (failure.member || !failure.property.isEmpty()))
        remedies << QStringLiteral("%1 '' to ignore it").arg(flag);
    else
        remedies << QStringLiteral("%1 NAME to read another property").arg(flag);
    if (failure.field == ImportField::Type)
        remedies << QStringLiteral("--type to set one type");
    const QString where = failure.member ? QStringLiteral("read from the feature's \"id\", as %1 does by default").arg(flag)
        : failure.property.isEmpty()     ? QStringLiteral("%1 '' reads none").arg(flag)
                                         : QStringLiteral("read from property '%1' by %2").arg(failure.property, flag);
    return QStringLiteral("%1 (%2; give %3)").arg(failure.problem, where, remedies.join(QStringLiteral(", or ")));
}
} // namespace

int exportCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {{{QStringLiteral("o"), QStringLiteral("output")},
             QStringLiteral("Write to this file (replaced only once complete); default: standard output."),
             QStringLiteral("file")},
            {QStringLiteral("bundle"),
                QStringLiteral("Write a sealed bundle instead: a zip of the GeoJSON, every source document its claims cite, "
                               "and a manifest of their SHA-256 (check it with verify-bundle)."),
                QStringLiteral("file.zip")},
            {QStringLiteral("format"),
                QStringLiteral("geojson (default), gpkg (GeoPackage, styled for QGIS, with claims and sources tables), kml, "
                               "csv (geometry as WKT) or acled (ACLED's CSV columns); default: by the -o file's extension."),
                QStringLiteral("format")}});
    FilterOptions::addTo(context, parser);
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("export"),
            QStringLiteral("Export incidents as an RFC 7946 GeoJSON FeatureCollection; filters as for list."), arguments,
            &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("export: unexpected argument '%1' (use -o FILE)").arg(parser.positionalArguments().first()),
            UsageError);
    auto filter = FilterOptions::read(context, parser);
    if (!filter)
        return context.fail(filter.error());
    if (parser.isSet(QStringLiteral("bundle")) && parser.isSet(QStringLiteral("output")))
        return context.fail(QStringLiteral("export: give -o or --bundle, not both"), UsageError);
    // GeoJSON, or one of the formats GDAL writes for us.
    std::optional<OgrExport::Format> gdalFormat;
    const bool acled = parser.value(QStringLiteral("format")).toLower() == QLatin1String("acled");
    if (parser.isSet(QStringLiteral("format")) && !acled) {
        const QString name = parser.value(QStringLiteral("format"));
        gdalFormat = OgrExport::formatNamed(name);
        if (!gdalFormat && name.toLower() != QLatin1String("geojson"))
            return context.fail(
                QStringLiteral("export: --format '%1' is not geojson, gpkg, kml, csv or acled").arg(name.left(40)), UsageError);
    } else if (parser.isSet(QStringLiteral("output"))) {
        gdalFormat = OgrExport::formatOfPath(parser.value(QStringLiteral("output")));
    }
    if ((gdalFormat || acled) && parser.isSet(QStringLiteral("bundle")))
        return context.fail(QStringLiteral("export: a bundle holds GeoJSON; --format does not apply"), UsageError);
    if (gdalFormat && !parser.isSet(QStringLiteral("output")))
        return context.fail(
            QStringLiteral("export: --format %1 needs -o FILE").arg(parser.value(QStringLiteral("format"))), UsageError);
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    if (acled) {
        if (parser.isSet(QStringLiteral("output"))) {
            const QString path = parser.value(QStringLiteral("output"));
            const auto records = AcledExport::toFile(*store, filter.value(), path);
            if (!records)
                return context.fail(QStringLiteral("export: %1").arg(records.error()));
            context.err() << QStringLiteral("exported %1 incidents as ACLED CSV to %2\n").arg(records.value()).arg(path);
            return Success;
        }
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return context.fail(QStringLiteral("export: cannot write to standard output"));
        const auto records = AcledExport::toDevice(*store, filter.value(), out);
        return records ? Success : context.fail(QStringLiteral("export: %1").arg(records.error()));
    }
    if (parser.isSet(QStringLiteral("bundle"))) {
        const QString path = parser.value(QStringLiteral("bundle"));
        const auto written = Bundle::write(*store, filter.value(), path);
        if (!written)
            return context.fail(QStringLiteral("export: %1").arg(written.problem().message));
        context.err() << QStringLiteral("sealed %1 incidents and %2 documents in %3\nmanifest SHA-256: %4\n")
                             .arg(written->incidents)
                             .arg(written->documents)
                             .arg(path, written->manifestSha256);
        return Success;
    }
    // The total, for the bar: one count query, asked only when it is drawn.
    const bool terminal = CliContext::errIsTerminal();
    const auto total = terminal ? store->count(filter.value()) : Result<qint64>(0);
    ProgressLine progress(context.err(), QStringLiteral("export"), terminal);
    const GeoJsonExport::Progress reportProgress = [&](qint64 features) {
        progress.update(features, total && total.value() > 0 ? double(features) / double(total.value()) : 0.0);
        return true;
    };
    auto finishProgress = [&](const Result<GeoJsonExport::Summary> &summary) {
        if (summary)
            progress.update(summary->features, 1.0);
        progress.finish();
    };
    if (gdalFormat) {
        const QString path = parser.value(QStringLiteral("output"));
        auto summary = OgrExport::toFile(*store, filter.value(), path, *gdalFormat, reportProgress);
        progress.finish();
        if (!summary)
            return context.fail(QStringLiteral("export: %1").arg(summary.error()));
        context.err() << (*gdalFormat == OgrExport::Format::GeoPackage
                ? QStringLiteral("exported %1 incidents, %2 claims and %3 sources to %4\n")
                      .arg(summary->features)
                      .arg(summary->claims)
                      .arg(summary->sources)
                      .arg(path)
                : QStringLiteral("exported %1 incidents to %2\n").arg(summary->features).arg(path));
        return Success;
    }
    if (parser.isSet(QStringLiteral("output"))) {
        const QString path = parser.value(QStringLiteral("output"));
        auto summary = GeoJsonExport::toFile(*store, filter.value(), path, reportProgress);
        finishProgress(summary);
        if (!summary)
            return context.fail(summary.error());
        context.err()
            << QStringLiteral("exported %1 incidents to %2 (%3 bytes)\n").arg(summary->features).arg(path).arg(summary->bytes);
        return Success;
    }
    context.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return context.fail(QStringLiteral("export: cannot write to standard output"));
    auto summary = GeoJsonExport::toDevice(*store, filter.value(), out, reportProgress);
    out.close();
    finishProgress(summary);
    return summary ? Success : context.fail(QStringLiteral("export: %1").arg(summary.error()));
}

int verifyBundleCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("verify-bundle"),
            QStringLiteral("Check a bundle made by export --bundle, offline: every file against its manifest's SHA-256 "
                           "(exit 1 if any differs, is missing or was added)."),
            arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("verify-bundle: expects one FILE.zip"), UsageError);
    const QString path = parser.positionalArguments().first();
    const auto checked = Bundle::check(path);
    if (!checked)
        return context.fail(QStringLiteral("verify-bundle: %1").arg(checked.problem().message));
    for (const QString &problem : checked->problems)
        context.out() << path << ": " << problem << '\n';
    if (checked->problems.isEmpty())
        context.out() << QStringLiteral("%1: %2 files match the manifest\n").arg(path).arg(checked->files);
    context.out() << QStringLiteral("manifest SHA-256: %1\n").arg(checked->manifestSha256);
    return checked->problems.isEmpty() ? Success : Failure;
}

int importCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("type"), QStringLiteral("Incident type of features that have none."), QStringLiteral("type")},
            {QStringLiteral("type-field"), QStringLiteral("Property holding the type (default: type; '' for none)."),
                QStringLiteral("name")},
            {QStringLiteral("title-field"), QStringLiteral("Property holding the title (default: title)."),
                QStringLiteral("name")},
            {QStringLiteral("date-field"), QStringLiteral("Property holding the date (default: date)."), QStringLiteral("name")},
            {QStringLiteral("description-field"),
                QStringLiteral("Property holding the description (default: description; '' for none)."), QStringLiteral("name")},
            {QStringLiteral("id-field"),
                QStringLiteral("Property holding each feature's own id (default: the feature's \"id\"; '' for none)."),
                QStringLiteral("name")},
            {QStringLiteral("source-url-field"),
                QStringLiteral("Property holding the URLs of the feature's sources (a list, or separated by spaces,\n"
                               "commas or semicolons): each becomes a source (matched by URL) the incident cites."),
                QStringLiteral("name")},
            {QStringLiteral("source-date-field"), QStringLiteral("Property holding the date those sources were published."),
                QStringLiteral("name")},
            {QStringLiteral("actor-field"),
                QStringLiteral("Property holding a party involved (a name or a list); repeat for several properties."),
                QStringLiteral("name")},
            {QStringLiteral("dataset"),
                QStringLiteral("What the ids are unique in (default: the file's name): importing the same dataset again\n"
                               "updates the features that changed and skips the others."),
                QStringLiteral("name")},
            {QStringLiteral("precision"), QStringLiteral("Precision of features that give none (default: near)."),
                QStringLiteral("precision")},
            {QStringLiteral("status"), QStringLiteral("Status of features that give none (default: reported)."),
                QStringLiteral("status")},
            {QStringLiteral("repair"),
                QStringLiteral("Repair invalid lines and areas (crossing rings...) instead of refusing the file;\n"
                               "what changed in each is said on standard error.")},
            {QStringLiteral("format"),
                QStringLiteral("acled: an ACLED CSV export; ucdp: a UCDP GED CSV file (their columns mapped, see README;\n"
                               "importing a later file updates the events it has again). Default: a vector file, as above."),
                QStringLiteral("format")},
        });
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("import"),
            QStringLiteral("Import a GeoJSON FeatureCollection (points, lines, areas) or any vector file GDAL reads\n"
                           "(KML/KMZ, GeoPackage, Shapefile, GPX, FlatGeobuf...): all of it, or nothing.\n"
                           "KML's Name, Description and TimeStamp are the title, description and date unless mapped.\n"
                           "Properties with no field of their own are kept in the incident's \"extra\".\n"
                           "An empty NAME ('') for a --*-field option means the file has no such property:\n"
                           "e.g. --type-field '' --type other when the file's own \"type\" means something else."),
            arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("import: expects one FILE"), UsageError);
    const auto printSummary = [&](const ImportSummary &summary) {
        context.out() << QStringLiteral("imported %1 features: %2 added, %3 updated, %4 unchanged (%5 new sources)\n")
                             .arg(summary.features)
                             .arg(summary.added)
                             .arg(summary.updated)
                             .arg(summary.unchanged)
                             .arg(summary.sources);
    };
    if (parser.isSet(QStringLiteral("format"))) {
        const QString format = parser.value(QStringLiteral("format"));
        const bool acled = format.toLower() == QLatin1String("acled");
        if (!acled && format.toLower() != QLatin1String("ucdp"))
            return context.fail(QStringLiteral("import: --format '%1' is not acled or ucdp").arg(format.left(40)), UsageError);
        IncidentStore *store = context.store();
        if (!store)
            return context.fail(context.openError());
        const QString file = parser.positionalArguments().first();
        const auto summary = acled ? AcledImport::fromFile(*store, file) : UcdpImport::fromFile(*store, file);
        if (!summary)
            return context.fail(QStringLiteral("import: %1").arg(summary.error()));
        printSummary(summary.value());
        return Success;
    }
    ImportOptions options;
    options.defaultType = parser.value(QStringLiteral("type"));
    for (const FieldOption &option : kFieldOptions)
        if (option.field != ImportField::Actor && parser.isSet(QLatin1String(option.name)))
            options.property(option.field) = parser.value(QLatin1String(option.name));
    options.actorFields = parser.values(QStringLiteral("actor-field"));
    options.idIsMember = !parser.isSet(QStringLiteral("id-field"));
    options.dataset = parser.value(QStringLiteral("dataset"));
    options.repair = parser.isSet(QStringLiteral("repair"));
    if (parser.isSet(QStringLiteral("precision"))) {
        auto precision = vocabularyOption<LocationPrecision>(parser, "precision");
        if (!precision)
            return context.fail(precision.error());
        options.defaultPrecision = precision.value();
    }
    if (parser.isSet(QStringLiteral("status"))) {
        auto status = vocabularyOption<IncidentStatus>(parser, "status");
        if (!status)
            return context.fail(status.error());
        options.defaultStatus = status.value();
    }
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    if (!options.defaultType.isEmpty() && !store->incidentType(options.defaultType))
        return context.fail(
            QStringLiteral("--type: '%1' is not an incident type (see conflictmap-cli types)").arg(options.defaultType.left(60)));
    ImportFailure failure;
    ProgressLine progress(context.err(), QStringLiteral("import"), CliContext::errIsTerminal());
    auto summary = VectorImport::fromFile(
        *store, parser.positionalArguments().first(), options, &failure, [&](qint64 features, qint64 read, qint64 size) {
            progress.update(features, double(read) / double(size));
            return true;
        });
    progress.finish();
    if (!summary)
        return context.fail(failure.field == ImportField::None ? summary.error() : importError(failure));
    for (const QString &repair : summary->repairs)
        context.err() << "repaired: " << repair << '\n';
    printSummary(summary.value());
    return Success;
}

} // namespace conflictmap::cli
