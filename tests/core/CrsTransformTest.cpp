// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "geo/CrsTransform.h"

#include <cmath>

using namespace conflictmap;

namespace {
struct Reference {
    const char *crs;
    double lon, lat;
    double x, y; // easting, northing
    double tolerance;
};

// From PROJ 9.1's own cs2cs on this platform, e.g.
//   echo 39.2479 46.1518 | cs2cs -f %.4f EPSG:4326 EPSG:32638
// (cs2cs takes EPSG:4326 as lat lon, and prints EPSG:28408 as northing
// easting: the axis order our transforms normalise away).
const Reference kReferences[] = {
    {"EPSG:3857", 46.1518, 39.2479, 5137594.8752, 4757243.5843, 0.001},
    {"EPSG:3857", 47.1400, 39.6000, 5247600.7960, 4807984.4932, 0.001},
    {"EPSG:3857", 49.8671, 40.4093, 5551180.1793, 4925600.1285, 0.001},
    {"EPSG:32638", 46.1518, 39.2479, 599388.7697, 4344918.9852, 0.001},
    {"EPSG:32638", 44.4991, 40.1792, 457355.2125, 4447767.2429, 0.001},
    {"EPSG:32638", 45.5000, 38.9000, 543356.8718, 4305798.3708, 0.001},
    {"EPSG:3395", 47.1400, 39.6000, 5247600.7960, 4780743.2557, 0.001},
    {"EPSG:28408", 46.1518, 39.2479, 8599533.0241, 4346748.1143, 0.01},
    {"EPSG:28408", 49.8671, 40.4093, 8913312.9403, 4486458.3050, 0.01},
};
} // namespace

TEST_CASE("projected coordinates match PROJ's cs2cs, easting first", "[core][crs]")
{
    for (const Reference &r : kReferences) {
        INFO(r.crs << " " << r.lon << " " << r.lat);
        QString error;
        auto t = CrsTransform::create("EPSG:4326", r.crs, &error);
        REQUIRE(t);
        const QPointF p = t->forward(QPointF(r.lon, r.lat));
        CHECK(p.x() == Approx(r.x).margin(r.tolerance));
        CHECK(p.y() == Approx(r.y).margin(r.tolerance));
        const QPointF back = t->inverse(p);
        CHECK(back.x() == Approx(r.lon).margin(1e-8));
        CHECK(back.y() == Approx(r.lat).margin(1e-8));
    }
}

TEST_CASE("a batch transform equals point-by-point transforms", "[core][crs]")
{
    QString error;
    auto t = CrsTransform::create("EPSG:4326", "EPSG:32638", &error);
    REQUIRE(t);
    std::vector<QPointF> batch;
    for (int i = 0; i < 50; ++i)
        batch.emplace_back(44.0 + i * 0.1, 38.5 + i * 0.05);
    const std::vector<QPointF> input = batch;
    CHECK(t->forward(batch) == 0);
    for (size_t i = 0; i < input.size(); ++i) {
        const QPointF one = t->forward(input[i]);
        CHECK(batch[i].x() == one.x());
        CHECK(batch[i].y() == one.y());
    }
}

TEST_CASE("Web Mercator clamps latitudes to its area of use", "[core][crs]")
{
    QString error;
    auto t = CrsTransform::create("EPSG:4326", "EPSG:3857", &error);
    REQUIRE(t);
    const QPointF pole = t->forward(QPointF(0, 90));
    const QPointF limit = t->forward(QPointF(0, 85.06));
    CHECK(std::isfinite(pole.y()));
    CHECK(pole.y() == Approx(limit.y()));
}

TEST_CASE("units of the target CRS are reported", "[core][crs]")
{
    QString error;
    auto mercator = CrsTransform::create("EPSG:4326", "EPSG:3857", &error);
    REQUIRE(mercator);
    CHECK_FALSE(mercator->targetIsGeographic());
    CHECK(mercator->targetUnitInMetres() == 1.0);
    auto geographic = CrsTransform::create("EPSG:4326", "EPSG:4326", &error);
    REQUIRE(geographic);
    CHECK(geographic->targetIsGeographic());
    CHECK(geographic->targetUnitInMetres() == Approx(111319.49).epsilon(1e-6));
    auto feet = CrsTransform::create("EPSG:4326", "EPSG:2263", &error); // NY Long Island, US survey feet
    REQUIRE(feet);
    CHECK(feet->targetUnitInMetres() == Approx(0.3048006096).epsilon(1e-9));
    // Geographic output is longitude first although EPSG:4326 says lat, lon.
    const QPointF p = geographic->forward(QPointF(46.0, 39.0));
    CHECK(p.x() == Approx(46.0));
    CHECK(p.y() == Approx(39.0));
}

TEST_CASE("unknown CRSs are refused with PROJ's reason", "[core][crs]")
{
    QString error;
    CHECK_FALSE(CrsTransform::create("EPSG:4326", "EPSG:999999", &error));
    CHECK(error.contains("unknown coordinate reference system 'EPSG:999999'"));
    error.clear();
    CHECK_FALSE(CrsTransform::create("not a crs", "EPSG:3857", &error));
    CHECK(error.contains("'not a crs'"));
}

TEST_CASE("points outside a CRS's domain become NaN, not garbage", "[core][crs]")
{
    QString error;
    auto t = CrsTransform::create("EPSG:4326", "EPSG:3857", &error);
    REQUIRE(t);
    std::vector<QPointF> points{{46, 39}, {qInf(), 10}};
    CHECK(t->forward(points) == 1);
    CHECK(std::isfinite(points[0].x()));
    CHECK(std::isnan(points[1].x()));
}
