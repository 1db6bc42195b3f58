// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestRasters.h"

#include "geo/CrsTransform.h"
#include "geo/GdalHandles.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <cmath>

namespace testrasters {

namespace {
const QColor kColours[4] = {QColor(200, 30, 30), QColor(30, 160, 60), QColor(40, 60, 200), QColor(220, 200, 40)};

QPointF toLonLat(const QString &crs, QPointF projected)
{
    QString error;
    const auto transform = conflictmap::CrsTransform::create(crs, QStringLiteral("EPSG:4326"), &error);
    REQUIRE(transform);
    return transform->forward(projected);
}

QPointF fromLonLat(const QString &crs, QPointF lonLat)
{
    QString error;
    const auto transform = conflictmap::CrsTransform::create(QStringLiteral("EPSG:4326"), crs, &error);
    REQUIRE(transform);
    return transform->forward(lonLat);
}

// Writes an in-memory dataset with 'driver' (GDAL's CreateCopy).
void writeCopy(GDALDatasetH source, const QString &path, const char *driver)
{
    GDALDriverH output = GDALGetDriverByName(driver);
    REQUIRE(output);
    conflictmap::gdal::Dataset written(
        GDALCreateCopy(output, path.toUtf8().constData(), source, FALSE, nullptr, nullptr, nullptr));
    REQUIRE(written);
}
} // namespace

std::vector<Quadrant> quadrants()
{
    // North-west, north-east, south-west, south-east.
    const QRectF &e = kQuadrantsExtent;
    const QPointF centres[4]
        = {{e.left() + e.width() / 4, e.bottom() - e.height() / 4}, {e.right() - e.width() / 4, e.bottom() - e.height() / 4},
            {e.left() + e.width() / 4, e.top() + e.height() / 4}, {e.right() - e.width() / 4, e.top() + e.height() / 4}};
    std::vector<Quadrant> all;
    for (int i = 0; i < 4; ++i) {
        const QPointF lonLat = toLonLat(QStringLiteral("EPSG:3857"), centres[i]);
        all.push_back({lonLat.x(), lonLat.y(), kColours[i]});
    }
    return all;
}

void writeQuadrants(const QString &path, const char *driver)
{
    GDALAllRegister();
    constexpr int size = 400;
    conflictmap::gdal::Dataset memory(GDALCreate(GDALGetDriverByName("MEM"), "", size, size, 3, GDT_Byte, nullptr));
    REQUIRE(memory);
    const QRectF &e = kQuadrantsExtent;
    double geoTransform[6] = {e.left(), e.width() / size, 0, e.bottom(), 0, -e.height() / size};
    GDALSetGeoTransform(memory.get(), geoTransform);
    conflictmap::gdal::SpatialReference crs(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(crs.get(), 3857);
    GDALSetSpatialRef(memory.get(), crs.get());
    for (int band = 1; band <= 3; ++band) {
        std::vector<GByte> values(size_t(size) * size);
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                const QColor &c = kColours[(y < size / 2 ? 0 : 2) + (x < size / 2 ? 0 : 1)];
                values[size_t(y) * size + size_t(x)] = GByte(band == 1 ? c.red() : band == 2 ? c.green() : c.blue());
            }
        REQUIRE(GDALRasterIO(
                    GDALGetRasterBand(memory.get(), band), GF_Write, 0, 0, size, size, values.data(), size, size, GDT_Byte, 0, 0)
            == CE_None);
    }
    writeCopy(memory.get(), path, driver);
}

void writeCone(const QString &path, bool withCrs)
{
    GDALAllRegister();
    constexpr int size = 200;
    constexpr double pixel = 100.0; // metres
    const QPointF peak = fromLonLat(QStringLiteral("EPSG:32638"), {kConeLon, kConeLat});
    conflictmap::gdal::Dataset memory(GDALCreate(GDALGetDriverByName("MEM"), "", size, size, 1, GDT_Float32, nullptr));
    REQUIRE(memory);
    double geoTransform[6] = {peak.x() - size / 2 * pixel, pixel, 0, peak.y() + size / 2 * pixel, 0, -pixel};
    GDALSetGeoTransform(memory.get(), geoTransform);
    if (withCrs) {
        conflictmap::gdal::SpatialReference crs(OSRNewSpatialReference(nullptr));
        OSRImportFromEPSG(crs.get(), 32638);
        GDALSetSpatialRef(memory.get(), crs.get());
    }
    std::vector<float> heights(size_t(size) * size);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            const double distance = std::hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) * pixel;
            heights[size_t(y) * size + size_t(x)] = float(std::max(0.0, 3000.0 - 0.3 * distance));
        }
    REQUIRE(GDALRasterIO(
                GDALGetRasterBand(memory.get(), 1), GF_Write, 0, 0, size, size, heights.data(), size, size, GDT_Float32, 0, 0)
        == CE_None);
    writeCopy(memory.get(), path, "GTiff");
}

void writeText(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write("these are notes, not a raster\n") > 0);
}

} // namespace testrasters
