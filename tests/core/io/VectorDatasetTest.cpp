// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "TestFiles.h"

#include "geo/GdalDrivers.h"
#include "geo/GdalHandles.h"
#include "io/VectorDataset.h"

#include <QFile>
#include <QTemporaryDir>

using namespace conflictmap;

namespace {
std::vector<VectorFeature> readAll(const QString &path)
{
    auto dataset = VectorDataset::open(path);
    INFO(dataset.error().toStdString());
    REQUIRE(dataset);
    std::vector<VectorFeature> features;
    auto read = dataset.value()->read([&](const VectorFeature &f) -> Result<void> {
        features.push_back(f);
        return {};
    });
    REQUIRE(read);
    CHECK(*read == qint64(features.size()));
    return features;
}

const char *kKml = R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>control</name>
<Placemark><name>مواقع جبلية</name><TimeStamp><when>2022-09-14</when></TimeStamp>
<Polygon><outerBoundaryIs><LinearRing><coordinates>45.9,39.6,0 46.1,39.6,0 46.1,39.8,0 45.9,39.8,0 45.9,39.6,0</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><name>Two pieces</name><MultiGeometry>
<Polygon><outerBoundaryIs><LinearRing><coordinates>45,39 45.5,39 45.5,39.5 45,39</coordinates></LinearRing></outerBoundaryIs></Polygon>
<Polygon><outerBoundaryIs><LinearRing><coordinates>46,39 46.5,39 46.5,39.5 46,39</coordinates></LinearRing></outerBoundaryIs></Polygon>
</MultiGeometry></Placemark>
<Placemark><name>Mixed</name><MultiGeometry><Point><coordinates>45,39</coordinates></Point>
<LineString><coordinates>45,39 46,40</coordinates></LineString></MultiGeometry></Placemark>
<Placemark><name>Column</name><LineString><coordinates>47.1,39.6 47.3,39.7</coordinates></LineString></Placemark>
</Folder></Document></kml>
)";
} // namespace

TEST_CASE("A KML from Google Earth is read with names, dates and every geometry kind")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("control.kml");
    writeFile(path, kKml);
    const auto features = readAll(path);
    REQUIRE(features.size() == 4);
    CHECK(features[0].layer == "control");
    REQUIRE(features[0].geometry);
    CHECK(features[0].geometry->type == Geometry::Type::Polygon);
    CHECK(features[0].geometry->polygons[0].rings[0].size() == 4);
    const JsonValue *name = features[0].properties.member("Name");
    REQUIRE(name);
    CHECK(QString::fromStdString(name->text) == "مواقع جبلية");
    // A MultiGeometry of polygons is a MultiPolygon.
    REQUIRE(features[1].geometry);
    CHECK(features[1].geometry->type == Geometry::Type::MultiPolygon);
    CHECK(features[1].geometry->polygons.size() == 2);
    // A mixed one is refused, and said why.
    CHECK_FALSE(features[2].geometry);
    CHECK(features[2].geometryError == "a GeometryCollection mixing points, lines and areas is not supported");
    CHECK(features[3].geometry->type == Geometry::Type::LineString);
}

TEST_CASE("A projected Shapefile is read back in WGS 84 longitude and latitude")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("utm.shp");
    {
        gdal::registerDrivers(); // this test may be the first thing the process does with GDAL
        GDALDriverH driver = GDALGetDriverByName("ESRI Shapefile");
        REQUIRE(driver);
        gdal::Dataset ds(GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
        REQUIRE(ds);
        gdal::SpatialReference utm(OSRNewSpatialReference(nullptr));
        OSRImportFromEPSG(utm.get(), 32638); // UTM 38N, Armenia
        OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), "utm", utm.get(), wkbPolygon, nullptr);
        REQUIRE(layer);
        gdal::Feature feature(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
        OGRGeometryH g = nullptr;
        char wkt[] = "POLYGON ((500000 4400000, 510000 4400000, 510000 4410000, 500000 4410000, 500000 4400000))";
        char *cursor = wkt;
        REQUIRE(OGR_G_CreateFromWkt(&cursor, nullptr, &g) == OGRERR_NONE);
        OGR_F_SetGeometryDirectly(feature.get(), g);
        REQUIRE(OGR_L_CreateFeature(layer, feature.get()) == OGRERR_NONE);
    }
    const auto features = readAll(path);
    REQUIRE(features.size() == 1);
    REQUIRE(features[0].geometry);
    const QRectF box = features[0].geometry->bounds();
    // The central meridian of zone 38 is 45° E; 4,400 km north is ~39.75° N.
    CHECK(box.left() == Approx(45.0).margin(1e-6));
    CHECK(box.top() == Approx(39.75).margin(0.01));
    CHECK(box.right() == Approx(45.117).margin(0.01));
}

TEST_CASE("A file that is not vector data is refused in one line")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("notes.txt");
    writeFile(path, "just some words\n");
    const auto dataset = VectorDataset::open(path);
    REQUIRE_FALSE(dataset);
    CHECK(dataset.error().startsWith(path + ": not a vector dataset GDAL can read"));
    CHECK_FALSE(dataset.error().contains('\n'));
    CHECK(VectorDataset::open(dir.filePath("missing.kml")).error() == dir.filePath("missing.kml") + ": no such file");
}
