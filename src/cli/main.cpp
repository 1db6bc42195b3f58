// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// conflictmap-cli: the conflictmap core from the command line.
#include "CliContext.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    conflictmap::cli::CliContext context(out, err);

    if (!context.takeGlobalOptions(arguments))
        return context.fail(QStringLiteral("--db and --layer need a value"), conflictmap::cli::UsageError);
    const int code = conflictmap::cli::runCommand(context, arguments);
    out.flush();
    return code;
}
