// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "CliRun.h"
#include "TestFiles.h"
#include "TestPaths.h"
#include "core/store/StoreFixture.h"

#include <QJsonObject>

namespace {
const char *kCrossingLine = "LINESTRING (46.2 39.5, 46.6 39.55)";
const QByteArray kBowTie = R"({"type":"Polygon","coordinates":[[[45,39],[46,40],[46,39],[45,40],[45,39]]]})";

QStringList addShape(const QStringList &shape)
{
    return QStringList{"add", "--type", "troop_movement", "--title", "Column", "--date", "2022-09-13"} + shape;
}

QJsonObject showJson(const QString &database, const QString &id)
{
    const Run run = cli(database, {"show", id, "--format", "json"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("add takes a line as WKT and show prints its geometry and every unit it touches", "[cli][shape]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString id = addOk(dir, addShape({"--wkt", kCrossingLine}));
    const QJsonObject shown = showJson(dir.location(), id);
    CHECK(shown.value("geometry").toObject()
        == QJsonObject{{"type", "LineString"}, {"coordinates", QJsonArray{QJsonArray{46.2, 39.5}, QJsonArray{46.6, 39.55}}}});
    CHECK(shown.value("region").toString() == "AM-SU");
    const QJsonArray regions = shown.value("regions").toArray();
    REQUIRE(regions.size() == 2);
    CHECK(regions[0].toObject().value("region").toString() == "AM-SU");
    CHECK(regions[1].toObject().value("region").toString() == "AZ-LAC");
    CHECK(regions[0].toObject().value("share").toDouble() > 0.5);
    CHECK(shown.value("lon").toDouble() == Approx(46.4));

    const Run details = cli(dir, {"show", id});
    CHECK(details.out.contains("shape         LineString, 2 vertices, from 39.500000, 46.200000 to 39.550000, 46.600000"));
    CHECK(details.out.contains("regions       AM-SU 81.7 %, AZ-LAC 18.3 %"));
    // Found by either unit, and by a view of its eastern end only.
    CHECK(listJson(dir, {"--region", "AZ-LAC"}).size() == 1);
    CHECK(listJson(dir, {"--region", "AZ"}).size() == 1);
    CHECK(listJson(dir, {"--bbox", "46.55,39.5,46.7,39.6"}).size() == 1);
    CHECK(listJson(dir, {"--bbox", "46.2,39.54,46.3,39.6"}).isEmpty());
}

TEST_CASE("add reads an area as GeoJSON from standard input and edit turns it into a point", "[cli][shape]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const Run added = cli(dir, addShape({"--geojson", "-", "--precision", "exact"}),
        R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[45.9,39.6],[46.1,39.6],[46.1,39.8],[45.95,39.85],[45.9,39.6]]]}})");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();
    QJsonObject shown = showJson(dir.location(), id);
    CHECK(shown.value("geometry").toObject().value("type").toString() == "Polygon");
    CHECK(shown.value("precision").toString() == "exact");
    CHECK(shown.value("regions").toArray().size() == 3);

    REQUIRE(cli(dir, {"edit", id, "--lat", "39.507", "--lon", "46.338"}).exitCode == 0);
    shown = showJson(dir.location(), id);
    CHECK(shown.value("geometry").toObject().value("type").toString() == "Point");
    CHECK(shown.value("regions").toArray() == QJsonArray{QJsonObject{{"region", "AM-SU"}, {"share", 1.0}}});
    CHECK(listJson(dir, {"--region", "AZ-LAC"}).isEmpty());

    REQUIRE(cli(dir, {"edit", id, "--wkt", kCrossingLine}).exitCode == 0);
    CHECK(showJson(dir.location(), id).value("geometry").toObject().value("type").toString() == "LineString");
    CHECK(listJson(dir, {"--region", "AZ-LAC"}).size() == 1);
}

TEST_CASE(
    "a crossing ring is refused without --repair and repaired with it saying what changed on add and import", "[cli][shape]")
{
    StoreFixture db;
    const QString before = db.snapshot();
    const QString path = db.dir.filePath("bowtie.geojson");
    writeFile(path, kBowTie);
    const Run refused = cli(db.path, addShape({"--geojson", path}));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err
        == "conflictmap-cli: --geojson: a ring crosses itself or another ring at 45.50000 E, 39.50000 N (--repair makes it "
           "valid)\n");
    CHECK(refused.out.isEmpty());
    CHECK(db.snapshot() == before);

    const Run repaired = cli(db.path, addShape({"--geojson", path, "--repair"}));
    INFO(repaired.err.toStdString());
    REQUIRE(repaired.exitCode == 0);
    CHECK(repaired.err
        == "repaired: the polygon was split into 2 parts where a ring crosses itself or another ring at 45.50000 E, "
           "39.50000 N (area now 4,774.8 km²)\n");
    const QJsonObject shown = showJson(db.path, repaired.out.trimmed());
    CHECK(shown.value("geometry").toObject().value("type").toString() == "MultiPolygon");
    CHECK(shown.value("geometry").toObject().value("coordinates").toArray().size() == 2);

    // The same in a file to import: refused whole, or repaired feature by feature.
    const QString collection = db.dir.filePath("areas.geojson");
    writeFile(collection,
        R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":)" + kBowTie
            + R"(,"properties":{"type":"shelling","title":"Shelled zone","date":"2022-09-13"}}]})");
    const QString afterAdd = db.snapshot();
    const Run importRefused = cli(db.path, {"import", collection});
    CHECK(importRefused.exitCode == 1);
    CHECK(importRefused.err
        == "conflictmap-cli: " + collection
            + ": feature 0: geometry: a ring crosses itself or another ring at 45.50000 E, 39.50000 N\n");
    CHECK(db.snapshot() == afterAdd);
    const Run imported = cli(db.path, {"import", collection, "--repair"});
    CHECK(imported.exitCode == 0);
    CHECK(imported.err
        == "repaired: feature 0: the polygon was split into 2 parts where a ring crosses itself or another ring at "
           "45.50000 E, 39.50000 N (area now 4,774.8 km²)\n");
    CHECK(imported.out == "imported 1 features: 1 added, 0 updated, 0 unchanged (0 new sources)\n");
}

TEST_CASE("every bad line or area gets one line and exit 1 and the database is left as it was", "[cli][shape]")
{
    StoreFixture db;
    REQUIRE(db.store->addIncident(db.pointIncident()));
    const QString before = db.snapshot();
    writeFile(db.dir.filePath("unclosed.geojson"), R"({"type":"Polygon","coordinates":[[[45,39],[46,40],[46,39],[45,40]]]})");
    writeFile(db.dir.filePath("collection.geojson"),
        R"({"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[46,39.5]}]})");
    writeFile(db.dir.filePath("empty.kml"),
        R"(<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>)");
    writeFile(db.dir.filePath("date.kml"), R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Column</name>
<ExtendedData><Data name="type"><value>troop_movement</value></Data><Data name="date"><value>13.09.2022</value></Data></ExtendedData>
<LineString><coordinates>46.2,39.5 46.6,39.55</coordinates></LineString></Placemark></Document></kml>)");
    struct Case {
        QStringList arguments;
        QString message;
    };
    const QString dir = db.dir.path() + '/';
    const Case cases[] = {
        {addShape({"--geojson", dir + "unclosed.geojson"}),
            "--geojson: " + dir + "unclosed.geojson: geometry: ring 1 is not closed: its last position must repeat its first"},
        {addShape({"--wkt", "POLYGON ((45 39, 46 39, 46 40, 45 40))"}),
            "--wkt: a ring is not closed: its last position must repeat its first"},
        {addShape({"--wkt", "POLYGON ((45 39, 46 40, 46 39, 45 40, 45 39))"}),
            "--wkt: a ring crosses itself or another ring at 45.50000 E, 39.50000 N (--repair makes it valid)"},
        {addShape({"--wkt", "LINESTRING EMPTY"}), "--wkt: the geometry is empty"},
        {addShape({"--wkt", "LINESTRING (46 39, 46 95)"}), "--wkt: latitude 95 is outside [-90, 90]"},
        {addShape({"--wkt", "GEOMETRYCOLLECTION (POINT (46 39))"}),
            "--wkt: GEOMETRYCOLLECTION is not supported; give one kind of geometry"},
        {addShape({"--geojson", dir + "collection.geojson"}),
            "--geojson: " + dir
                + "collection.geojson: geometry: GeometryCollection is not supported; give one kind of geometry per record"},
        {addShape({"--wkt", kCrossingLine, "--lat", "39.5", "--lon", "46.3"}),
            "--wkt: a line or area is its own position (shown at its representative point, placed in every unit it "
            "touches): leave out --lat and --lon"},
        {addShape({"--wkt", kCrossingLine, "--precision", "region"}),
            "precision: region precision is for a position known only by its unit; a line or area gives its own (exact "
            "or near)"},
        {addShape({"--geojson", dir + "missing.geojson"}), "--geojson: " + dir + "missing.geojson: no such file"},
        {addShape({"--lat", "39.5", "--lon", "46.3", "--repair"}),
            "--repair: repairs the geometry of --geojson or --wkt, and neither is given"},
        {{"edit", "1", "--wkt", "LINESTRING (46 39)"}, "--wkt: a line has fewer than two vertices"},
        {{"import", dir + "empty.kml"}, dir + "empty.kml: no features to import"},
        {{"import", dir + "date.kml"},
            dir
                + "date.kml: feature 1: date: '13.09.2022' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (read from property "
                  "'date' by --date-field"},
    };
    for (const Case &c : cases) {
        INFO(c.arguments.join(' ').toStdString());
        const Run run = cli(db.path, c.arguments);
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith("conflictmap-cli: " + c.message));
        CHECK(run.err.count('\n') == 1);
        CHECK(run.out.isEmpty());
    }
    CHECK(db.snapshot() == before);
}

TEST_CASE("a KML imported on the command line exports its area and line as GeoJSON unchanged", "[cli][shape][kml]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString kml = testpaths::data("front-line-and-area.kml");
    const Run imported = cli(dir, {"import", kml});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out == "imported 2 features: 2 added, 0 updated, 0 unchanged (0 new sources)\n");
    const Run exported = cli(dir, {"export"});
    REQUIRE(exported.exitCode == 0);
    const QJsonArray features = QJsonDocument::fromJson(exported.out.toUtf8()).object().value("features").toArray();
    REQUIRE(features.size() == 2);
    CHECK(features[0].toObject().value("geometry").toObject()
        == QJsonDocument::fromJson(
            R"({"type":"Polygon","coordinates":[[[45.9,39.6],[46.1,39.6],[46.1,39.8],[45.95,39.85],[45.9,39.6]]]})")
               .object());
    CHECK(features[1].toObject().value("geometry").toObject()
        == QJsonDocument::fromJson(R"({"type":"LineString","coordinates":[[45.9,39.6],[45.95,39.85],[46.05,39.9]]})").object());
    const QJsonObject properties = features[0].toObject().value("properties").toObject();
    CHECK(properties.value("title").toString() == "Area held");
    CHECK(properties.value("regions").toArray().size() == 3);
}
