// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "raster/GdalRgba.h"

#include <array>

namespace conflictmap::gdal {

namespace {
bool hasAlpha(GDALDatasetH dataset)
{
    const int bands = GDALGetRasterCount(dataset);
    return bands > 1 && GDALGetRasterColorInterpretation(GDALGetRasterBand(dataset, bands)) == GCI_AlphaBand;
}

bool isPaletted(GDALDatasetH dataset)
{
    return GDALGetRasterCount(dataset) == 1 && GDALGetRasterColorTable(GDALGetRasterBand(dataset, 1));
}
} // namespace

int colourBandCount(GDALDatasetH dataset)
{
    if (isPaletted(dataset))
        return 3;
    const int colours = GDALGetRasterCount(dataset) - (hasAlpha(dataset) ? 1 : 0);
    return colours == 1 || colours == 3 ? colours : 0;
}

Result<RgbaImage> readRgba(GDALDatasetH dataset)
{
    const int width = GDALGetRasterXSize(dataset), height = GDALGetRasterYSize(dataset);
    const int colours = colourBandCount(dataset);
    if (colours == 0 || width <= 0 || height <= 0)
        return Result<RgbaImage>::failure(
            QStringLiteral("an image of %1 bands, not grey, RGB or RGBA").arg(GDALGetRasterCount(dataset)));
    RgbaImage image{width, height, QByteArray(qsizetype(width) * height * 4, char(0xff))};
    auto *pixels = reinterpret_cast<GByte *>(image.pixels.data());
    const GSpacing pixelSpace = 4, lineSpace = GSpacing(width) * 4;

    if (isPaletted(dataset)) {
        QByteArray indices(qsizetype(width) * height, '\0');
        if (GDALRasterIO(
                GDALGetRasterBand(dataset, 1), GF_Read, 0, 0, width, height, indices.data(), width, height, GDT_Byte, 0, 0)
            != CE_None)
            return Result<RgbaImage>::failure(QStringLiteral("the image's pixels cannot be read"));
        GDALColorTableH table = GDALGetRasterColorTable(GDALGetRasterBand(dataset, 1));
        std::array<std::array<GByte, 4>, 256> palette{};
        for (int i = 0; i < std::min(256, GDALGetColorEntryCount(table)); ++i) {
            const GDALColorEntry *entry = GDALGetColorEntry(table, i);
            palette[size_t(i)] = {GByte(entry->c1), GByte(entry->c2), GByte(entry->c3), GByte(entry->c4)};
        }
        for (qsizetype i = 0; i < indices.size(); ++i) {
            const auto &colour = palette[GByte(indices[i])];
            std::copy(colour.begin(), colour.end(), pixels + i * 4);
        }
        return image;
    }
    // Grey goes to red, green and blue alike; a missing alpha stays 255.
    const bool alpha = hasAlpha(dataset);
    std::array<int, 4> bandMap{1, 1, 1, 0};
    if (colours == 3)
        bandMap = {1, 2, 3, 0};
    int readCount = 3;
    if (alpha) {
        bandMap[3] = GDALGetRasterCount(dataset);
        readCount = 4;
    }
    if (GDALDatasetRasterIO(dataset, GF_Read, 0, 0, width, height, pixels, width, height, GDT_Byte, readCount, bandMap.data(),
            pixelSpace, lineSpace, 1)
        != CE_None)
        return Result<RgbaImage>::failure(QStringLiteral("the image's pixels cannot be read"));
    return image;
}

} // namespace conflictmap::gdal
