// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "geo/Geometry.h"

namespace conflictmap::Wkt {

// Well-known text, read by GEOS (GeometryEngine) for callers that do not
// hold an engine: "LINESTRING (46.1 39.2, 46.4 39.3)". Z and M are
// dropped; GEOMETRYCOLLECTION is refused. Errors start "WKT: ".
Result<Geometry> read(const QString &wkt);

} // namespace conflictmap::Wkt
