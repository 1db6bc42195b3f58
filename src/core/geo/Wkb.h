// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "geo/Geometry.h"

#include <QByteArray>

namespace conflictmap::Wkb {

// Well-known binary as the database stores geometries: 2D, little-endian,
// polygon rings closed (first vertex repeated), as PostGIS and GDAL read it.
QByteArray write(const Geometry &geometry);
// Reads ISO and extended (PostGIS) WKB of either byte order. Z and M
// values are dropped: positions are 2D. Collections, curves, truncated or
// oversized input are refused with a one-line reason.
Result<Geometry> read(const QByteArray &wkb);

} // namespace conflictmap::Wkb
