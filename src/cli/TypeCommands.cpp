// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "TableWriter.h"

#include "store/IncidentStore.h"

namespace conflictmap::cli {

int addTypeCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("family"), QStringLiteral("clash, territory, movement, diplomatic or other (required)."),
                QStringLiteral("family")},
            {QStringLiteral("label"), QStringLiteral("Label shown to users."), QStringLiteral("text")},
            {QStringLiteral("deployment"), QStringLiteral("Incidents of this type are deployments.")},
        });
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("types add"), QStringLiteral("Add an incident type NAME to the taxonomy."),
            arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("types add: expects one NAME"), UsageError);
    if (!parser.isSet(QStringLiteral("family")))
        return context.fail(QStringLiteral("types add: --family is required"), UsageError);
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto added = store->addIncidentType({parser.positionalArguments().first(), parser.value(QStringLiteral("label")),
        parser.value(QStringLiteral("family")), parser.isSet(QStringLiteral("deployment")), false});
    return added ? Success : context.fail(added.error());
}

int typesCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("types"),
            QStringLiteral("The incident types (types add NAME --family F adds one)."), arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("types: unexpected argument '%1'").arg(parser.positionalArguments().first()), UsageError);
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    TableWriter table({QStringLiteral("name"), QStringLiteral("family"), QStringLiteral("deployment"), QStringLiteral("label")});
    for (const IncidentType &type : store->incidentTypes())
        table.addRow({type.name, type.family, type.deployment ? QStringLiteral("yes") : QString(), type.label});
    table.write(context.out());
    return Success;
}

} // namespace conflictmap::cli
