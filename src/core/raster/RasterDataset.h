// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "raster/RasterView.h"
#include "raster/RgbaImage.h"

#include <QString>

#include <memory>

namespace conflictmap {

// A raster GDAL opens, used as a base map: a GeoTIFF (satellite image,
// scanned map), MBTiles, GeoPackage tiles, or a WMS/WMTS/TMS service through
// one of GDAL's XML descriptions. A raster of one band of heights (any type
// but Byte) is an elevation model and is drawn as hillshade; anything else
// must be an image. It must say where it is: a raster with no CRS or no
// georeferencing is refused. Owns its GDAL dataset; render() calls are
// serialised, so one object may be shared between threads.
class RasterDataset {
public:
    enum class Kind { Image, Elevation };

    static Result<std::shared_ptr<RasterDataset>> open(const QString &path);
    ~RasterDataset();
    RasterDataset(const RasterDataset &) = delete;
    RasterDataset &operator=(const RasterDataset &) = delete;

    QString path() const { return m_path; }
    Kind kind() const { return m_kind; }
    // The credit the data asks for (MBTiles "attribution", TIFF copyright), or empty.
    QString attribution() const { return m_attribution; }
    // The raster drawn into the view: its image, or its heights shaded.
    Result<RgbaImage> render(const RasterView &view) const;

private:
    RasterDataset() = default;

    QString m_path;
    Kind m_kind = Kind::Image;
    QString m_attribution;
    struct Handle; // the GDAL dataset and the mutex that serialises its use
    std::unique_ptr<Handle> m_handle;
};

} // namespace conflictmap
