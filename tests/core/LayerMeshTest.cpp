// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "TestPaths.h"
#include "geo/BoundaryLayer.h"
#include "geo/CrsTransform.h"
#include "geo/LayerMesh.h"

#include <cmath>

using namespace conflictmap;

namespace {
double triangleArea(const LayerMesh &mesh, uint32_t a, uint32_t b, uint32_t c)
{
    const QPointF p = mesh.vertex(a), q = mesh.vertex(b), r = mesh.vertex(c);
    return std::abs((q.x() - p.x()) * (r.y() - p.y()) - (r.x() - p.x()) * (q.y() - p.y())) / 2;
}

double projectedArea(const MultiPolygon &lonLat, const CrsTransform &t)
{
    double total = 0;
    for (const Polygon &polygon : lonLat) {
        Polygon projected = polygon;
        for (Ring &ring : projected.rings)
            t.forward(ring);
        total += areaOf(projected);
    }
    return total;
}
} // namespace

TEST_CASE("the fill triangles of each region cover exactly its area", "[core][mesh]")
{
    QString error;
    auto layer = BoundaryLayer::open(BoundaryLayer::defaultPath(), &error);
    REQUIRE(layer);
    for (const char *crs : {"EPSG:3857", "EPSG:32638", "EPSG:4326"}) {
        INFO(crs);
        auto t = CrsTransform::create("EPSG:4326", crs, &error);
        REQUIRE(t);
        const LayerMesh mesh = LayerMesh::build(*layer, *t);
        CHECK(mesh.untriangulated == 0);
        CHECK(mesh.unprojectable == 0);
        REQUIRE(mesh.regions.size() == layer->regions().size());
        for (size_t r = 0; r < mesh.regions.size(); ++r) {
            const LayerMesh::RegionPart &part = mesh.regions[r];
            INFO(layer->regions()[r].code.toStdString());
            REQUIRE(part.fillIndices.count % 3 == 0);
            double area = 0;
            for (uint32_t i = part.fillIndices.first; i < part.fillIndices.first + part.fillIndices.count; i += 3) {
                for (int k = 0; k < 3; ++k) {
                    const uint32_t v = mesh.fillIndices[i + k];
                    REQUIRE(v >= part.vertices.first);
                    REQUIRE(v < part.vertices.first + part.vertices.count);
                }
                area += triangleArea(mesh, mesh.fillIndices[i], mesh.fillIndices[i + 1], mesh.fillIndices[i + 2]);
            }
            // Float vertices relative to the origin keep areas to about 1e-6.
            CHECK(area == Approx(projectedArea(layer->regions()[r].geometry, *t)).epsilon(1e-4));
            CHECK(part.outlineIndices.count % 2 == 0);
            CHECK(part.outlineIndices.count / 2 == [&] {
                uint32_t edges = 0;
                for (const LayerMesh::Range &ring : part.rings)
                    edges += ring.count;
                return edges;
            }());
        }
    }
}

TEST_CASE("a self-intersecting polygon is still filled", "[core][mesh]")
{
    QString error;
    auto layer = BoundaryLayer::open(testpaths::data("bowtie.geojson"), &error);
    REQUIRE(layer);
    auto t = CrsTransform::create("EPSG:4326", "EPSG:4326", &error);
    REQUIRE(t);
    const LayerMesh mesh = LayerMesh::build(*layer, *t);
    CHECK(mesh.untriangulated == 0);
    double area = 0;
    const LayerMesh::RegionPart &bowtie = mesh.regions[0];
    for (uint32_t i = bowtie.fillIndices.first; i < bowtie.fillIndices.first + bowtie.fillIndices.count; i += 3)
        area += triangleArea(mesh, mesh.fillIndices[i], mesh.fillIndices[i + 1], mesh.fillIndices[i + 2]);
    CHECK(area == Approx(2.0)); // two lobes of 1 each
    const LayerMesh::RegionPart &square = mesh.regions[1];
    area = 0;
    for (uint32_t i = square.fillIndices.first; i < square.fillIndices.first + square.fillIndices.count; i += 3)
        area += triangleArea(mesh, mesh.fillIndices[i], mesh.fillIndices[i + 1], mesh.fillIndices[i + 2]);
    CHECK(area == Approx(12.0)); // 16 less the hole of 4
}

TEST_CASE(
    "a coarse level of detail keeps every large region, near its full outline, with far fewer vertices", "[core][mesh][lod]")
{
    QString error;
    auto layer = BoundaryLayer::open(BoundaryLayer::defaultPath(), &error);
    REQUIRE(layer);
    auto t = CrsTransform::create("EPSG:4326", "EPSG:3857", &error);
    REQUIRE(t);
    const LayerMesh full = LayerMesh::build(*layer, *t);
    const double tolerance = 2000; // metres: half a pixel at zoom 6
    const LayerMesh coarse = LayerMesh::build(*layer, *t, tolerance);
    REQUIRE(coarse.regions.size() == full.regions.size());
    CHECK(coarse.vertices.size() * 3 < full.vertices.size());
    int kept = 0;
    for (size_t r = 0; r < full.regions.size(); ++r) {
        const QRectF &f = full.regions[r].bounds;
        if (f.width() < 10 * tolerance || f.height() < 10 * tolerance)
            continue;
        const QRectF &c = coarse.regions[r].bounds;
        INFO(layer->regions()[r].code.toStdString());
        REQUIRE_FALSE(c.isNull());
        CHECK(std::abs(c.left() - f.left()) <= tolerance);
        CHECK(std::abs(c.right() - f.right()) <= tolerance);
        CHECK(std::abs(c.top() - f.top()) <= tolerance);
        CHECK(std::abs(c.bottom() - f.bottom()) <= tolerance);
        CHECK(coarse.regions[r].fillIndices.count > 0);
        ++kept;
    }
    CHECK(kept > 50);
}
