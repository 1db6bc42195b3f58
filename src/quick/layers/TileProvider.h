// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tiles/TileCache.h"
#include "tiles/TileFetcher.h"
#include "tiles/TileMosaic.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

namespace conflictmap {

// The decoded tiles of one tile service, for a base map layer: kept in
// memory (a bounded number; those wanted least recently go first), read
// from the disk cache, else fetched. Reading and decoding run on the thread
// pool, so the UI thread never waits on a tile. A tile that failed (HTTP
// error, not an image, no answer) is not asked for again before
// kRetryAfterMs, however often the view wants it.
class TileProvider : public QObject {
    Q_OBJECT

public:
    static constexpr int kRetryAfterMs = 60000;
    static constexpr int kMemoryTiles = 256; // 64 MiB of 256-pixel tiles

    // 'cache' may be shared with other threads; it outlives jobs in flight.
    TileProvider(TileUrlTemplate source, std::shared_ptr<TileCache> cache, QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_fetcher.setTimeout(milliseconds); }
    // The tiles the view shows now: they and the ring around them are read
    // or fetched if missing, fetches of any other tiles are abandoned.
    void want(const TileRange &view);
    // The decoded tiles of 'range' (those there are).
    DecodedTiles tiles(const TileRange &range) const;
    // True when every tile of 'range' is decoded or has failed.
    bool isSettled(const TileRange &range) const;

signals:
    // A tile was decoded or failed: what the view shows may have changed.
    void tileSettled();
    void tileFailed(const QString &error);

private:
    enum class State { Reading, Fetching, Decoding, Ready, Failed };
    struct Entry {
        State state = State::Reading;
        std::shared_ptr<const RgbaImage> image;
        qint64 failedAt = 0; // m_clock milliseconds
        quint64 lastWanted = 0;
    };
    struct Decoded {
        std::shared_ptr<const RgbaImage> image; // null: not cached, or not an image
        QString error;
    };

    void startReading(const TileId &tile);
    void decodeFetched(const TileId &tile, const QByteArray &body);
    void settle(const TileId &tile, const Decoded &decoded);
    void fail(const TileId &tile, const QString &error);
    void dropLeastWanted();
    template <typename Work, typename Done>
    void runInPool(Work work, Done done);

    std::shared_ptr<TileCache> m_cache;
    TileFetcher m_fetcher;
    QHash<TileId, Entry> m_entries;
    quint64 m_wantCounter = 0;
    QElapsedTimer m_clock;
};

} // namespace conflictmap
