// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tiles/TileFetcher.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace conflictmap {

TileFetcher::TileFetcher(TileUrlTemplate source, QObject *parent) : QObject(parent), m_source(std::move(source)) { }

TileFetcher::~TileFetcher()
{
    // Aborting emits finished(): our handlers must not run on a half-destroyed object.
    const auto replies = m_inFlight.values();
    m_inFlight.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

void TileFetcher::fetch(const TileId &tile)
{
    if (m_inFlight.contains(tile))
        return;
    QNetworkRequest request(m_source.url(tile));
    // Tile services ask clients to name themselves (OpenStreetMap's tile usage policy).
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QStringLiteral("conflictmap/%1 (Qt network)").arg(QCoreApplication::applicationVersion()));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network.get(request);
    m_inFlight.insert(tile, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, tile] { finish(reply, tile); });
}

void TileFetcher::cancelAllBut(const QSet<TileId> &wanted)
{
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        QNetworkReply *reply = it.value();
        it = m_inFlight.erase(it);
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void TileFetcher::finish(QNetworkReply *reply, const TileId &tile)
{
    reply->deleteLater();
    if (m_inFlight.value(tile) != reply)
        return;
    m_inFlight.remove(tile);
    const QString where = QStringLiteral("tile %1 from %2").arg(tile.toString(), reply->url().host());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Only the transfer time-out cancels a reply we still want.
        emit failed(tile, QStringLiteral("%1: no answer in %2 s").arg(where).arg(m_timeoutMs / 1000.0));
    } else if (status >= 400) {
        emit failed(tile,
            QStringLiteral("%1: HTTP %2 (%3)")
                .arg(where)
                .arg(status)
                .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
    } else if (reply->error() != QNetworkReply::NoError) {
        emit failed(tile, QStringLiteral("%1: %2").arg(where, reply->errorString()));
    } else {
        emit fetched(tile, reply->readAll());
    }
}

} // namespace conflictmap
