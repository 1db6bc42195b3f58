// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "JsonOutput.h"
#include "TestPaths.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// What one run of the built conflictmap-cli did.
struct Run {
    int exitCode;
    QString out;
    QString err;
};

// Runs the built conflictmap-cli on a database in 'dir' (never the user's),
// 'input' on its standard input.
inline Run cli(const QTemporaryDir &dir, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("CONFLICTMAP_DB", dir.filePath("incidents.sqlite"));
    process.setProcessEnvironment(environment);
    process.start(testpaths::cli(), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

// Runs a command that must succeed silently; what it printed, trimmed (an id).
inline QString addOk(const QTemporaryDir &dir, const QStringList &arguments)
{
    const Run run = cli(dir, arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.err.isEmpty());
    return run.out.trimmed();
}

// `list --format json` with these filters.
inline QJsonArray listJson(const QTemporaryDir &dir, const QStringList &filters = {})
{
    const Run run = cli(dir, QStringList{"list", "--format", "json"} + filters);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return jsonArrayOf(run.out);
}
