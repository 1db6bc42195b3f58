// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

// Rasters the tests make with GDAL, of known content at known places.
namespace testrasters {

// A square over the border region in Web Mercator (EPSG:3857), about
// 44.0–47.6° E, 38.1–40.9° N, in four quadrants of one colour each.
const QRectF kQuadrantsExtent(4.9e6, 4.6e6, 4.0e5, 4.0e5);
struct Quadrant {
    double lon, lat; // its centre, WGS 84
    QColor colour;
};
std::vector<Quadrant> quadrants();
// Writes the quadrants with a GDAL driver: "GTiff", "MBTILES", "GPKG".
void writeQuadrants(const QString &path, const char *driver);

// A cone of heights (Float32, metres) in UTM 38N around its peak at
// kConePeak: 3,000 m falling to 0 over 10 km. Without a CRS when 'withCrs'
// is false (georeferenced otherwise).
constexpr double kConeLon = 46.0, kConeLat = 39.5;
void writeCone(const QString &path, bool withCrs = true);

// A file named like a raster that holds a line of text.
void writeText(const QString &path);

} // namespace testrasters
