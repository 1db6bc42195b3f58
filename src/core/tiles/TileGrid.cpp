// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tiles/TileGrid.h"

#include <algorithm>
#include <cmath>

namespace conflictmap {

TileRange TileRange::grownBy(int rings) const
{
    if (isEmpty())
        return *this;
    const int last = (1 << z) - 1;
    return {z, std::max(0, minX - rings), std::max(0, minY - rings), std::min(last, maxX + rings), std::min(last, maxY + rings)};
}

std::vector<TileId> TileRange::tiles() const
{
    std::vector<TileId> all;
    all.reserve(size_t(columns()) * size_t(rows()));
    for (int y = minY; y <= maxY; ++y)
        for (int x = minX; x <= maxX; ++x)
            all.push_back({z, x, y});
    return all;
}

double TileGrid::resolution(int z)
{
    return 2.0 * kWorldHalfWidth / (kTileSize * std::ldexp(1.0, z));
}

int TileGrid::zoomFor(double metresPerPixel, int maxZoom)
{
    if (!(metresPerPixel > 0) || !std::isfinite(metresPerPixel))
        return 0;
    const double z = std::round(std::log2(resolution(0) / metresPerPixel));
    return int(std::clamp(z, 0.0, double(std::clamp(maxZoom, 0, kMaxZoom))));
}

QRectF TileGrid::extent(const TileId &tile)
{
    const double size = 2.0 * kWorldHalfWidth / std::ldexp(1.0, tile.z);
    const double west = -kWorldHalfWidth + tile.x * size;
    const double north = kWorldHalfWidth - tile.y * size;
    return QRectF(west, north - size, size, size);
}

TileRange TileGrid::covering(const QRectF &extent, int z)
{
    const QRectF world(-kWorldHalfWidth, -kWorldHalfWidth, 2 * kWorldHalfWidth, 2 * kWorldHalfWidth);
    const QRectF clipped = extent.normalized().intersected(world);
    if (clipped.isEmpty())
        return {z, 0, 0, -1, -1};
    const double size = 2.0 * kWorldHalfWidth / std::ldexp(1.0, z);
    const int last = (1 << z) - 1;
    auto column = [&](double x) { return std::clamp(int(std::floor((x + kWorldHalfWidth) / size)), 0, last); };
    auto row = [&](double y) { return std::clamp(int(std::floor((kWorldHalfWidth - y) / size)), 0, last); };
    // A rectangle ending exactly on a tile edge does not touch the next tile.
    // Projected y grows north: bottom() is the north edge.
    const double inset = size * 1e-9;
    return {z, column(clipped.left()), row(clipped.bottom()), column(clipped.right() - inset), row(clipped.top() + inset)};
}

} // namespace conflictmap
