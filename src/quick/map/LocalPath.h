// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

namespace conflictmap {

// A file path from QML, which gives paths or, from FileDialog, file: URLs.
inline QString localPath(const QString &pathOrUrl)
{
    return pathOrUrl.startsWith(QLatin1String("file:"), Qt::CaseInsensitive) ? QUrl(pathOrUrl).toLocalFile() : pathOrUrl;
}

} // namespace conflictmap
