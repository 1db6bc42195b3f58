// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tiles/TileId.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace conflictmap {

// The tiles of one source kept on disk, as the server sent them, so that
// what was seen once shows again offline: <directory>/z/x/y.tile. Bounded in
// size: a write that takes it past its limit deletes the tiles used least
// recently. A read marks a tile used by touching its file, so the order
// outlives the process. A folder that cannot be written leaves a cache that
// keeps nothing (errorString() says why); the map works on without it.
// Safe to use from several threads at once.
class TileCache {
public:
    static constexpr qint64 kDefaultLimitBytes = 512LL * 1024 * 1024;

    // $XDG_CACHE_HOME/conflictmap/tiles (~/.cache/conflictmap/tiles).
    static QString defaultRoot();

    // Reads what the folder holds already (one directory walk).
    explicit TileCache(const QString &directory, qint64 limitBytes = kDefaultLimitBytes);
    TileCache(const TileCache &) = delete;
    TileCache &operator=(const TileCache &) = delete;

    QString directory() const { return m_directory; }
    bool isWritable() const;
    // Why tiles are not kept, empty while they are.
    QString errorString() const;

    std::optional<QByteArray> read(const TileId &tile);
    void write(const TileId &tile, const QByteArray &bytes);
    // Forgets a tile, e.g. one that turned out not to be an image.
    void remove(const TileId &tile);
    qint64 sizeInBytes() const;
    bool contains(const TileId &tile) const;

private:
    struct Entry {
        qint64 bytes = 0;
        quint64 lastUse = 0; // a sequence number: larger is more recent
    };
    QString pathOf(const TileId &tile) const;
    void scan();
    void evictDownTo(qint64 bytes, const TileId &keep);
    void removeLocked(const TileId &tile);

    const QString m_directory;
    const qint64 m_limitBytes;
    mutable QMutex m_mutex;
    QHash<TileId, Entry> m_entries;
    qint64 m_totalBytes = 0;
    quint64 m_useCounter = 0;
    QString m_error;
};

} // namespace conflictmap
