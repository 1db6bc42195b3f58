// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "FilterOptions.h"
#include "IncidentOutput.h"

#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace conflictmap::cli {

int listCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(
        parser, {{QStringLiteral("format"), QStringLiteral("table (default), json or csv."), QStringLiteral("format")}});
    FilterOptions::addTo(context, parser);
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("list"), QStringLiteral("List incidents, oldest first; filters combine."),
            arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("list: unexpected argument '%1'").arg(parser.positionalArguments().first()), UsageError);
    const auto format = context.format(parser, true);
    if (!format)
        return UsageError;
    auto filter = FilterOptions::read(context, parser);
    if (!filter)
        return context.fail(filter.error());
    auto incidents = context.store()->incidents(filter.value());
    if (!incidents)
        return context.fail(incidents.error());

    switch (*format) {
    case Format::Json: {
        QJsonArray all;
        for (const Incident &incident : incidents.value())
            all.append(IncidentOutput::json(incident, context.layer()));
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        break;
    }
    case Format::Csv:
        IncidentOutput::writeCsv(context.out(), incidents.value());
        break;
    case Format::Table:
    case Format::GeoJson: // not offered by list (export writes it)
        IncidentOutput::writeTable(context.out(), incidents.value());
        break;
    }
    return Success;
}

} // namespace conflictmap::cli
