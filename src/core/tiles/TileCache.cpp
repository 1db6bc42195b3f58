// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tiles/TileCache.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>
#include <vector>

namespace conflictmap {

QString TileCache::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/conflictmap/tiles");
}

TileCache::TileCache(const QString &directory, qint64 limitBytes) : m_directory(directory), m_limitBytes(limitBytes)
{
    if (!QDir().mkpath(m_directory)) {
        m_error = QStringLiteral(
            "the tile cache %1 cannot be written (the folder cannot be made): tiles are not kept for offline use")
                      .arg(QDir::toNativeSeparators(m_directory));
        return;
    }
    QTemporaryFile probe(m_directory + QStringLiteral("/.probe-XXXXXX"));
    if (!probe.open()) {
        m_error = QStringLiteral("the tile cache %1 cannot be written (%2): tiles are not kept for offline use")
                      .arg(QDir::toNativeSeparators(m_directory), probe.errorString());
        return;
    }
    scan();
}

bool TileCache::isWritable() const
{
    QMutexLocker lock(&m_mutex);
    return m_error.isEmpty();
}

QString TileCache::errorString() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

QString TileCache::pathOf(const TileId &tile) const
{
    return QStringLiteral("%1/%2/%3/%4.tile").arg(m_directory).arg(tile.z).arg(tile.x).arg(tile.y);
}

void TileCache::scan()
{
    struct Found {
        TileId tile;
        qint64 bytes;
        QDateTime modified;
    };
    std::vector<Found> found;
    QDirIterator it(m_directory, {QStringLiteral("*.tile")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QStringList parts = QDir(m_directory).relativeFilePath(info.filePath()).split(QLatin1Char('/'));
        bool okZ = false, okX = false, okY = false;
        const TileId tile{parts.value(0).toInt(&okZ), parts.value(1).toInt(&okX), info.completeBaseName().toInt(&okY)};
        if (parts.size() == 3 && okZ && okX && okY)
            found.push_back({tile, info.size(), info.lastModified()});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.modified < b.modified; });
    for (const Found &f : found) {
        m_entries.insert(f.tile, {f.bytes, ++m_useCounter});
        m_totalBytes += f.bytes;
    }
}

std::optional<QByteArray> TileCache::read(const TileId &tile)
{
    QMutexLocker lock(&m_mutex);
    const auto entry = m_entries.find(tile);
    if (entry == m_entries.end())
        return std::nullopt;
    QFile file(pathOf(tile));
    if (!file.open(QIODevice::ReadOnly)) {
        removeLocked(tile);
        return std::nullopt;
    }
    entry->lastUse = ++m_useCounter;
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return file.readAll();
}

void TileCache::write(const TileId &tile, const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    if (!m_error.isEmpty())
        return;
    const QString path = pathOf(tile);
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        m_error = QStringLiteral("the tile cache %1 cannot be written (%2): tiles are not kept for offline use")
                      .arg(QDir::toNativeSeparators(m_directory), file.errorString());
        return;
    }
    Entry &entry = m_entries[tile];
    m_totalBytes += bytes.size() - entry.bytes;
    entry = {bytes.size(), ++m_useCounter};
    // Down to 90 %, so that the next few writes do not each walk the index.
    if (m_totalBytes > m_limitBytes)
        evictDownTo(m_limitBytes / 10 * 9, tile);
}

void TileCache::remove(const TileId &tile)
{
    QMutexLocker lock(&m_mutex);
    removeLocked(tile);
}

void TileCache::removeLocked(const TileId &tile)
{
    const auto entry = m_entries.find(tile);
    if (entry == m_entries.end())
        return;
    QFile::remove(pathOf(tile));
    m_totalBytes -= entry->bytes;
    m_entries.erase(entry);
}

void TileCache::evictDownTo(qint64 bytes, const TileId &keep)
{
    std::vector<std::pair<quint64, TileId>> byUse;
    byUse.reserve(size_t(m_entries.size()));
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        byUse.emplace_back(it->lastUse, it.key());
    std::sort(byUse.begin(), byUse.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[lastUse, tile] : byUse) {
        if (m_totalBytes <= bytes)
            break;
        if (tile != keep)
            removeLocked(tile);
    }
}

qint64 TileCache::sizeInBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_totalBytes;
}

bool TileCache::contains(const TileId &tile) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.contains(tile);
}

} // namespace conflictmap
