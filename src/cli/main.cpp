// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// conflictmap-cli: the conflictmap core from the command line.
#include "CliContext.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <optional>

int main(int argc, char *argv[])
{
    // Drawing text needs the GUI side of Qt (fonts), and no screen: render
    // gets it offscreen; the other commands need neither.
    const bool drawing = std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrcmp(a, "render") == 0; });
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a session (a server, a CI job) Qt warns that it has no runtime
    // directory: one of our own, private, keeps the output to what render says.
    std::optional<QTemporaryDir> runtime;
    if (drawing && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && runtime.emplace().isValid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime->path()));
    const std::unique_ptr<QCoreApplication> app
        = drawing ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
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
