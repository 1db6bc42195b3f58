// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "raster/RasterDataset.h"

#include "geo/GdalDrivers.h"
#include "geo/GdalErrorTrap.h"
#include "geo/GdalHandles.h"
#include "raster/GdalRgba.h"
#include "raster/RasterWarp.h"

#include <QFileInfo>
#include <QMutex>

namespace conflictmap {

struct RasterDataset::Handle {
    QMutex mutex; // a GDAL dataset serves one thread at a time
    gdal::Dataset dataset;
};

RasterDataset::~RasterDataset() = default;

namespace {
QString attributionOf(GDALDatasetH dataset)
{
    for (const char *key : {"attribution", "ATTRIBUTION", "TIFFTAG_COPYRIGHT"})
        if (const char *value = GDALGetMetadataItem(dataset, key, nullptr); value && *value)
            return QString::fromUtf8(value).simplified();
    return {};
}
} // namespace

Result<std::shared_ptr<RasterDataset>> RasterDataset::open(const QString &path)
{
    using Opened = Result<std::shared_ptr<RasterDataset>>;
    const QString name = QFileInfo(path).fileName().isEmpty() ? path.left(80) : QFileInfo(path).fileName();
    gdal::registerDrivers();
    GdalErrorTrap trap;
    std::shared_ptr<RasterDataset> raster(new RasterDataset);
    raster->m_path = path;
    raster->m_handle = std::make_unique<Handle>();
    raster->m_handle->dataset.reset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_RASTER, nullptr, nullptr, nullptr));
    GDALDatasetH dataset = raster->m_handle->dataset.get();
    if (!dataset) {
        if (!QFileInfo::exists(path) && !path.trimmed().startsWith(QLatin1Char('<')))
            return Opened::failure(QStringLiteral("%1: no such file").arg(path.left(200)));
        return Opened::failure(
            QStringLiteral("%1 is not a raster GDAL can read%2")
                .arg(name, trap.lastError().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(trap.lastError())));
    }
    const int bands = GDALGetRasterCount(dataset);
    if (bands == 0)
        return Opened::failure(QStringLiteral("%1 holds no raster bands").arg(name));
    const bool heights = bands == 1 && GDALGetRasterDataType(GDALGetRasterBand(dataset, 1)) != GDT_Byte;
    raster->m_kind = heights ? Kind::Elevation : Kind::Image;
    const QString what = heights ? QStringLiteral("the elevation model %1").arg(name) : name;
    if (!heights && gdal::colourBandCount(dataset) == 0)
        return Opened::failure(QStringLiteral("%1 has %2 bands: a base map needs grey, RGB or RGBA").arg(name).arg(bands));
    if (!GDALGetSpatialRef(dataset) && !GDALGetGCPSpatialRef(dataset))
        return Opened::failure(QStringLiteral("%1 has no coordinate reference system, so it cannot be placed on the map "
                                              "(give it one, e.g. gdal_edit.py -a_srs EPSG:32638)")
                                   .arg(what));
    double geoTransform[6];
    if (GDALGetGeoTransform(dataset, geoTransform) != CE_None && GDALGetGCPCount(dataset) == 0)
        return Opened::failure(QStringLiteral("%1 is not georeferenced: it has no geotransform and no control points").arg(what));
    raster->m_attribution = attributionOf(dataset);
    return raster;
}

Result<RgbaImage> RasterDataset::render(const RasterView &view) const
{
    QMutexLocker lock(&m_handle->mutex);
    GDALDatasetH dataset = m_handle->dataset.get();
    return m_kind == Kind::Elevation ? hillshadeInView(dataset, view) : warpToView(dataset, view);
}

} // namespace conflictmap
