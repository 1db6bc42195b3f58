// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "io/GeometryJson.h"

using namespace conflictmap;

namespace {
Result<Geometry> parse(const char *json)
{
    return GeometryJson::parse(QByteArray(json));
}
} // namespace

TEST_CASE("GeoJSON geometries of every type read and write back exactly")
{
    const char *samples[] = {
        R"({"type":"Point","coordinates":[45.0123456789012,39.987654321]})",
        R"({"type":"MultiPoint","coordinates":[[45.1,39.2],[-1e-06,89.999999]]})",
        R"({"type":"LineString","coordinates":[[44.1,40.1],[44.2,40.3],[44.35,40.2]]})",
        R"({"type":"MultiLineString","coordinates":[[[44,40],[44.5,40.25]],[[46,39],[46.1,39.1]]]})",
        R"({"type":"Polygon","coordinates":[[[45,39],[46,39],[46,40],[45,40],[45,39]],[[45.25,39.25],[45.25,39.5],[45.5,39.5],[45.25,39.25]]]})",
        R"({"type":"MultiPolygon","coordinates":[[[[45,39],[46,39],[46,40],[45,40],[45,39]]],[[[47,39],[47.5,39],[47.5,39.5],[47,39]]]]})",
    };
    for (const char *json : samples) {
        INFO(json);
        const auto g = parse(json);
        INFO(g.error().toStdString());
        REQUIRE(g);
        CHECK(GeometryJson::toJson(*g) == std::string(json));
    }
}

TEST_CASE("GeoJSON polygons are written by the right-hand rule, first vertex kept")
{
    // Exterior clockwise, hole counterclockwise: both reversed on output.
    const auto g = parse(
        R"({"type":"Polygon","coordinates":[[[45,39],[45,40],[46,40],[46,39],[45,39]],[[45.25,39.25],[45.5,39.25],[45.5,39.5],[45.25,39.25]]]})");
    REQUIRE(g);
    CHECK(GeometryJson::toJson(*g)
        == R"({"type":"Polygon","coordinates":[[[45,39],[46,39],[46,40],[45,40],[45,39]],[[45.25,39.25],[45.5,39.5],[45.5,39.25],[45.25,39.25]]]})");
    Geometry oriented = *g;
    oriented.orientByRightHandRule();
    CHECK(GeometryJson::toJson(oriented) == GeometryJson::toJson(*g));
    CHECK(signedAreaOf(oriented.polygons[0].rings[0]) > 0);
    CHECK(signedAreaOf(oriented.polygons[0].rings[1]) < 0);
}

TEST_CASE("A Feature or a one-feature collection gives its geometry")
{
    CHECK(parse(R"({"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1,2]}})")->points.at(0)
        == QPointF(1, 2));
    CHECK(
        parse(
            R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"geometry":{"type":"LineString","coordinates":[[1,2],[3,4,100]]}}]})")
            ->lines.at(0)
            .at(1)
        == QPointF(3, 4));
}

TEST_CASE("Bad GeoJSON geometries are refused in one line naming what is wrong")
{
    const std::pair<const char *, const char *> cases[] = {
        {R"({"type":"Polygon","coordinates":[[[45,39],[46,39],[46,40],[45,40]]]})",
            "geometry: ring 1 is not closed: its last position must repeat its first"},
        {R"({"type":"Polygon","coordinates":[[[45,39],[46,39],[45,39]]]})",
            "geometry: ring 1 has 3 positions; a closed ring needs at least 4"},
        {R"({"type":"MultiPolygon","coordinates":[[[[45,39],[46,39],[46,40],[45,39]]],[[[1,1],[2,2],[3,1],[1,2]]]]})",
            "geometry: ring 1 of polygon 2 is not closed: its last position must repeat its first"},
        {R"({"type":"GeometryCollection","geometries":[]})",
            "geometry: GeometryCollection is not supported; give one kind of geometry per record"},
        {R"({"type":"Polygon","coordinates":[]})", "geometry: a polygon has no rings"},
        {R"({"type":"MultiPolygon","coordinates":[]})", "geometry: the MultiPolygon is empty"},
        {R"({"type":"LineString","coordinates":[[1,2]]})", "geometry: a LineString needs at least 2 positions"},
        {R"({"type":"Point","coordinates":["45","39"]})",
            "geometry: a Point's coordinates must be [longitude, latitude] numbers"},
        {R"({"type":"Circle","coordinates":[1,2]})", "geometry: unknown type \"Circle\""},
        {R"({"type":"FeatureCollection","features":[]})", "geometry: expected one geometry or feature, found 0 features"},
        {"", "geometry: the GeoJSON is empty"},
    };
    for (const auto &[json, error] : cases) {
        INFO(json);
        const auto g = parse(json);
        REQUIRE_FALSE(g);
        CHECK(g.error() == error);
    }
    const auto truncated = parse(R"({"type":"Point","coordinates":[1,)");
    REQUIRE_FALSE(truncated);
    CHECK_FALSE(truncated.error().contains('\n'));
}
