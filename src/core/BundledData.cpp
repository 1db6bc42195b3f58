// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BundledData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace conflictmap {

namespace {
QString programDirectory()
{
    if (QCoreApplication::instance())
        return QCoreApplication::applicationDirPath();
    // Programs without an application object (fuzzers, benchmarks): Qt
    // cannot say where they are, Linux can.
    return QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget()).absolutePath();
}
} // namespace

QString BundledData::directory()
{
    // From bin/ to the data directory, as CMake lays them out on install.
    return QDir::cleanPath(programDirectory() + QLatin1Char('/') + QStringLiteral(CONFLICTMAP_GEODATA_FROM_BIN));
}

QString BundledData::path(const QString &name)
{
    return directory() + QLatin1Char('/') + name;
}

} // namespace conflictmap
