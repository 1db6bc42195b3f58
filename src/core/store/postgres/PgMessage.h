// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace conflictmap {

// libpq's messages run over several lines (a hint, the host tried next, a
// caret under the query); callers of the store want one line: the first
// one that says something, with its runs of spaces ("FATAL:  ") made one.
inline QString libpqFirstLine(const char *message)
{
    const QStringList lines = QString::fromUtf8(message).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.simplified();
    }
    return {};
}

} // namespace conflictmap
