#include "CliContext.h"
#include "Commands.h"
#include "FilterOptions.h"
#include "IncidentOptions.h"

#include "io/GeoJsonExport.h"
#include "io/GeoJsonImport.h"
#include "store/IncidentStore.h"

#include <QFile>

#include <cstdio>

namespace conflictmap::cli {

int exportCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {{{QStringLiteral("o"), QStringLiteral("output")},
            QStringLiteral("Write to this file (replaced only once complete); default: standard output."),
            QStringLiteral("file")}});
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
    IncidentStore *store = context.store();
    if (parser.isSet(QStringLiteral("output"))) {
        const QString path = parser.value(QStringLiteral("output"));
        auto summary = GeoJsonExport::toFile(*store, filter.value(), path);
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
    auto summary = GeoJsonExport::toDevice(*store, filter.value(), out);
    out.close();
    return summary ? Success : context.fail(QStringLiteral("export: %1").arg(summary.error()));
}

int importCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("type"), QStringLiteral("Incident type of features that have none."), QStringLiteral("type")},
            {QStringLiteral("type-field"), QStringLiteral("Property holding the type (default: type)."), QStringLiteral("name")},
            {QStringLiteral("title-field"), QStringLiteral("Property holding the title (default: title)."),
                QStringLiteral("name")},
            {QStringLiteral("date-field"), QStringLiteral("Property holding the date (default: date)."), QStringLiteral("name")},
            {QStringLiteral("description-field"), QStringLiteral("Property holding the description (default: description)."),
                QStringLiteral("name")},
            {QStringLiteral("precision"), QStringLiteral("Precision of features that give none (default: near)."),
                QStringLiteral("precision")},
            {QStringLiteral("status"), QStringLiteral("Status of features that give none (default: reported)."),
                QStringLiteral("status")},
        });
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("import"),
            QStringLiteral("Import a GeoJSON FeatureCollection of points: all of it, or nothing.\n"
                           "Properties with no field of their own are kept in the incident's \"extra\"."),
            arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("import: expects one FILE"), UsageError);
    ImportOptions options;
    options.defaultType = parser.value(QStringLiteral("type"));
    const std::pair<const char *, QString *> fields[] = {{"type-field", &options.typeField}, {"title-field", &options.titleField},
        {"date-field", &options.dateField}, {"description-field", &options.descriptionField}};
    for (const auto &[name, out] : fields)
        if (parser.isSet(QLatin1String(name)))
            *out = parser.value(QLatin1String(name));
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
    auto summary = GeoJsonImport::fromFile(*store, parser.positionalArguments().first(), options);
    if (!summary)
        return context.fail(summary.error());
    context.out() << QStringLiteral("imported %1 incidents (%2 new sources)\n").arg(summary->features).arg(summary->sources);
    return Success;
}

} // namespace conflictmap::cli
