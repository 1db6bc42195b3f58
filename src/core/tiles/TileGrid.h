// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tiles/TileId.h"

#include <QRectF>

#include <vector>

namespace conflictmap {

// A rectangle of tiles at one zoom level, bounds inclusive.
struct TileRange {
    int z = 0;
    int minX = 0;
    int minY = 0;
    int maxX = -1;
    int maxY = -1;

    bool isEmpty() const { return maxX < minX || maxY < minY; }
    int columns() const { return isEmpty() ? 0 : maxX - minX + 1; }
    int rows() const { return isEmpty() ? 0 : maxY - minY + 1; }
    bool contains(const TileId &tile) const
    {
        return tile.z == z && tile.x >= minX && tile.x <= maxX && tile.y >= minY && tile.y <= maxY;
    }
    // The range grown by 'rings' tiles on every side, within the world.
    TileRange grownBy(int rings) const;
    // Row by row, from the north-west tile.
    std::vector<TileId> tiles() const;
};

// The geometry of the Web Mercator (EPSG:3857) tile pyramid: 256-pixel tiles,
// 2^z × 2^z of them at zoom z, covering ±20037508.34 m in x and y.
class TileGrid {
public:
    static constexpr int kTileSize = 256;
    static constexpr double kWorldHalfWidth = 20037508.342789244; // metres
    static constexpr int kMaxZoom = 22;

    // Metres per tile pixel at zoom z.
    static double resolution(int z);
    // The zoom whose pixels are closest to 'metresPerPixel' (rounded on a
    // log scale, so a view between two levels loads the nearer one, not
    // always four times as many tiles), within [0, maxZoom].
    static int zoomFor(double metresPerPixel, int maxZoom = kMaxZoom);
    // The projected rectangle (EPSG:3857, y north) one tile covers.
    static QRectF extent(const TileId &tile);
    // The tiles at zoom z a projected rectangle touches, clipped to the world.
    static TileRange covering(const QRectF &extent, int z);
};

} // namespace conflictmap
