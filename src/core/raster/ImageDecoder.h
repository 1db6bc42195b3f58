// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "raster/RgbaImage.h"

#include <QByteArray>

namespace conflictmap {

// Decodes a tile as a tile server sends it (PNG, JPEG, WebP, GIF) with
// GDAL's image drivers, in memory. Anything else (an HTML error page, a
// truncated file) is an error saying what the bytes were not.
// Safe to call from several threads at once.
Result<RgbaImage> decodeImage(const QByteArray &bytes);

} // namespace conflictmap
