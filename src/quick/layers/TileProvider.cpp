// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/TileProvider.h"

#include "raster/ImageDecoder.h"

#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace conflictmap {

TileProvider::TileProvider(TileUrlTemplate source, std::shared_ptr<TileCache> cache, QObject *parent)
    : QObject(parent), m_cache(std::move(cache)), m_fetcher(std::move(source))
{
    m_clock.start();
    connect(&m_fetcher, &TileFetcher::fetched, this, &TileProvider::decodeFetched);
    connect(&m_fetcher, &TileFetcher::failed, this, &TileProvider::fail);
}

template <typename Work, typename Done>
void TileProvider::runInPool(Work work, Done done)
{
    using Value = decltype(work());
    // The watcher dies with the provider; the job holds only its own data.
    auto *watcher = new QFutureWatcher<Value>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void TileProvider::want(const TileRange &view)
{
    const quint64 now = ++m_wantCounter;
    QSet<TileId> wanted;
    // The view's own tiles first: jobs start in that order.
    std::vector<TileId> tiles = view.tiles();
    for (const TileId &ringTile : view.grownBy(1).tiles())
        if (!view.contains(ringTile))
            tiles.push_back(ringTile);
    for (const TileId &tile : tiles) {
        wanted.insert(tile);
        const auto found = m_entries.find(tile);
        if (found == m_entries.end()) {
            m_entries[tile].lastWanted = now;
            startReading(tile);
            continue;
        }
        found->lastWanted = now;
        if (found->state == State::Failed && m_clock.elapsed() - found->failedAt >= kRetryAfterMs)
            startReading(tile);
    }
    // Abandoned fetches are forgotten: wanted again, they start over.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (it->state == State::Fetching && !wanted.contains(it.key()))
            it = m_entries.erase(it);
        else
            ++it;
    }
    m_fetcher.cancelAllBut(wanted);
    dropLeastWanted();
}

void TileProvider::startReading(const TileId &tile)
{
    m_entries[tile].state = State::Reading;
    runInPool(
        [cache = m_cache, tile]() -> Decoded {
            const std::optional<QByteArray> bytes = cache->read(tile);
            if (!bytes)
                return {};
            Result<RgbaImage> image = decodeImage(*bytes);
            if (!image) {
                cache->remove(tile); // a broken file: fetched again
                return {};
            }
            return {std::make_shared<const RgbaImage>(std::move(image.value())), {}};
        },
        [this, tile](const Decoded &decoded) {
            const auto entry = m_entries.find(tile);
            if (entry == m_entries.end() || entry->state != State::Reading)
                return;
            if (decoded.image) {
                settle(tile, decoded);
                return;
            }
            // Not in the cache: fetched only if the view still wants it (it
            // may have moved on while the cache was read).
            if (entry->lastWanted != m_wantCounter) {
                m_entries.erase(entry);
                return;
            }
            entry->state = State::Fetching;
            m_fetcher.fetch(tile);
        });
}

void TileProvider::decodeFetched(const TileId &tile, const QByteArray &body)
{
    const auto entry = m_entries.find(tile);
    if (entry == m_entries.end())
        return;
    entry->state = State::Decoding;
    runInPool(
        [cache = m_cache, tile, body]() -> Decoded {
            Result<RgbaImage> image = decodeImage(body);
            if (!image)
                return {nullptr, QStringLiteral("tile %1: %2").arg(tile.toString(), image.error())};
            cache->write(tile, body); // only images are kept
            return {std::make_shared<const RgbaImage>(std::move(image.value())), {}};
        },
        [this, tile](const Decoded &decoded) {
            if (decoded.image)
                settle(tile, decoded);
            else
                fail(tile, decoded.error);
        });
}

void TileProvider::settle(const TileId &tile, const Decoded &decoded)
{
    const auto entry = m_entries.find(tile);
    if (entry == m_entries.end())
        return;
    entry->state = State::Ready;
    entry->image = decoded.image;
    emit tileSettled();
}

void TileProvider::fail(const TileId &tile, const QString &error)
{
    const auto entry = m_entries.find(tile);
    if (entry == m_entries.end())
        return;
    entry->state = State::Failed;
    entry->failedAt = m_clock.elapsed();
    emit tileFailed(error);
    emit tileSettled();
}

void TileProvider::dropLeastWanted()
{
    qsizetype decoded = 0;
    for (const Entry &entry : std::as_const(m_entries))
        decoded += entry.image ? 1 : 0;
    if (decoded <= kMemoryTiles)
        return;
    std::vector<std::pair<quint64, TileId>> byWant;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it->image && it->lastWanted < m_wantCounter)
            byWant.emplace_back(it->lastWanted, it.key());
    std::sort(byWant.begin(), byWant.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[lastWanted, tile] : byWant) {
        if (decoded <= kMemoryTiles)
            break;
        m_entries.remove(tile);
        --decoded;
    }
}

DecodedTiles TileProvider::tiles(const TileRange &range) const
{
    DecodedTiles found;
    for (const TileId &tile : range.tiles())
        if (const auto entry = m_entries.constFind(tile); entry != m_entries.cend() && entry->image)
            found.insert(tile, entry->image);
    return found;
}

bool TileProvider::isSettled(const TileRange &range) const
{
    for (const TileId &tile : range.tiles()) {
        const auto entry = m_entries.constFind(tile);
        if (entry == m_entries.cend() || (entry->state != State::Ready && entry->state != State::Failed))
            return false;
    }
    return true;
}

} // namespace conflictmap
