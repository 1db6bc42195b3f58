// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TestPaths.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

// What the built conflictmap-cli did: its exit code and what it printed.
struct CliOutput {
    int exitCode;
    QString out;
    QString err;
};

// Runs the built conflictmap-cli with $CONFLICTMAP_DB at 'database' (never
// the user's), 'input' on its standard input.
inline CliOutput runCli(const QString &database, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("CONFLICTMAP_DB", database);
    process.setProcessEnvironment(environment);
    process.start(testpaths::cli(), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}
