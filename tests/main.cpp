// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The one Catch2 main: a QGuiApplication lives for the whole run, so core,
// CLI and QML scene tests share one executable.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "QmlPlugins.h"

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // No window ever pops up in a test run unless a platform is asked for.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
