// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QSaveFile>
#include <QString>

namespace conflictmap::WholeFile {

// Writes 'path' through 'write' (given the open file) into a temporary file
// renamed into place only once 'write' succeeded and everything is on
// disk: a failed write leaves no half file, and an existing one as it was.
// Failures are prefixed with the path.
template <typename T, typename Write>
Result<T> write(const QString &path, Write &&write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<T>::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    Result<T> written = write(file);
    if (!written) {
        file.cancelWriting();
        return Result<T>::failure(QStringLiteral("%1: %2").arg(path, written.error()));
    }
    if (!file.commit())
        return Result<T>::failure(QStringLiteral("%1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace conflictmap::WholeFile
