// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "geo/Geometry.h"
#include "io/JsonValue.h"

#include <string>

namespace conflictmap::GeometryJson {

// A GeoJSON geometry object (RFC 7946) of any type but GeometryCollection.
// Refused with a one-line reason: a missing or unknown type, coordinates
// of the wrong shape, a position that is not [lon, lat] numbers (a third
// value, the height, is dropped), a ring that is not closed or has fewer
// than four positions. Validity (crossings, ranges) is GeometryEngine's.
Result<Geometry> read(const JsonValue &geometry);
// The same from text: a geometry, or a Feature or a FeatureCollection
// of one feature holding one (what "--geojson FILE" is given).
Result<Geometry> parse(const QByteArray &json);

// Appends the geometry as compact GeoJSON: polygons by the right-hand
// rule (exteriors counterclockwise, holes clockwise), rings closed, each
// coordinate in its shortest exact form, so reading it back loses nothing.
void write(std::string &out, const Geometry &geometry);
std::string toJson(const Geometry &geometry);

} // namespace conflictmap::GeometryJson
