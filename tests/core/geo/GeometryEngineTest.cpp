// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "BoxGeometry.h"
#include "geo/GeodesicArea.h"
#include "geo/GeometryEngine.h"

using namespace conflictmap;

namespace {
// A figure eight: its edges cross at (45.5, 39.5).
Geometry bowTie()
{
    Polygon p;
    p.rings.push_back({{45, 39}, {46, 40}, {46, 39}, {45, 40}});
    return Geometry::polygon(p);
}
} // namespace

TEST_CASE("A valid area, line and point have no problem")
{
    GeometryEngine engine;
    CHECK_FALSE(engine.problem(box(45, 39, 46, 40)));
    CHECK_FALSE(engine.problem(Geometry::lineString({{45, 39}, {46, 40}})));
    CHECK_FALSE(engine.problem(Geometry::point({45, 39})));
}

TEST_CASE("A self-intersecting ring is refused with where it crosses itself")
{
    GeometryEngine engine;
    const auto problem = engine.problem(bowTie());
    REQUIRE(problem);
    CHECK(problem->reason == "a ring crosses itself or another ring at 45.50000 E, 39.50000 N");
    REQUIRE(problem->location);
    CHECK(problem->location->x() == Approx(45.5));
    CHECK(problem->location->y() == Approx(39.5));
}

TEST_CASE("Empty, out-of-range and degenerate geometries each have their problem")
{
    GeometryEngine engine;
    CHECK(engine.problem(box(179, 0, -179, 1))->reason
        == "an edge from 179.00000 E, 0.00000 N to 179.00000 W, 0.00000 N crosses the antimeridian (180°); split the geometry "
           "there");
    CHECK(engine.problem(Geometry::lineString({{179.5, 10}, {-179.5, 10}}))->reason.contains("antimeridian"));
    CHECK_FALSE(engine.problem(box(179, 0, 180, 1))); // up to it is fine
    CHECK(engine.problem(Geometry::multiPolygon({}))->reason == "the geometry is empty");
    CHECK(engine.problem(box(45, 39, 181, 40))->reason == "longitude 181 is outside [-180, 180]");
    CHECK(engine.problem(box(45, -91, 46, 40))->reason == "latitude -91 is outside [-90, 90]");
    CHECK(engine.problem(Geometry::lineString({{45, 39}}))->reason == "a line has fewer than two vertices");
    Polygon sliver;
    sliver.rings.push_back({{45, 39}, {46, 40}});
    CHECK(engine.problem(Geometry::polygon(sliver))->reason == "ring 1 of polygon 1 has fewer than three vertices");
    CHECK(engine.problem(Geometry::point({std::nan(""), 3}))->reason == "a coordinate is not a finite number");
    // A hole outside its shell.
    Geometry holed = box(45, 39, 46, 40);
    holed.polygons[0].rings.push_back({{47, 39}, {47.5, 39}, {47.5, 39.5}});
    CHECK(engine.problem(holed)->reason.startsWith("a hole lies outside its polygon"));
}

TEST_CASE("Repair turns a bow tie into two triangles of the same total area")
{
    GeometryEngine engine;
    const Result<Geometry> repaired = engine.repaired(bowTie());
    REQUIRE(repaired);
    CHECK(repaired->type == Geometry::Type::MultiPolygon);
    CHECK(repaired->polygons.size() == 2);
    CHECK_FALSE(engine.problem(*repaired));
    double planar = 0;
    for (const Polygon &p : repaired->polygons)
        planar += areaOf(p);
    CHECK(planar == Approx(0.5)); // two triangles of a quarter degree² each
    // A hole outside its polygon is dropped, not made land.
    Geometry stray = box(0, 0, 2, 2);
    stray.polygons[0].rings.push_back({{3, 3}, {4, 3}, {4, 4}, {3, 4}});
    const Result<Geometry> withoutStray = engine.repaired(stray);
    REQUIRE(withoutStray);
    CHECK(withoutStray->type == Geometry::Type::Polygon);
    REQUIRE(withoutStray->polygons.size() == 1);
    CHECK(areaOf(withoutStray->polygons[0]) == Approx(4));
    // A valid geometry comes back as it was.
    const Result<Geometry> same = engine.repaired(box(45, 39, 46, 40));
    REQUIRE(same);
    CHECK(same->type == Geometry::Type::Polygon);
    CHECK(areaOf(same->polygons[0]) == Approx(1));
}

TEST_CASE("WKT of every type is read, Z dropped, collections and bad text refused")
{
    GeometryEngine engine;
    const auto polygon = engine.fromWkt(QStringLiteral("POLYGON ((45 39, 46 39, 46 40, 45 40, 45 39))"));
    REQUIRE(polygon);
    CHECK(polygon->type == Geometry::Type::Polygon);
    CHECK(polygon->polygons[0].rings[0].size() == 4); // closed implicitly in memory
    const auto line = engine.fromWkt(QStringLiteral("LINESTRING Z (44 40 10, 45 41 20)"));
    REQUIRE(line);
    CHECK(line->type == Geometry::Type::LineString);
    CHECK(line->lines[0][1] == QPointF(45, 41));
    const auto multi = engine.fromWkt(QStringLiteral("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((2 2, 3 2, 3 3, 2 2)))"));
    REQUIRE(multi);
    CHECK(multi->polygons.size() == 2);
    CHECK(engine.fromWkt(QStringLiteral("MULTIPOINT ((1 2), (3 4))"))->points.size() == 2);
    CHECK(engine.fromWkt(QStringLiteral("MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))"))->lines.size() == 2);

    const auto collection = engine.fromWkt(QStringLiteral("GEOMETRYCOLLECTION (POINT (1 2))"));
    REQUIRE_FALSE(collection);
    CHECK(collection.error() == "WKT: GEOMETRYCOLLECTION is not supported; give one kind of geometry");
    const auto unclosed = engine.fromWkt(QStringLiteral("POLYGON ((45 39, 46 39, 46 40, 45 40))"));
    REQUIRE_FALSE(unclosed);
    CHECK(unclosed.error().startsWith("WKT: "));
    CHECK(unclosed.error().contains("closed"));
    CHECK_FALSE(engine.fromWkt(QStringLiteral("POLYGON ((45 39, 46")));
    CHECK(engine.fromWkt(QStringLiteral("POLYGON ((0 0, 1 0, 1 1, 0 0)) trailing")).error()
        == "WKT: text after the geometry: 'trailing'");
    CHECK(engine.fromWkt(QStringLiteral("CURVEPOLYGON (CIRCULARSTRING (0 0, 1 1, 2 0, 1 -1, 0 0))")).error()
        == "WKT: CURVEPOLYGON is not supported; give points, lines or polygons");
    CHECK_FALSE(engine.fromWkt(QStringLiteral("not wkt")));
}

TEST_CASE("Overlays: the difference of areas")
{
    GeometryEngine engine;
    const Geometry a = box(0, 0, 2, 1), b = box(1, 0, 3, 1);
    const auto gained = engine.difference(b, a);
    REQUIRE(gained);
    CHECK(gained->type == Geometry::Type::MultiPolygon);
    REQUIRE(gained->polygons.size() == 1);
    CHECK(areaOf(gained->polygons[0]) == Approx(1));
    CHECK(engine.difference(a, a)->isEmpty());
    CHECK(engine.difference(Geometry::multiPolygon({}), a)->isEmpty());
}

TEST_CASE("The union of many areas merges the overlapping ones and keeps the apart ones")
{
    GeometryEngine engine;
    const auto merged = engine.unionOf(std::vector<Geometry>{box(0, 0, 2, 1), box(1, 0, 3, 1), box(5, 5, 6, 6)});
    REQUIRE(merged);
    CHECK(merged->type == Geometry::Type::MultiPolygon);
    REQUIRE(merged->polygons.size() == 2);
    CHECK(areaOf(merged->polygons[0]) + areaOf(merged->polygons[1]) == Approx(4));
    const auto one = engine.unionOf(std::vector<Geometry>{box(0, 0, 2, 1), box(1, 0, 3, 1)});
    REQUIRE(one);
    CHECK(one->type == Geometry::Type::Polygon);
    CHECK_FALSE(engine.problem(*one));
}

TEST_CASE("Overlap measures area, length and points inside a unit")
{
    GeometryEngine engine;
    const MultiPolygon unit = box(0, 0, 1, 1).polygons;
    // Geodesic: half a one-degree cell at the equator, 0.75° of the equator-ish.
    CHECK(engine.overlap(box(0.5, 0, 2, 1), unit) == Approx(GeodesicArea::ofPolygon(box(0.5, 0, 1, 1).polygons[0])));
    CHECK(engine.overlap(Geometry::lineString({{-1, 0.5}, {0.75, 0.5}}), unit) == Approx(0.75 * 111319.5).epsilon(0.001));
    // At 60° N a degree of longitude is half a degree of latitude: a share
    // by degrees would make these two lines equal.
    const MultiPolygon north = box(0, 59.5, 2, 61.5).polygons;
    const double eastWest = engine.overlap(Geometry::lineString({{0.1, 61}, {0.9, 61}}), north);
    const double southNorth = engine.overlap(Geometry::lineString({{1, 60}, {1, 60.8}}), north);
    CHECK(southNorth / eastWest == Approx(2.07).epsilon(0.02));
    CHECK(engine.overlap(Geometry::lineString({{5, 5}, {6, 6}}), unit) == 0);
    Geometry points{Geometry::Type::MultiPoint, {{0.5, 0.5}, {3, 3}, {0.2, 0.9}}, {}, {}};
    CHECK(engine.overlap(points, unit) == 2);
}
