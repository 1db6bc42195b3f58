// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace conflictmap {

// A zip file being written (minizip): entries added one after another,
// deflated, ZIP64 when large. The file is complete only after finish().
class ZipWriter {
public:
    static Result<std::unique_ptr<ZipWriter>> create(const QString &path);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    Result<void> add(const QString &name, const QByteArray &bytes);
    // The file at 'path', read in pieces.
    Result<void> addFile(const QString &name, const QString &path);
    Result<void> finish();

private:
    ZipWriter(void *zip, QString path);
    Result<void> open(const QString &name);
    Result<void> write(const char *data, qint64 size, const QString &name);
    Result<void> close(const QString &name);

    void *m_zip; // zipFile
    QString m_path;
};

} // namespace conflictmap
