// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "CliRun.h"
#include "TestFiles.h"

#include "geo/GeodesicArea.h"
#include "io/GeometryJson.h"
#include "store/SqliteDatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace conflictmap;

namespace {
const QString kAz = QStringLiteral("Azerbaijan");
const QString kMinistry = QStringLiteral("Azerbaijan Ministry of Defence");

// The claim of the seed article: seven mountain positions inside Armenia.
const char *kClaimedWkt = "POLYGON ((45.95 39.55, 46.15 39.55, 46.15 39.70, 45.95 39.70, 45.95 39.55))";

struct AreaDatabase {
    CliDatabase dir;

    AreaDatabase() { REQUIRE(cli(dir, {"init"}).exitCode == 0); }

    Run run(const QStringList &arguments, const QByteArray &input = {}) { return cli(dir, arguments, input); }
    QString ok(const QStringList &arguments, const QByteArray &input = {})
    {
        const Run out = run(arguments, input);
        INFO(out.err.toStdString());
        REQUIRE(out.exitCode == 0);
        return out.out;
    }
    QString file(const QString &name, const QByteArray &content)
    {
        writeFile(dir.filePath(name), content);
        return dir.filePath(name);
    }
    // Every row of the territorial tables: equal dumps, nothing written.
    QString dump()
    {
        return dir.dump({"SELECT * FROM parties ORDER BY name", "SELECT * FROM control_records ORDER BY id",
            "SELECT * FROM control_claims ORDER BY id", "SELECT * FROM sources ORDER BY id"});
    }
};

// A year of daily versions: a 1° × 0.5° block at 39.5° N whose east edge
// moves 0.001° a day, with the day in a "day" property.
QByteArray dailyArchive(int days)
{
    QByteArray json = R"({"type":"FeatureCollection","features":[)";
    const QDate first(2023, 1, 1);
    for (int i = 0; i < days; ++i) {
        const double east = 46.0 + 0.001 * i;
        json += (i ? ",\n" : "\n");
        json += QStringLiteral(
            R"({"type":"Feature","properties":{"day":"%1"},"geometry":{"type":"Polygon","coordinates":[[[45,39.5],[%2,39.5],[%2,40],[45,40],[45,39.5]]]}})")
                    .arg(first.addDays(i).toString(Qt::ISODate))
                    .arg(east, 0, 'f', 3)
                    .toUtf8();
    }
    return json + "]}";
}

double blockKm2(double east)
{
    Polygon p;
    p.rings.push_back({{45, 39.5}, {east, 39.5}, {east, 40}, {45, 40}});
    return GeodesicArea::ofPolygon(p) / 1e6;
}
} // namespace

TEST_CASE("An analyst records the claimed and the assessed area of the seed article and reads them back", "[cli]")
{
    AreaDatabase db;
    const QString source
        = db.ok({"source", "add", "--title", QString::fromUtf8("اتصال هاتفي بين رئيس الأركان الإيراني ووزير الدفاع الأذربيجاني"),
                    "--lang", "ar", "--url", "https://example.org/seed"})
              .trimmed();
    const QString claimed
        = db.ok({"area", "add", "--party", kAz, "--claimed-by", kMinistry, "--date", "2022-09-14", "--source", source, "--quote",
                    QString::fromUtf8("سبعة مواقع عسكرية جبلية داخل أرمينيا"), "--wkt", kClaimedWkt})
              .trimmed();
    CHECK(claimed == "1");
    const QByteArray assessed
        = R"({"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[46.0,39.58],[46.1,39.58],[46.1,39.65],[46.0,39.65],[46.0,39.58]]]}})";
    CHECK(db.ok({"area", "add", "--party", kAz, "--date", "2022-09-14", "--geojson", "-"}, assessed).trimmed() == "2");

    const QJsonArray situation = jsonArrayOf(db.ok({"area", "at", "2022-09-20", "--format", "json"}));
    REQUIRE(situation.size() == 2);
    // The assessment first, then the claim.
    CHECK(situation[0].toObject()["assessed"].toBool());
    const QJsonObject claim = situation[1].toObject();
    CHECK(claim["claimed_by"].toString() == kMinistry);
    CHECK(claim["date"].toString() == "2022-09-14");
    Polygon claimedBox;
    claimedBox.rings.push_back({{45.95, 39.55}, {46.15, 39.55}, {46.15, 39.70}, {45.95, 39.70}});
    CHECK(claim["area_km2"].toDouble() == Approx(GeodesicArea::ofPolygon(claimedBox) / 1e6).margin(0.005));
    REQUIRE(claim["claims"].toArray().size() == 1);
    CHECK(
        claim["claims"].toArray()[0].toObject()["quote"].toString() == QString::fromUtf8("سبعة مواقع عسكرية جبلية داخل أرمينيا"));

    // GeoJSON: one feature per series, written by the right-hand rule.
    const QString geojson = db.ok({"area", "at", "2022-09-20", "--format", "geojson"});
    const QJsonDocument doc = QJsonDocument::fromJson(geojson.toUtf8());
    REQUIRE(doc.isObject());
    const QJsonArray features = doc.object()["features"].toArray();
    REQUIRE(features.size() == 2);
    const QJsonArray ring = features[1].toObject()["geometry"].toObject()["coordinates"].toArray()[0].toArray();
    CHECK(ring.size() == 5);
    CHECK(ring[1].toArray()[0].toDouble() == 46.15); // counterclockwise from the first vertex

    // Before the claim there is nothing.
    CHECK(jsonArrayOf(db.ok({"area", "at", "2022-09-13", "--format", "json"})).isEmpty());
    const QString table = db.ok({"area", "at", "2022-09-14"});
    CHECK(table.contains("claimed by " + kMinistry));
    CHECK(table.contains("assessed"));
}

TEST_CASE("A year of daily control polygons is imported from GeoJSON and measured between two dates", "[cli]")
{
    AreaDatabase db;
    const QString archive = db.file("control-2023.geojson", dailyArchive(365));
    const Run imported = db.run({"area", "import", archive, "--party", kAz, "--date-field", "day"});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.err.contains("365 versions of Azerbaijan (assessed): 365 added, 0 updated, 0 unchanged"));
    // Again: nothing changes.
    CHECK(db.run({"area", "import", archive, "--party", kAz, "--date-field", "day"})
              .err.contains("0 added, 0 updated, 365 unchanged"));

    const QJsonArray onJuly1 = jsonArrayOf(db.ok({"area", "at", "2023-07-01", "--format", "json"}));
    REQUIRE(onJuly1.size() == 1);
    const int day = int(QDate(2023, 1, 1).daysTo(QDate(2023, 7, 1)));
    CHECK(onJuly1[0].toObject()["area_km2"].toDouble() == Approx(blockKm2(46.0 + 0.001 * day)).margin(0.005));

    const QJsonDocument change = QJsonDocument::fromJson(
        db.ok({"area", "change", "--party", kAz, "--from", "2023-02-01", "--to", "2023-12-31", "--format", "json"}).toUtf8());
    const QJsonObject c = change.object();
    const double from = blockKm2(46.0 + 0.001 * 31), to = blockKm2(46.0 + 0.001 * 364);
    // Geodesic edges make areas not quite additive: the strip alone is
    // measured, against the difference of the two blocks.
    CHECK(c["gained_km2"].toDouble() == Approx(to - from).epsilon(1e-4));
    CHECK(c["lost_km2"].toDouble() == Approx(0).margin(0.01));
    CHECK(c["net_km2"].toDouble() == Approx(to - from).margin(0.01));

    // The gained strip as GeoJSON.
    const QJsonObject collection = QJsonDocument::fromJson(
        db.ok({"area", "change", "--party", kAz, "--from", "2023-02-01", "--to", "2023-12-31", "--format", "geojson"}).toUtf8())
                                       .object();
    const QJsonArray parts = collection["features"].toArray();
    REQUIRE(parts.size() == 2);
    CHECK(parts[0].toObject()["properties"].toObject()["change"].toString() == "gained");
    CHECK(parts[1].toObject()["properties"].toObject()["change"].toString() == "lost");
    const Result<Geometry> gained = GeometryJson::parse(QJsonDocument(parts[0].toObject()).toJson());
    REQUIRE(gained);
    CHECK(gained->bounds().left() == Approx(46.031));
    CHECK(gained->bounds().right() == Approx(46.364));
}

TEST_CASE("Versions of control are imported from a Google Earth KML with their time stamps", "[cli]")
{
    AreaDatabase db;
    QByteArray kml = R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>)";
    for (int i = 0; i < 3; ++i)
        kml += QStringLiteral(R"(<Placemark><name>Line of control %1</name><TimeStamp><when>2022-09-%2</when></TimeStamp>
<Polygon><outerBoundaryIs><LinearRing><coordinates>45.9,39.5,0 %3,39.5,0 %3,39.7,0 45.9,39.7,0 45.9,39.5,0</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
)")
                   .arg(i + 1)
                   .arg(13 + i)
                   .arg(46.0 + 0.05 * i)
                   .toUtf8();
    kml += "</Document></kml>\n";
    const QString path = db.file("control.kml", kml);
    const Run imported = db.run({"area", "import", path, "--party", "Armenia", "--date-field", "timestamp"});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonArray series = jsonArrayOf(db.ok({"area", "list", "--format", "json"}));
    REQUIRE(series.size() == 1);
    CHECK(series[0].toObject()["first"].toString() == "2022-09-13");
    CHECK(series[0].toObject()["last"].toString() == "2022-09-15");
    CHECK(series[0].toObject()["versions"].toInt() == 3);
}

TEST_CASE("The placemarks of one day are one version of control, their union", "[cli]")
{
    AreaDatabase db;
    // Two pockets on the 14th, one of them in two overlapping pieces; one on the 15th.
    const char *placemarks[][2] = {{"2022-09-14", "45.0,39.0 45.2,39.0 45.2,39.2 45.0,39.2 45.0,39.0"},
        {"2022-09-14", "46.0,39.0 46.2,39.0 46.2,39.2 46.0,39.2 46.0,39.0"},
        {"2022-09-14", "46.1,39.0 46.3,39.0 46.3,39.2 46.1,39.2 46.1,39.0"},
        {"2022-09-15", "45.0,39.0 45.4,39.0 45.4,39.2 45.0,39.2 45.0,39.0"}};
    QByteArray kml = R"(<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>)";
    for (const auto &[day, ring] : placemarks)
        kml += QStringLiteral("<Placemark><TimeStamp><when>%1</when></TimeStamp><Polygon><outerBoundaryIs><LinearRing>"
                              "<coordinates>%2</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>\n")
                   .arg(QLatin1String(day), QLatin1String(ring))
                   .toUtf8();
    kml += "</Document></kml>\n";
    const Run imported = db.run({"area", "import", db.file("pockets.kml", kml), "--party", kAz, "--date-field", "timestamp"});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.err.contains("4 features, 2 versions of Azerbaijan (assessed): 2 added"));
    const QJsonObject collection
        = QJsonDocument::fromJson(db.ok({"area", "at", "2022-09-14", "--format", "geojson"}).toUtf8()).object();
    const QJsonObject geometry = collection["features"].toArray()[0].toObject()["geometry"].toObject();
    CHECK(geometry["type"].toString() == "MultiPolygon");
    CHECK(geometry["coordinates"].toArray().size() == 2); // the overlapping pieces merged
    Polygon west, east;
    west.rings.push_back({{45.0, 39.0}, {45.2, 39.0}, {45.2, 39.2}, {45.0, 39.2}});
    east.rings.push_back({{46.0, 39.0}, {46.3, 39.0}, {46.3, 39.2}, {46.0, 39.2}});
    const double expected = (GeodesicArea::ofPolygon(west) + GeodesicArea::ofPolygon(east)) / 1e6;
    CHECK(collection["features"].toArray()[0].toObject()["properties"].toObject()["area_km2"].toDouble()
        == Approx(expected).margin(0.01));
}

TEST_CASE("Bad territorial input is refused in one line with exit 1 and nothing written", "[cli]")
{
    AreaDatabase db;
    db.ok({"area", "add", "--party", kAz, "--date", "2022-09-14", "--wkt", kClaimedWkt});
    const QString before = db.dump();
    const QString emptyKml = db.file("empty.kml",
        R"(<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>nothing</name></Document></kml>)");
    const QString withLine = db.file("line.geojson",
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"day":"2022-09-15"},"geometry":{"type":"Polygon","coordinates":[[[45,39],[46,39],[46,40],[45,39]]]}},{"type":"Feature","properties":{"day":"2022-09-16"},"geometry":{"type":"LineString","coordinates":[[45,39],[46,40]]}}]})");
    const QString badDay = db.file("badday.geojson",
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"day":"15/09/2022"},"geometry":{"type":"Polygon","coordinates":[[[45,39],[46,39],[46,40],[45,39]]]}}]})");
    const QString unclosed
        = db.file("unclosed.geojson", R"({"type":"Polygon","coordinates":[[[45,39],[46,39],[46,40],[45,40]]]})");
    const QString collection
        = db.file("collection.geojson", R"({"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[45,39]}]})");

    struct Case {
        QStringList arguments;
        QString error;
    };
    const std::vector<Case> cases{
        {{"area", "add", "--party", kAz, "--date", "2022-09-15", "--wkt", "POLYGON ((45 39, 46 40, 46 39, 45 40, 45 39))"},
            "--wkt: a ring crosses itself or another ring at 45.50000 E, 39.50000 N (--repair makes it valid)"},
        {{"area", "add", "--party", kAz, "--date", "2022-09-15", "--geojson", unclosed},
            "--geojson: " + unclosed + ": geometry: ring 1 is not closed: its last position must repeat its first"},
        {{"area", "add", "--party", kAz, "--date", "2022-09-15", "--geojson", collection},
            "--geojson: " + collection + ": geometry: GeometryCollection is not supported; give one kind of geometry per record"},
        {{"area", "add", "--party", kAz, "--date", "2022-09-15", "--wkt", "POLYGON EMPTY"}, "--wkt: the geometry is empty"},
        {{"area", "add", "--party", kAz, "--date", "2022-09-15", "--wkt", "POLYGON ((45 39, 46 39, 46 95, 45 39))"},
            "--wkt: latitude 95 is outside [-90, 90]"},
        {{"area", "add", "--party", kAz, "--date", "2022-09-15", "--wkt", "LINESTRING (45 39, 46 40)"},
            "--wkt: an area must be a Polygon or MultiPolygon, not a LineString"},
        {{"area", "add", "--party", kAz, "--date", "14.09.2022", "--wkt", kClaimedWkt},
            "--date: '14.09.2022' is not a day in the form YYYY-MM-DD"},
        {{"area", "add", "--party", kAz, "--date", "2022-09", "--wkt", kClaimedWkt},
            "--date: '2022-09' is not a day in the form YYYY-MM-DD"},
        {{"area", "add", "--party", kAz, "--date", "2022-09-15", "--wkt", kClaimedWkt, "--source", "7"},
            "source: there is no source 7"},
        {{"area", "import", emptyKml, "--party", kAz, "--date", "2022-09-15"}, emptyKml + ": no features"},
        {{"area", "import", withLine, "--party", kAz, "--date-field", "day"},
            withLine + ": feature 2: an area must be a Polygon or MultiPolygon, not a LineString"},
        {{"area", "import", badDay, "--party", kAz, "--date-field", "day"},
            badDay + ": feature 1: day: '15/09/2022' is not a day in the form YYYY-MM-DD"},
        {{"area", "import", badDay, "--party", kAz, "--date-field", "when"}, badDay + ": feature 1: there is no field 'when'"},
        {{"area", "change", "--party", "Atlantis", "--from", "2022-09-01", "--to", "2022-09-30"},
            "party: there is no party \"Atlantis\""},
        {{"area", "change", "--party", kAz, "--from", "2022-09-01", "--to", "30 September"},
            "--to: '30 September' is not a day in the form YYYY-MM-DD"},
        {{"area", "at", "2022-02-30"}, "area at: '2022-02-30' is not a day in the form YYYY-MM-DD"},
    };
    for (const Case &c : cases) {
        INFO(c.arguments.join(' ').toStdString());
        const Run out = db.run(c.arguments);
        CHECK(out.exitCode == 1);
        CHECK(out.err == "conflictmap-cli: " + c.error + "\n");
        CHECK(out.out.isEmpty());
    }
    CHECK(db.dump() == before);
}

TEST_CASE("An invalid area is repaired when asked and the change reported", "[cli]")
{
    AreaDatabase db;
    const Run out = db.run({"area", "add", "--party", kAz, "--date", "2022-09-15", "--repair", "--wkt",
        "POLYGON ((45 39, 46 40, 46 39, 45 40, 45 39))"});
    INFO(out.err.toStdString());
    REQUIRE(out.exitCode == 0);
    CHECK(out.out.trimmed() == "1");
    CHECK(out.err
        == "conflictmap-cli: warning: repaired: the polygon was split into 2 parts where a ring crosses itself or another ring "
           "at 45.50000 E, 39.50000 N (area now 4,774.8 km²)\n");
    const QJsonArray at = jsonArrayOf(db.ok({"area", "at", "2022-09-15", "--format", "json"}));
    REQUIRE(at.size() == 1);
    CHECK(at[0].toObject()["area_km2"].toDouble() > 4000);
}

TEST_CASE("Parties keep distinct colours and a colour can be changed", "[cli]")
{
    AreaDatabase db;
    db.ok({"area", "add", "--party", kAz, "--date", "2022-09-14", "--wkt", kClaimedWkt});
    db.ok({"area", "add", "--party", QString::fromUtf8("Հայաստան"), "--date", "2022-09-14", "--wkt",
        "POLYGON ((45.5 39.5, 45.8 39.5, 45.8 39.8, 45.5 39.5))"});
    QJsonArray parties = jsonArrayOf(db.ok({"party", "list", "--format", "json"}));
    REQUIRE(parties.size() == 2);
    CHECK(parties[1].toObject()["name"].toString() == QString::fromUtf8("Հայաստան"));
    CHECK(parties[0].toObject()["color"].toString() != parties[1].toObject()["color"].toString());
    db.ok({"party", "color", kAz, "#123ABC"});
    parties = jsonArrayOf(db.ok({"party", "list", "--format", "json"}));
    CHECK(parties[0].toObject()["color"].toString() == "#123abc");
    const Run bad = db.run({"party", "color", kAz, "blue"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err == "conflictmap-cli: color: 'blue' is not #rrggbb\n");
}
