// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AboutInfo.h"

#include "LibraryVersions.h"

#include <QFile>

namespace conflictmap {

QString AboutInfo::version()
{
    return QStringLiteral(CONFLICTMAP_VERSION);
}

QString AboutInfo::licence()
{
    return tr("conflictmap is free software: you can redistribute it and/or modify it under the terms of the GNU "
              "General Public License as published by the Free Software Foundation, either version 3 of the "
              "License, or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.");
}

QString AboutInfo::attribution()
{
    QFile file(QStringLiteral(":/conflictmap/ATTRIBUTION.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString AboutInfo::libraries()
{
    return QStringLiteral("Qt %1, %2").arg(QString::fromLatin1(qVersion()), libraryVersions());
}

} // namespace conflictmap
