// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace conflictmap {

// A zip file read entry by entry (minizip), never extracted to disk: names
// are only names here, whatever folders they claim.
class ZipReader {
public:
    struct Entry {
        QString name;
        qint64 size = 0; // uncompressed, as the archive says
    };

    static Result<std::unique_ptr<ZipReader>> open(const QString &path);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    const std::vector<Entry> &entries() const { return m_entries; }
    // Streams entry 'name' through 'piece' (bytes as they are inflated);
    // a damaged entry (its CRC does not match) is an error.
    Result<void> read(const QString &name, const std::function<void(const QByteArray &)> &piece);
    // The whole entry, refused when larger than 'maxBytes'.
    Result<QByteArray> readAll(const QString &name, qint64 maxBytes);

private:
    ZipReader(void *zip, QString path);

    void *m_zip; // unzFile
    QString m_path;
    std::vector<Entry> m_entries;
};

} // namespace conflictmap
