// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BundledData.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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

QString BundledData::credit(const QString &fileName)
{
    QFile file(path(QStringLiteral("ATTRIBUTION.md")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // The section whose heading names the file ("## a.gpkg, b.gpkg"), and
    // its first "Credit:" line.
    bool inSection = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(QLatin1String("## "))) {
            inSection = false;
            for (const QString &name : line.mid(3).split(QLatin1Char(',')))
                inSection = inSection || name.trimmed() == fileName;
        } else if (inSection && line.startsWith(QLatin1String("Credit: ")))
            return line.mid(8);
    }
    return {};
}

} // namespace conflictmap
