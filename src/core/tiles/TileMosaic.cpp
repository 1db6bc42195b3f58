// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tiles/TileMosaic.h"

#include "geo/GdalDrivers.h"
#include "geo/GdalHandles.h"
#include "raster/RasterWarp.h"

namespace conflictmap {

Result<RgbaImage> renderTiles(const TileRange &range, const DecodedTiles &tiles, const RasterView &view)
{
    int tileSize = 0;
    for (const TileId &tile : range.tiles())
        if (const auto image = tiles.value(tile); image && image->width == image->height) {
            tileSize = image->width;
            break;
        }
    if (tileSize == 0)
        return RgbaImage::transparent(view.size.width(), view.size.height());

    gdal::registerDrivers();
    const gdal::Dataset mosaic(
        GDALCreate(GDALGetDriverByName("MEM"), "", range.columns() * tileSize, range.rows() * tileSize, 4, GDT_Byte, nullptr));
    if (!mosaic)
        return Result<RgbaImage>::failure(QStringLiteral("no memory for %1 tiles").arg(range.columns() * range.rows()));
    const QRectF northWest = TileGrid::extent({range.z, range.minX, range.minY});
    const double resolution = northWest.width() / tileSize;
    double geoTransform[6] = {northWest.left(), resolution, 0.0, northWest.bottom(), 0.0, -resolution};
    GDALSetGeoTransform(mosaic.get(), geoTransform);
    const gdal::SpatialReference webMercator(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(webMercator.get(), 3857);
    GDALSetSpatialRef(mosaic.get(), webMercator.get());
    GDALSetRasterColorInterpretation(GDALGetRasterBand(mosaic.get(), 4), GCI_AlphaBand);

    for (const TileId &tile : range.tiles()) {
        const auto image = tiles.value(tile);
        if (!image || image->width != tileSize || image->height != tileSize)
            continue;
        int bands[4] = {1, 2, 3, 4};
        if (GDALDatasetRasterIO(mosaic.get(), GF_Write, (tile.x - range.minX) * tileSize, (tile.y - range.minY) * tileSize,
                tileSize, tileSize, const_cast<char *>(image->pixels.constData()), tileSize, tileSize, GDT_Byte, 4, bands, 4,
                tileSize * 4, 1)
            != CE_None)
            return Result<RgbaImage>::failure(QStringLiteral("no memory for the tiles of the view"));
    }
    return warpToView(mosaic.get(), view);
}

} // namespace conflictmap
