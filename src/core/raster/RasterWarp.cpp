// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "raster/RasterWarp.h"

#include "geo/GdalDrivers.h"
#include "geo/GdalErrorTrap.h"
#include "geo/GdalHandles.h"
#include "raster/GdalRgba.h"

#include <cpl_string.h>

#include <limits>

namespace conflictmap {

namespace {
constexpr double kNoHeight = -std::numeric_limits<float>::max();
// Metres per degree of latitude: the horizontal scale hillshading needs
// when the view's units are degrees and the heights metres.
constexpr double kMetresPerDegree = 111120.0;

struct ViewDataset {
    gdal::Dataset dataset;
    bool geographic = false;
};

// An empty in-memory raster covering the view, in its CRS.
Result<ViewDataset> createViewDataset(const RasterView &view, int bands, GDALDataType type)
{
    if (!view.isValid())
        return Result<ViewDataset>::failure(QStringLiteral("nothing to draw: the view is empty"));
    gdal::registerDrivers();
    GdalErrorTrap trap;
    gdal::SpatialReference crs(OSRNewSpatialReference(nullptr));
    if (OSRSetFromUserInput(crs.get(), view.crs.toUtf8().constData()) != OGRERR_NONE)
        return Result<ViewDataset>::failure(QStringLiteral("unknown display CRS '%1'").arg(view.crs.left(80)));
    // Geotransforms are x = east (longitude), y = north, whatever the CRS's axis order.
    OSRSetAxisMappingStrategy(crs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    ViewDataset made{
        gdal::Dataset(GDALCreate(GDALGetDriverByName("MEM"), "", view.size.width(), view.size.height(), bands, type, nullptr)),
        OSRIsGeographic(crs.get()) != 0};
    if (!made.dataset)
        return Result<ViewDataset>::failure(
            QStringLiteral("no memory for a %1×%2 image").arg(view.size.width()).arg(view.size.height()));
    double geoTransform[6] = {view.extent.left(), view.extent.width() / view.size.width(), 0.0, view.extent.bottom(), 0.0,
        -view.extent.height() / view.size.height()};
    GDALSetGeoTransform(made.dataset.get(), geoTransform);
    GDALSetSpatialRef(made.dataset.get(), crs.get());
    return made;
}

// Runs the warper from 'source' into 'target' with the given options.
Result<void> warp(GDALDatasetH source, GDALDatasetH target, CPLStringList &arguments)
{
    GdalErrorTrap trap;
    const gdal::WarpOptions options(GDALWarpAppOptionsNew(arguments.List(), nullptr));
    int usageError = FALSE;
    if (!options || !GDALWarp(nullptr, target, 1, &source, options.get(), &usageError))
        return Result<void>::failure(QStringLiteral("the raster cannot be drawn in this projection: %1")
                                         .arg(trap.lastError().isEmpty() ? QStringLiteral("GDAL failed") : trap.lastError()));
    return {};
}
} // namespace

Result<RgbaImage> warpToView(GDALDatasetH source, const RasterView &view)
{
    // The warper maps bands one to one: a palette is expanded to RGBA first.
    gdal::Dataset expanded;
    if (GDALGetRasterCount(source) == 1 && GDALGetRasterColorTable(GDALGetRasterBand(source, 1))) {
        GdalErrorTrap trap;
        CPLStringList arguments;
        arguments.AddString("-of");
        arguments.AddString("VRT");
        arguments.AddString("-expand");
        arguments.AddString("rgba");
        const gdal::TranslateOptions options(GDALTranslateOptionsNew(arguments.List(), nullptr));
        expanded.reset(GDALTranslate("", source, options.get(), nullptr));
        if (!expanded)
            return Result<RgbaImage>::failure(QStringLiteral("the raster's palette cannot be read: %1").arg(trap.lastError()));
        source = expanded.get();
    }
    const int colours = gdal::colourBandCount(source);
    if (colours == 0)
        return Result<RgbaImage>::failure(
            QStringLiteral("a raster of %1 bands is not an image (grey, RGB or RGBA)").arg(GDALGetRasterCount(source)));

    Result<ViewDataset> target = createViewDataset(view, colours + 1, GDT_Byte);
    if (!target)
        return Result<RgbaImage>::failure(target.problem());
    GDALDatasetH drawn = target->dataset.get();
    GDALSetRasterColorInterpretation(GDALGetRasterBand(drawn, colours + 1), GCI_AlphaBand);
    CPLStringList arguments;
    arguments.AddString("-r");
    arguments.AddString("bilinear");
    arguments.AddString("-dstalpha"); // outside the raster stays transparent
    if (Result<void> warped = warp(source, drawn, arguments); !warped)
        return Result<RgbaImage>::failure(warped.problem());
    return gdal::readRgba(drawn);
}

Result<RgbaImage> hillshadeInView(GDALDatasetH heights, const RasterView &view)
{
    Result<ViewDataset> target = createViewDataset(view, 1, GDT_Float32);
    if (!target)
        return Result<RgbaImage>::failure(target.problem());
    GDALDatasetH grid = target->dataset.get();
    GDALSetRasterNoDataValue(GDALGetRasterBand(grid, 1), kNoHeight);
    GDALFillRaster(GDALGetRasterBand(grid, 1), kNoHeight, 0);
    CPLStringList warpArguments;
    warpArguments.AddString("-r");
    warpArguments.AddString("bilinear");
    if (Result<void> warped = warp(heights, grid, warpArguments); !warped)
        return Result<RgbaImage>::failure(warped.problem());

    GdalErrorTrap trap;
    CPLStringList arguments;
    arguments.AddString("-of");
    arguments.AddString("MEM");
    arguments.AddString("-compute_edges");
    arguments.AddString("-s");
    arguments.AddString(target->geographic ? QByteArray::number(kMetresPerDegree).constData() : "1");
    const gdal::DemProcessingOptions options(GDALDEMProcessingOptionsNew(arguments.List(), nullptr));
    int usageError = FALSE;
    const gdal::Dataset shaded(GDALDEMProcessing("", grid, "hillshade", nullptr, options.get(), &usageError));
    if (!shaded)
        return Result<RgbaImage>::failure(QStringLiteral("the heights cannot be shaded: %1").arg(trap.lastError()));
    const int width = view.size.width(), height = view.size.height();
    QByteArray shades(qsizetype(width) * height, '\0');
    if (GDALRasterIO(
            GDALGetRasterBand(shaded.get(), 1), GF_Read, 0, 0, width, height, shades.data(), width, height, GDT_Byte, 0, 0)
        != CE_None)
        return Result<RgbaImage>::failure(QStringLiteral("the shaded heights cannot be read: %1").arg(trap.lastError()));
    // Hillshade writes 0 where there is no height: transparent there.
    RgbaImage image = RgbaImage::transparent(width, height);
    char *out = image.pixels.data();
    for (qsizetype i = 0; i < shades.size(); ++i, out += 4) {
        const char shade = shades[i];
        out[0] = out[1] = out[2] = shade;
        out[3] = shade == 0 ? 0 : char(0xff);
    }
    return image;
}

} // namespace conflictmap
