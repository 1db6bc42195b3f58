// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tiles/TileMosaic.h"

#include "geo/GdalDrivers.h"
#include "geo/GdalHandles.h"
#include "raster/RasterWarp.h"

#include <algorithm>
#include <cmath>

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
    // In Web Mercator the view is a window of the mosaic: resampled directly,
    // several times faster than the warper, unless it reaches past the world's edge.
    const double x = (view.extent.left() - northWest.left()) / resolution;
    const double y = (northWest.bottom() - view.extent.bottom()) / resolution;
    const double width = view.extent.width() / resolution, height = view.extent.height() / resolution;
    const int mosaicWidth = GDALGetRasterXSize(mosaic.get()), mosaicHeight = GDALGetRasterYSize(mosaic.get());
    if (view.crs != QLatin1String("EPSG:3857") || x < 0 || y < 0 || x + width > mosaicWidth || y + height > mosaicHeight)
        return warpToView(mosaic.get(), view);
    GDALRasterIOExtraArg window;
    INIT_RASTERIO_EXTRA_ARG(window);
    window.eResampleAlg = GRIORA_Bilinear;
    window.bFloatingPointWindowValidity = TRUE;
    window.dfXOff = x;
    window.dfYOff = y;
    window.dfXSize = width;
    window.dfYSize = height;
    const int left = int(std::floor(x)), top = int(std::floor(y));
    const int right = std::min(mosaicWidth, int(std::ceil(x + width))),
              bottom = std::min(mosaicHeight, int(std::ceil(y + height)));
    RgbaImage image = RgbaImage::transparent(view.size.width(), view.size.height());
    int bands[4] = {1, 2, 3, 4};
    if (GDALDatasetRasterIOEx(mosaic.get(), GF_Read, left, top, right - left, bottom - top, image.pixels.data(), image.width,
            image.height, GDT_Byte, 4, bands, 4, GSpacing(image.width) * 4, 1, &window)
        != CE_None)
        return Result<RgbaImage>::failure(QStringLiteral("the tiles of the view cannot be resampled"));
    return image;
}

} // namespace conflictmap
