// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StoreFixture.h"

#include "BoxGeometry.h"

using namespace conflictmap;

namespace {
// From Goris in Syunik (AM-SU) east into Lachin (AZ-LAC), most of it in Syunik.
Geometry crossingLine()
{
    return Geometry::lineString({{46.2, 39.5}, {46.6, 39.55}});
}

Incident shapeIncident(StoreFixture &db, const Geometry &shape)
{
    Incident incident = db.pointIncident();
    incident.type = QStringLiteral("troop_movement");
    incident.title = QStringLiteral("A column crossing the border");
    incident.precision = LocationPrecision::Near;
    incident.lon = incident.lat = 0;
    incident.shape = shape;
    return incident;
}

std::vector<qint64> idsOf(const IncidentStore &store, const IncidentFilter &filter)
{
    auto found = store.incidents(filter);
    REQUIRE(found);
    std::vector<qint64> ids;
    for (const Incident &incident : found.value())
        ids.push_back(incident.id);
    return ids;
}

IncidentFilter inBox(double west, double south, double east, double north)
{
    IncidentFilter filter;
    filter.bbox = QRectF(QPointF(west, south), QPointF(east, north));
    return filter;
}
} // namespace

TEST_CASE("a line incident is stored with its shape and every unit it touches largest share first", "[store][shape]")
{
    StoreFixture db;
    auto id = db.store->addIncident(shapeIncident(db, crossingLine()));
    INFO(id.error().toStdString());
    REQUIRE(id);
    db.store = db.open();
    const auto read = db.store->incident(id.value());
    REQUIRE(read);
    REQUIRE(read->shape);
    CHECK(*read->shape == crossingLine());
    // Shown halfway along the line.
    CHECK(read->lon == Approx(46.4));
    CHECK(read->lat == Approx(39.525));
    CHECK(read->region == "AM-SU");
    REQUIRE(read->regionShares.size() == 2);
    CHECK(read->regionShares[0].region == "AM-SU");
    CHECK(read->regionShares[1].region == "AZ-LAC");
    CHECK(read->regionShares[0].share > read->regionShares[1].share);
    CHECK(read->regionShares[0].share + read->regionShares[1].share == Approx(1.0));
    CHECK(read->regionShares[1].share == Approx(0.18).margin(0.02));

    // The spatial index holds its box, not its point.
    const QString boxSql = QString::fromLatin1(StoreFixture::onServer()
            ? "SELECT ST_XMin(footprint), ST_XMax(footprint), ST_YMin(footprint), ST_YMax(footprint) FROM incidents WHERE id = %1"
            : "SELECT min_lon, max_lon, min_lat, max_lat FROM incident_location WHERE id = %1")
                               .arg(id.value());
    const QStringList box = db.rows(boxSql.toUtf8().constData());
    REQUIRE(box.size() == 1);
    const QStringList edges = box.front().split('|');
    CHECK(edges[0].toDouble() == Approx(46.2).margin(1e-5));
    CHECK(edges[1].toDouble() == Approx(46.6).margin(1e-5));
    CHECK(edges[2].toDouble() == Approx(39.5).margin(1e-5));
    CHECK(edges[3].toDouble() == Approx(39.55).margin(1e-5));
}

TEST_CASE("an area is stored by the right-hand rule and read back exactly with its hole", "[store][shape]")
{
    StoreFixture db;
    Polygon area;
    // Clockwise, as Google Earth often writes it, with a counterclockwise hole.
    area.rings.push_back({{45.9, 39.6}, {45.95, 39.85}, {46.1, 39.8}, {46.1, 39.6}});
    area.rings.push_back({{45.97, 39.65}, {46.05, 39.65}, {46.05, 39.7}, {45.97, 39.7}});
    auto id = db.store->addIncident(shapeIncident(db, Geometry::polygon(area)));
    INFO(id.error().toStdString());
    REQUIRE(id);
    const auto read = db.store->incident(id.value());
    REQUIRE(read->shape);
    Geometry expected = Geometry::polygon(area);
    expected.orientByRightHandRule();
    CHECK(*read->shape == expected);
    CHECK(signedAreaOf(read->shape->polygons[0].rings[0]) > 0);
    CHECK(signedAreaOf(read->shape->polygons[0].rings[1]) < 0);
    CHECK(contains(read->shape->polygons[0], QPointF(read->lon, read->lat)));
    CHECK(read->regionShares.front().region == read->region);
}

TEST_CASE("a map extent finds an area it overlaps though the area's point is outside it", "[store][shape]")
{
    StoreFixture db;
    const Geometry area = box(45.9, 39.6, 46.1, 39.8);
    auto areaId = db.store->addIncident(shapeIncident(db, area));
    REQUIRE(areaId);
    // An L: its box covers the north-west corner, the line does not.
    auto lineId = db.store->addIncident(shapeIncident(db, Geometry::lineString({{46.0, 39.5}, {46.4, 39.5}, {46.4, 39.9}})));
    REQUIRE(lineId);
    auto pointId = db.store->addIncident(db.pointIncident(45.92, 39.62));
    REQUIRE(pointId);

    const IncidentFilter corner = inBox(45.91, 39.61, 45.93, 39.63);
    const auto area2 = db.store->incident(areaId.value());
    REQUIRE_FALSE(corner.bbox->contains(QPointF(area2->lon, area2->lat)));
    CHECK(idsOf(*db.store, corner) == std::vector<qint64>{areaId.value(), pointId.value()});
    // Inside the L's box, beside the line: only what is really there.
    CHECK(idsOf(*db.store, inBox(46.02, 39.82, 46.1, 39.88)).empty());
    CHECK(idsOf(*db.store, inBox(46.35, 39.85, 46.45, 39.95)) == std::vector<qint64>{lineId.value()});
    // A view wholly inside the area finds it: no edge, no vertex in view.
    CHECK(idsOf(*db.store, inBox(45.95, 39.65, 45.96, 39.66)) == std::vector<qint64>{areaId.value()});
    auto counted = db.store->count(corner);
    REQUIRE(counted);
    CHECK(counted.value() == 2);
}

TEST_CASE("the region filter finds a line by every unit it touches and the counts include it", "[store][shape]")
{
    StoreFixture db;
    auto id = db.store->addIncident(shapeIncident(db, crossingLine()));
    REQUIRE(id);
    REQUIRE(db.store->addIncident(db.pointIncident()));
    for (const char *region : {"AZ-LAC", "AZ"}) {
        INFO(region);
        IncidentFilter filter;
        filter.region = QLatin1String(region);
        CHECK(idsOf(*db.store, filter) == std::vector<qint64>{id.value()});
    }
    IncidentFilter syunik;
    syunik.region = "AM-SU";
    CHECK(idsOf(*db.store, syunik).size() == 2);
    const auto counts = db.store->incidentCountsByRegion();
    CHECK(counts.at("AM-SU") == 2);
    CHECK(counts.at("AZ-LAC") == 1);

    qint64 scanned = 0;
    auto scan = db.store->scan(syunik, [&](const IncidentRow &row) {
        if (row.id == id.value()) {
            CHECK_FALSE(row.geometry.empty());
            REQUIRE(row.regions.size() == 2);
            CHECK(row.regions[1].region == "AZ-LAC");
        } else {
            CHECK(row.geometry.empty());
            CHECK(row.regions.empty());
        }
        ++scanned;
        return true;
    });
    REQUIRE(scan);
    CHECK(scanned == 2);
}

TEST_CASE("an invalid area or a shape with region precision is refused and nothing is written", "[store][shape]")
{
    StoreFixture db;
    REQUIRE(db.store->addIncident(db.pointIncident()));
    const QString before = db.snapshot();
    Polygon bowTie;
    bowTie.rings.push_back({{45, 39}, {46, 40}, {46, 39}, {45, 40}});
    auto added = db.store->addIncident(shapeIncident(db, Geometry::polygon(bowTie)));
    REQUIRE_FALSE(added);
    CHECK(added.error() == "geometry: a ring crosses itself or another ring at 45.50000 E, 39.50000 N");

    Incident regional = shapeIncident(db, crossingLine());
    regional.precision = LocationPrecision::Region;
    regional.region = "AM-SU";
    added = db.store->addIncident(regional);
    REQUIRE_FALSE(added);
    CHECK(added.error().startsWith("precision: region precision is for a position known only by its unit"));

    Incident elsewhere = shapeIncident(db, crossingLine());
    elsewhere.region = "AM-ER";
    added = db.store->addIncident(elsewhere);
    REQUIRE_FALSE(added);
    CHECK(added.error() == "region: the line does not touch AM-ER (it touches AM-SU, AZ-LAC)");
    CHECK(db.snapshot() == before);
}

TEST_CASE("editing a shape moves its regions and a point replaces it and undo puts it back", "[store][shape]")
{
    StoreFixture db;
    auto id = db.store->addIncident(shapeIncident(db, crossingLine()));
    REQUIRE(id);
    Incident incident = *db.store->incident(id.value());

    // Reshaped into Lachin alone: its region follows.
    incident.shape = Geometry::lineString({{46.58, 39.54}, {46.62, 39.56}});
    auto updated = db.store->updateIncident(incident);
    INFO(updated.error().toStdString());
    REQUIRE(updated);
    Incident moved = *db.store->incident(id.value());
    CHECK(moved.region == "AZ-LAC");
    REQUIRE(moved.regionShares.size() == 1);
    CHECK(moved.regionShares[0].share == 1.0);

    // A point instead: no shape, no touched units left behind.
    Incident point = moved;
    point.shape.reset();
    point.lon = 46.338;
    point.lat = 39.507;
    REQUIRE(db.store->updateIncident(point));
    const Incident asPoint = *db.store->incident(id.value());
    CHECK_FALSE(asPoint.shape);
    CHECK(asPoint.region == "AM-SU");
    CHECK(asPoint.regionShares.empty());
    IncidentFilter lachin;
    lachin.region = "AZ-LAC";
    CHECK(idsOf(*db.store, lachin).empty());

    // Undo, as the app does it: the shape and its units come back.
    REQUIRE(db.store->putIncident(moved));
    CHECK(db.store->incident(id.value())->shape == moved.shape);
    CHECK(idsOf(*db.store, lachin) == std::vector<qint64>{id.value()});
    REQUIRE(db.store->deleteIncident(id.value()));
    REQUIRE(db.store->putIncident(moved));
    CHECK(db.store->incident(id.value())->regionShares.size() == 1);

    REQUIRE(db.store->deleteIncident(id.value()));
    CHECK(db.rows("SELECT count(*) FROM incident_regions") == QStringList{"0|"});
}

TEST_CASE("a single point given as a shape is stored as a point", "[store][shape]")
{
    StoreFixture db;
    Incident incident = shapeIncident(db, Geometry::point({46.338, 39.507}));
    auto id = db.store->addIncident(incident);
    REQUIRE(id);
    const Incident read = *db.store->incident(id.value());
    CHECK_FALSE(read.shape);
    CHECK(read.lon == 46.338);
    CHECK(read.region == "AM-SU");
}
