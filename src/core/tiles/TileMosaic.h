// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "raster/RasterView.h"
#include "raster/RgbaImage.h"
#include "tiles/TileGrid.h"

#include <QHash>

#include <memory>

namespace conflictmap {

using DecodedTiles = QHash<TileId, std::shared_ptr<const RgbaImage>>;

// Draws the decoded tiles of 'range' into a view in any CRS: laid side by
// side as one Web Mercator raster, then warped by GDAL (the same path as
// raster files). Tiles 'tiles' lacks are left transparent. Tiles are square
// and all the size of the first one found (256 or 512 pixels); others are
// left out. Safe to call from any thread.
Result<RgbaImage> renderTiles(const TileRange &range, const DecodedTiles &tiles, const RasterView &view);

} // namespace conflictmap
