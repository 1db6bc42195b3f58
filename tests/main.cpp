// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one Catch2 main: a QGuiApplication lives for the whole run, so core,
// CLI and QML scene tests share one executable.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "QmlPlugins.h"

#include <QGuiApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // No window ever pops up in a test run unless a platform is asked for.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Each test process its own settings, cache and data folders: CTest runs
    // test cases in parallel, and one test's remembered view or base map
    // must not leak into another's (nor the user's into any).
    QTemporaryDir home;
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"})
        qputenv(variable, home.filePath(QString::fromLatin1(variable)).toUtf8());
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
