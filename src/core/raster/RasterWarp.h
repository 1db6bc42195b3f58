// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "raster/RasterView.h"
#include "raster/RgbaImage.h"

#include <gdal.h>

namespace conflictmap {

// Draws a georeferenced GDAL raster into a view with GDAL's warper: any CRS
// in, the view's CRS out, read from the overview nearest the view's scale.
// Where the raster has no data the image is transparent. The dataset must
// not be used by another thread meanwhile.

// An image raster (grey, paletted, RGB, with or without alpha).
Result<RgbaImage> warpToView(GDALDatasetH source, const RasterView &view);

// A raster of heights (one band, metres), shaded as lit from the north-west
// (GDAL's DEM processing, "hillshade"), computed at the view's resolution.
Result<RgbaImage> hillshadeInView(GDALDatasetH heights, const RasterView &view);

} // namespace conflictmap
