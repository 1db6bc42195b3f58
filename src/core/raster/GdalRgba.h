// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "raster/RgbaImage.h"

#include <gdal.h>

namespace conflictmap::gdal {

// The pixels of a Byte raster as RGBA, whatever its bands are: grey, grey
// and alpha, paletted, RGB, RGBA. Other band layouts are an error.
Result<RgbaImage> readRgba(GDALDatasetH dataset);

// How many colour bands (1 or 3) a raster has, leaving out an alpha band
// and counting a palette as 3; 0 for layouts readRgba() does not take.
int colourBandCount(GDALDatasetH dataset);

} // namespace conflictmap::gdal
