// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tiles/TileId.h"
#include "tiles/TileUrlTemplate.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>

class QNetworkReply;

namespace conflictmap {

// Fetches tiles of one tile service over HTTP(S), on the thread it lives on
// (asynchronously: nothing here blocks). A tile asked for again while it is
// being fetched is not fetched twice; each request gives up after a time-out.
// What a fetched body is (an image or not) is for the caller to find out.
class TileFetcher : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 15000;

    explicit TileFetcher(TileUrlTemplate source, QObject *parent = nullptr);
    ~TileFetcher() override;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void fetch(const TileId &tile);
    bool isFetching(const TileId &tile) const { return m_inFlight.contains(tile); }
    // Abandons the requests of tiles not in 'wanted' (the view moved on).
    void cancelAllBut(const QSet<TileId> &wanted);

signals:
    void fetched(const conflictmap::TileId &tile, const QByteArray &body);
    // 'error' is one line: "tile 5/20/12 from tile.example.org: HTTP 404 (Not Found)".
    void failed(const conflictmap::TileId &tile, const QString &error);

private:
    void finish(QNetworkReply *reply, const TileId &tile);

    TileUrlTemplate m_source;
    QNetworkAccessManager m_network;
    QHash<TileId, QNetworkReply *> m_inFlight;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace conflictmap
