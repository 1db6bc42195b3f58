// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"

#include "io/SampleData.h"
#include "store/IncidentStore.h"

namespace conflictmap::cli {

int initCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sample(QStringLiteral("sample"), QStringLiteral("Load the sample data (into an empty database)."));
    context.addOptions(parser, {sample});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("init"),
            QStringLiteral("Create the incident database, or bring its schema up to date."), arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("init: takes no arguments"), UsageError);
    IncidentStore *store = context.createStore();
    if (!store)
        return context.fail(context.openError());
    if (parser.isSet(sample)) {
        auto loaded = SampleData::loadInto(*store);
        if (!loaded)
            return context.fail(loaded.error());
    }
    context.out() << QStringLiteral("%1: schema version %2, %3 incidents, %4 sources\n")
                         .arg(store->displayName())
                         .arg(store->schemaVersion())
                         .arg(store->incidentCount())
                         .arg(store->sources().size());
    return Success;
}

} // namespace conflictmap::cli
