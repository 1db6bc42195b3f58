// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "geo/BoundaryLayer.h"
#include "geo/CrsTransform.h"
#include "geo/GeodesicArea.h"

#include <cmath>

using namespace conflictmap;

namespace {
constexpr double kA = 6378137.0, kF = 1 / 298.257223563;
const double kE2 = kF * (2 - kF), kE = std::sqrt(kE2), kB = kA * (1 - kF);

// The ellipsoid's area between the equator and latitude phi per radian of
// longitude, in closed form (the authalic q function): the reference a
// graticule cell is checked against, independent of PROJ.
double zoneArea(double phiDegrees)
{
    const double s = std::sin(phiDegrees * M_PI / 180);
    const double q = s / (1 - kE2 * s * s) + std::log((1 + kE * s) / (1 - kE * s)) / (2 * kE);
    return kB * kB * q / 2;
}

double cellArea(double south, double size)
{
    return (zoneArea(south + size) - zoneArea(south)) * size * M_PI / 180;
}

// A lon/lat cell with its edges cut into many short pieces, so that its
// geodesic edges follow the parallels closely.
Ring densifiedCell(double south, double west, double size, int steps = 400)
{
    Ring ring;
    for (int i = 0; i < steps; ++i)
        ring.emplace_back(west + size * i / steps, south);
    for (int i = 0; i < steps; ++i)
        ring.emplace_back(west + size, south + size * i / steps);
    for (int i = 0; i < steps; ++i)
        ring.emplace_back(west + size - size * i / steps, south + size);
    for (int i = 0; i < steps; ++i)
        ring.emplace_back(west, south + size - size * i / steps);
    return ring;
}

// Planar area after projecting to Lambert azimuthal equal-area centred on the ring.
double equalAreaOf(const Ring &ring, double lat0, double lon0)
{
    QString error;
    const auto transform = CrsTransform::create(QStringLiteral("EPSG:4326"),
        QStringLiteral("+proj=laea +lat_0=%1 +lon_0=%2 +ellps=WGS84 +units=m +type=crs").arg(lat0).arg(lon0), &error);
    INFO(error.toStdString());
    REQUIRE(transform);
    std::vector<QPointF> projected(ring.begin(), ring.end());
    transform->forward(projected);
    double twice = 0;
    for (size_t i = 0; i < projected.size(); ++i) {
        const QPointF &a = projected[i], &b = projected[(i + 1) % projected.size()];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}
} // namespace

TEST_CASE("a one-degree cell has its ellipsoidal area at the equator and at 60 degrees north", "[core][geo][area]")
{
    for (const double south : {0.0, 60.0, -45.0}) {
        INFO("cell from latitude " << south);
        const double expected = cellArea(south, 1);
        const double measured = GeodesicArea::ofRing(densifiedCell(south, 10, 1));
        CHECK(std::abs(measured / expected - 1) < 1e-5);
    }
    // The textbook figure at the equator: 12,309 km².
    CHECK(GeodesicArea::ofRing(densifiedCell(0, 10, 1)) / 1e6 == Approx(12308.8).epsilon(1e-4));
}

TEST_CASE("a country-size area agrees with an equal-area projection within 0.1 percent", "[core][geo][area]")
{
    // A 6° by 4° block of the Caucasus, and a real unit: Syunik.
    const Ring block = densifiedCell(38, 43, 4, 200);
    Ring wide;
    for (const QPointF &p : block)
        wide.emplace_back(43 + (p.x() - 43) * 1.5, p.y());
    CHECK(std::abs(GeodesicArea::ofRing(wide) / equalAreaOf(wide, 40, 47.5) - 1) < 1e-3);

    QString error;
    const auto layer = BoundaryLayer::open(BoundaryLayer::defaultPath(), &error);
    REQUIRE(layer);
    const Region *syunik = layer->regionByCode("AM-SU");
    REQUIRE(syunik);
    double projected = 0;
    for (const Polygon &polygon : syunik->geometry)
        for (size_t r = 0; r < polygon.rings.size(); ++r)
            projected += (r == 0 ? 1 : -1) * equalAreaOf(polygon.rings[r], 39.4, 46.2);
    const double geodesic = GeodesicArea::of(syunik->geometry);
    CHECK(std::abs(geodesic / projected - 1) < 1e-3);
    // Armenia's statistics give Syunik 4,506 km²; Natural Earth's simplified outline comes close.
    CHECK(geodesic / 1e6 == Approx(4506).epsilon(0.05));
}

TEST_CASE("holes are taken out and orientation does not matter", "[core][geo][area]")
{
    const Ring outer = densifiedCell(40, 45, 1, 50);
    Ring reversed(outer.rbegin(), outer.rend());
    CHECK(GeodesicArea::ofRing(reversed) == Approx(GeodesicArea::ofRing(outer)).epsilon(1e-12));
    const Ring hole = densifiedCell(40.25, 45.25, 0.5, 50);
    const Polygon withHole{{outer, hole}};
    CHECK(GeodesicArea::ofPolygon(withHole) == Approx(GeodesicArea::ofRing(outer) - GeodesicArea::ofRing(hole)).epsilon(1e-12));
    CHECK(GeodesicArea::of({withHole, Polygon{{hole}}}) == Approx(GeodesicArea::ofRing(outer)).epsilon(1e-12));
    // Nothing to measure.
    CHECK(GeodesicArea::ofRing({}) == 0);
    CHECK(GeodesicArea::ofRing({QPointF(45, 40), QPointF(46, 40)}) == 0);
    CHECK(GeodesicArea::of({}) == 0);
}
