// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "tiles/TileCache.h"

#include <QFile>
#include <QTemporaryDir>

using namespace conflictmap;

namespace {
QByteArray bytesOfSize(int size, char fill)
{
    return QByteArray(size, fill);
}
} // namespace

TEST_CASE("the tile cache gives back what was written and keeps it across instances", "[core][tiles]")
{
    QTemporaryDir dir;
    {
        TileCache cache(dir.filePath(QStringLiteral("source")));
        REQUIRE(cache.isWritable());
        CHECK_FALSE(cache.read({3, 4, 2}));
        cache.write({3, 4, 2}, "tile 3/4/2");
        CHECK(cache.read({3, 4, 2}) == QByteArray("tile 3/4/2"));
    }
    TileCache again(dir.filePath(QStringLiteral("source")));
    CHECK(again.read({3, 4, 2}) == QByteArray("tile 3/4/2"));
    CHECK(again.sizeInBytes() == 10);
    again.remove({3, 4, 2});
    CHECK_FALSE(again.read({3, 4, 2}));
    CHECK(again.sizeInBytes() == 0);
}

TEST_CASE("the tile cache evicts the least recently used tiles when it outgrows its limit", "[core][tiles]")
{
    QTemporaryDir dir;
    TileCache cache(dir.filePath(QStringLiteral("source")), 4000);
    cache.write({1, 0, 0}, bytesOfSize(1000, 'a'));
    cache.write({1, 1, 0}, bytesOfSize(1000, 'b'));
    cache.write({1, 0, 1}, bytesOfSize(1000, 'c'));
    cache.write({1, 1, 1}, bytesOfSize(1000, 'd'));
    CHECK(cache.sizeInBytes() == 4000);
    // 1/0/0 is read again: now 1/1/0 is the least recently used.
    REQUIRE(cache.read({1, 0, 0}));
    cache.write({2, 0, 0}, bytesOfSize(1000, 'e'));
    CHECK(cache.sizeInBytes() <= 4000);
    CHECK_FALSE(cache.contains({1, 1, 0}));
    CHECK(cache.contains({1, 0, 0}));
    CHECK(cache.contains({2, 0, 0}));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("source/1/1/0.tile"))));
    // A tile larger than the whole limit is kept alone rather than lost at once.
    cache.write({3, 0, 0}, bytesOfSize(5000, 'f'));
    CHECK(cache.contains({3, 0, 0}));
    CHECK(cache.sizeInBytes() == 5000);
}

TEST_CASE("a tile cache folder that cannot be written keeps nothing and says why", "[core][tiles]")
{
    QTemporaryDir dir;
    // A folder below a file cannot be made, even by root.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    TileCache cache(dir.filePath(QStringLiteral("file/tiles")));
    CHECK_FALSE(cache.isWritable());
    CHECK(cache.errorString().contains(QStringLiteral("cannot be written")));
    CHECK(cache.errorString().contains(dir.filePath(QStringLiteral("file/tiles"))));
    cache.write({1, 0, 0}, "tile");
    CHECK_FALSE(cache.read({1, 0, 0}));
}
