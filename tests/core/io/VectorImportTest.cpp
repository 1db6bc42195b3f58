// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../store/StoreFixture.h"

#include "TestFiles.h"

#include "io/GeoJsonExport.h"
#include "io/GeoJsonReader.h"
#include "io/GeometryJson.h"
#include "io/VectorImport.h"

#include <QFile>

using namespace conflictmap;

namespace {
// The geometry of every feature an export wrote, in order.
std::vector<Geometry> exportedGeometries(const IncidentStore &store, const QString &path)
{
    auto exported = GeoJsonExport::toFile(store, {}, path);
    INFO(exported.error().toStdString());
    REQUIRE(exported);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    std::vector<Geometry> geometries;
    auto read = GeoJsonReader(std::string_view(json.constData(), size_t(json.size())))
                    .read([&](const JsonValue &feature, qint64) -> Result<void> {
                        auto geometry = GeometryJson::read(*feature.member("geometry"));
                        REQUIRE(geometry);
                        geometries.push_back(geometry.value());
                        return {};
                    });
    REQUIRE(read);
    return geometries;
}

QByteArray feature(const char *geometry, const char *id)
{
    return QByteArray(R"({"type":"Feature","id":")") + id + R"(","geometry":)" + geometry
        + R"(,"properties":{"type":"troop_movement","title":"t","date":"2022-09-13"}})";
}

// Every kind an analyst draws, by the right-hand rule, with coordinates
// that no fixed number of decimals writes exactly.
const char *kShapes[] = {
    R"({"type":"LineString","coordinates":[[46.2,39.5],[46.412345678901234,39.55],[46.6,39.56]]})",
    R"({"type":"MultiLineString","coordinates":[[[46.2,39.5],[46.3,39.6]],[[46.4,39.6],[46.5,39.7]]]})",
    R"({"type":"Polygon","coordinates":[[[45.9,39.6],[46.1,39.6],[46.1,39.8],[45.95,39.85],[45.9,39.6]],)"
    R"([[45.97,39.65],[45.97,39.7],[46.05,39.7],[46.05,39.65],[45.97,39.65]]]})",
    R"({"type":"MultiPolygon","coordinates":[[[[45,39],[45.5,39],[45.5,39.5],[45,39]]],)"
    R"([[[46,39],[46.5,39],[46.5,39.5],[46,39]]]]})",
    R"({"type":"MultiPoint","coordinates":[[46.338,39.507],[46.6,39.55]]})",
};

const char *kKml = R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder><name>control</name>
<Placemark><name>Positions taken</name><description>Seven mountain positions</description>
<TimeStamp><when>2022-09-14</when></TimeStamp>
<ExtendedData><Data name="id"><value>positions-0914</value></Data><Data name="type"><value>territory_captured</value></Data><Data name="unit"><value>3rd</value></Data></ExtendedData>
<Polygon><outerBoundaryIs><LinearRing><coordinates>45.9,39.6,0 46.1,39.6,0 46.1,39.8,0 45.95123456789,39.85,0 45.9,39.6,0</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
<Placemark><name>Column</name><TimeStamp><when>2022-09-13</when></TimeStamp>
<ExtendedData><Data name="id"><value>column-0913</value></Data><Data name="type"><value>troop_movement</value></Data></ExtendedData>
<LineString><coordinates>46.2,39.5 46.6,39.55</coordinates></LineString></Placemark>
</Folder></Document></kml>
)";
} // namespace

TEST_CASE("every GeoJSON geometry type imported and exported again comes back exactly", "[io][shape]")
{
    StoreFixture db;
    QByteArray json = R"({"type":"FeatureCollection","features":[)";
    std::vector<Geometry> given;
    for (size_t i = 0; i < std::size(kShapes); ++i) {
        json += (i ? "," : "") + feature(kShapes[i], QByteArray::number(qint64(i)).constData());
        auto geometry = GeometryJson::parse(kShapes[i]);
        REQUIRE(geometry);
        given.push_back(geometry.value());
    }
    json += "]}";
    const QString path = db.dir.filePath("shapes.geojson");
    writeFile(path, json);
    auto imported = VectorImport::fromFile(*db.store, path);
    INFO(imported.error().toStdString());
    REQUIRE(imported);
    CHECK(imported->added == qint64(given.size()));
    CHECK(exportedGeometries(*db.store, db.dir.filePath("out.geojson")) == given);

    // And from the export into a second database: the same again.
    StoreFixture second;
    REQUIRE(VectorImport::fromFile(*second.store, db.dir.filePath("out.geojson")));
    CHECK(exportedGeometries(*second.store, second.dir.filePath("again.geojson")) == given);
    CHECK(second.store->incidents().value().at(0).extra.isEmpty()); // "regions" is found again, not kept
    // Importing the same file again changes nothing.
    auto again = VectorImport::fromFile(*db.store, path);
    REQUIRE(again);
    CHECK(again->unchanged == qint64(given.size()));
}

TEST_CASE("a KML area imported and exported as GeoJSON keeps its coordinates", "[io][shape][kml]")
{
    StoreFixture db;
    const QString path = db.dir.filePath("control.kml");
    writeFile(path, kKml);
    auto imported = VectorImport::fromFile(*db.store, path);
    INFO(imported.error().toStdString());
    REQUIRE(imported);
    CHECK(imported->added == 2);
    const auto incidents = db.store->incidents().value();
    REQUIRE(incidents.size() == 2);
    const Incident &area = incidents[1]; // 2022-09-14
    CHECK(area.title == "Positions taken");
    CHECK(area.description == "Seven mountain positions");
    CHECK(area.type == "territory_captured");
    CHECK(area.extra == R"({"unit":"3rd"})"); // the id is not an extra property
    CHECK(area.importId == "positions-0914"); // the placemark's own id, not its place in the file

    const auto exported = exportedGeometries(*db.store, db.dir.filePath("out.geojson"));
    Polygon ring;
    ring.rings.push_back({{45.9, 39.6}, {46.1, 39.6}, {46.1, 39.8}, {45.95123456789, 39.85}});
    // In id order: the placemarks' order.
    CHECK(exported[0] == Geometry::polygon(ring));
    CHECK(exported[1] == Geometry::lineString({{46.2, 39.5}, {46.6, 39.55}}));

    auto again = VectorImport::fromFile(*db.store, path);
    REQUIRE(again);
    CHECK(again->unchanged == 2);
}

TEST_CASE("placemarks without ids are never matched by their place in the file", "[io][shape][kml]")
{
    StoreFixture db;
    const char *placemark = "<Placemark><name>%1</name><TimeStamp><when>2022-09-14</when></TimeStamp>"
                            "<Point><coordinates>%2,39.5</coordinates></Point></Placemark>";
    auto kml = [&](const QStringList &names) {
        QString body;
        for (int i = 0; i < names.size(); ++i)
            body += QString::fromLatin1(placemark).arg(names[i]).arg(45.5 + 0.1 * i);
        return (R"(<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>)" + body
            + "</Document></kml>")
            .toUtf8();
    };
    const QString path = db.dir.filePath("strikes.kml");
    ImportOptions options;
    options.defaultType = QStringLiteral("shelling");
    writeFile(path, kml({"Front", "Depot"}));
    auto first = VectorImport::fromFile(*db.store, path, options);
    INFO(first.error().toStdString());
    REQUIRE(first);
    // A placemark added at the top: the others are not overwritten by position.
    writeFile(path, kml({"New strike", "Front", "Depot"}));
    auto again = VectorImport::fromFile(*db.store, path, options);
    REQUIRE(again);
    CHECK(again->added == 3);
    CHECK(again->updated == 0);
    const auto all = db.store->incidents().value();
    REQUIRE(all.size() == 5);
    CHECK(all[0].title == "Front");
    CHECK(all[1].title == "Depot");
}

TEST_CASE("bad vector files are refused in one line and nothing is written", "[io][shape][kml]")
{
    StoreFixture db;
    REQUIRE(db.store->addIncident(db.pointIncident()));
    const QString before = db.snapshot();
    struct Case {
        const char *name;
        QByteArray bytes;
        const char *message;
    };
    QByteArray badDate = kKml;
    badDate.replace(R"(<value>troop_movement</value></Data>)",
        R"(<value>troop_movement</value></Data><Data name="date"><value>13/09/2022</value></Data>)");
    const Case cases[] = {
        {"empty.kml",
            R"(<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>none</name></Document></kml>)",
            "empty.kml: no features to import"},
        {"date.kml", badDate, "date.kml: feature 2: date: "},
        {"collection.geojson",
            R"({"type":"FeatureCollection","features":[)" + feature(kShapes[0], "a") + ","
                + feature(R"({"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[46,39.5]}]})", "b") + "]}",
            "collection.geojson: feature 1: geometry: GeometryCollection is not supported; give one kind of geometry per record"},
        {"crossing.geojson",
            R"({"type":"FeatureCollection","features":[)"
                + feature(R"({"type":"Polygon","coordinates":[[[45,39],[46,40],[46,39],[45,40],[45,39]]]})", "a") + "]}",
            "crossing.geojson: feature 0: geometry: a ring crosses itself or another ring at 45.50000 E, 39.50000 N"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = db.dir.filePath(c.name);
        writeFile(path, c.bytes);
        auto imported = VectorImport::fromFile(*db.store, path);
        REQUIRE_FALSE(imported);
        CHECK(imported.error().startsWith(db.dir.filePath(c.message)));
        CHECK_FALSE(imported.error().contains('\n'));
    }
    CHECK(db.snapshot() == before);
}
