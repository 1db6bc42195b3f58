// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "BoxGeometry.h"
#include "IncidentDatabase.h"
#include "IncidentDetails.h"
#include "IncidentListModel.h"
#include "IncidentQuery.h"
#include "MapView.h"
#include "TestPaths.h"
#include "geo/BoundaryLayer.h"
#include "layers/IncidentShapeLayer.h"
#include "quick/AppWindow.h"
#include "quick/MapScene.h"
#include "store/IncidentStore.h"

#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QTest>

using namespace conflictmap;

namespace {
// A movement eastwards along 39.1 N, a front line along 39.5 N (both
// 45.6-46.0 E), and a shelled area 46.3-46.7 E, 39.2-39.5 N.
constexpr double kWest = 45.6, kEast = 46.0, kMovementLat = 39.1, kFrontLat = 39.5;
const QColor kReported(0x2c, 0x6f, 0xbb), kDisputed(0x8a, 0x3a, 0xb9), kConfirmed(0xc0, 0x39, 0x2b);
const QString kQuote = QStringLiteral("Колонна двигалась на юго-восток");

Incident shapeIncident(const char *type, const char *title, IncidentStatus status, Geometry shape)
{
    Incident incident;
    incident.type = QLatin1String(type);
    incident.title = QLatin1String(title);
    incident.date = PartialDate::parse(QStringLiteral("2022-10-02"), nullptr);
    incident.precision = LocationPrecision::Exact;
    incident.status = status;
    incident.shape = std::move(shape);
    return incident;
}

void addShapes(IncidentStore &store)
{
    REQUIRE(store.addIncident(shapeIncident("troop_movement", "Column", IncidentStatus::Reported,
        Geometry::lineString({{kWest, kMovementLat}, {45.8, kMovementLat}, {kEast, kMovementLat}}))));
    REQUIRE(store.addIncident(shapeIncident("territory_captured", "Front", IncidentStatus::Disputed,
        Geometry::lineString({{kWest, kFrontLat}, {kEast, kFrontLat}}))));
    REQUIRE(store.addIncident(shapeIncident("shelling", "Shelled zone", IncidentStatus::Confirmed, box(46.3, 39.2, 46.7, 39.5))));
}

// A database of the three shapes and no other incident.
struct ShapeDatabase {
    QTemporaryDir dir;
    IncidentDatabase database{dir.filePath("incidents.sqlite"), BoundaryLayer::defaultPath()};
    IncidentQuery query;
    IncidentListModel incidents;

    ShapeDatabase()
    {
        REQUIRE(database.isOpen());
        conflictmap::test::deleteAllIncidents(*database.store()); // the sample's
        addShapes(*database.store());
        incidents.setQuery(&query);
        incidents.setDatabase(&database);
        REQUIRE(incidents.rowCount() == 3);
    }
};

bool isBackground(const QColor &c)
{
    return c.blue() > c.red() && std::abs(c.red() - 0xdd) <= 6 && std::abs(c.green() - 0xe6) <= 6;
}

bool near(const QColor &c, const QColor &expected, int tolerance = 40)
{
    return std::abs(c.red() - expected.red()) <= tolerance && std::abs(c.green() - expected.green()) <= tolerance
        && std::abs(c.blue() - expected.blue()) <= tolerance;
}

QColor pixel(MapScene &scene, const QImage &image, double lon, double lat, QPointF offset = {})
{
    const QPointF at = scene.map()->mapToScene(scene.map()->fromCoordinate(QGeoCoordinate(lat, lon))) + offset;
    return image.pixelColor(at.toPoint());
}

void checkShapesDrawn(MapScene &scene)
{
    ShapeDatabase db;
    auto *layer = scene.map()->findChild<IncidentShapeLayer *>(QStringLiteral("shapes"));
    REQUIRE(layer);
    layer->setIncidents(&db.incidents);
    REQUIRE(QTest::qWaitFor([&] { return !layer->loading() && layer->shapeCount() == 3; }, 10000));
    const QImage image = scene.grab();

    // The lines in their status colour along their length, the ground beside them.
    for (const double lon : {45.7, 45.8, 45.9}) {
        INFO(lon);
        CHECK(near(pixel(scene, image, lon, kMovementLat), kReported));
        CHECK(near(pixel(scene, image, lon, kFrontLat), kDisputed));
        CHECK(isBackground(pixel(scene, image, lon, kMovementLat, {0, 6})));
    }
    // An arrowhead at the movement's end (east): wider than the line just
    // behind its tip; none at the front line's end.
    for (const double dy : {-3.0, 3.0}) {
        INFO(dy << " " << pixel(scene, image, kEast, kMovementLat, {-10, dy}).name().toStdString());
        CHECK(near(pixel(scene, image, kEast, kMovementLat, {-10, dy}), kReported));
        CHECK(isBackground(pixel(scene, image, kEast, kFrontLat, {-10, dy})));
        CHECK(isBackground(pixel(scene, image, kWest, kMovementLat, {10, dy}))); // nor at its start
    }
    // The area tinted in its colour, translucent over the ground.
    const QColor inside = pixel(scene, image, 46.5, 39.35);
    INFO(inside.name().toStdString());
    CHECK_FALSE(isBackground(inside));
    CHECK(inside.red() > inside.blue() + 20);
    CHECK(isBackground(pixel(scene, image, 46.5, 39.6)));

    // Selected: the front line is drawn wider, in the selection's casing.
    const qint64 front = conflictmap::test::idOfTitle(*db.database.store(), "Front");
    layer->setSelectedIncident(front);
    const QImage selected = scene.grab();
    CHECK_FALSE(isBackground(pixel(scene, selected, 45.8, kFrontLat, {0, 3})));
    CHECK(isBackground(pixel(scene, image, 45.8, kFrontLat, {0, 3})));

    // Hit tests: on a line, within a few pixels of it, inside the area, and nowhere.
    const auto idAt = [&](double lon, double lat, QPointF offset = {}) {
        return layer->shapeAt(scene.map()->fromCoordinate(QGeoCoordinate(lat, lon)) + offset).value("incidentId").toLongLong();
    };
    CHECK(idAt(45.75, kFrontLat, {0, 4}) == front);
    CHECK(idAt(45.75, kMovementLat) == conflictmap::test::idOfTitle(*db.database.store(), "Column"));
    CHECK(idAt(46.5, 39.35) == conflictmap::test::idOfTitle(*db.database.store(), "Shelled zone"));
    CHECK(idAt(45.75, kFrontLat, {0, 12}) == 0);

    // A filter the list applies is applied to the shapes too.
    db.query.setStatus(QStringLiteral("confirmed"));
    REQUIRE(QTest::qWaitFor([&] { return !layer->loading() && layer->shapeCount() == 1; }, 10000));
    CHECK(isBackground(pixel(scene, scene.grab(), 45.8, kMovementLat)));
}

QString scene()
{
    return QStringLiteral("IncidentShapeLayer {\n"
                          "    objectName: \"shapes\"\n"
                          "    statusColors: ({reported: \"#2c6fbb\", claimed: \"#e08a00\", disputed: \"#8a3ab9\","
                          " confirmed: \"#c0392b\", denied: \"#7f8c8d\"})\n"
                          "}\n"
                          "center: QtPositioning.coordinate(39.3, 46.1)\nzoomLevel: 8");
}
} // namespace

TEST_CASE("incidents' lines are drawn wide with arrowheads on movements and areas tinted (software renderer)",
    "[quick][layers][shapes]")
{
    MapScene map(scene());
    REQUIRE(map.window().rendererInterface()->graphicsApi() == QSGRendererInterface::Software);
    checkShapesDrawn(map);
}

TEST_CASE("incidents' lines are drawn wide with arrowheads on movements and areas tinted (OpenGL)", "[gl]")
{
    MapScene map(scene());
    REQUIRE(map.window().rendererInterface()->graphicsApi() != QSGRendererInterface::Software);
    checkShapesDrawn(map);
}

TEST_CASE("the details of a line or area give its length or area and the units it touches", "[quick][shapes]")
{
    ShapeDatabase db;
    IncidentStore &store = *db.database.store();
    IncidentDetails details;
    details.setDatabase(&db.database);

    const qint64 column = conflictmap::test::idOfTitle(store, "Column");
    details.setIncidentId(column);
    REQUIRE(details.valid());
    const std::optional<Incident> line = store.incident(column);
    REQUIRE(line);
    REQUIRE_FALSE(line->regionShares.empty());
    // 0.4° of longitude at 39.1° N: about 34.6 km.
    CHECK(details.location().startsWith("Line, 34.6 km, across "));
    for (const RegionShare &share : line->regionShares)
        CHECK(details.location().contains(share.region));

    const qint64 zone = conflictmap::test::idOfTitle(store, "Shelled zone");
    details.setIncidentId(zone);
    INFO(details.location().toStdString());
    // 0.4° × 0.3° at 39.35° N: about 34.4 × 33.3 km.
    CHECK(details.location().startsWith("Area, 11"));
    CHECK(details.location().contains(" km², in "));
    CHECK(details.location().contains(store.incident(zone)->regionShares.front().region));
}

TEST_CASE("in the app a click on an incident's line selects it and the panel shows its claim", "[quick][shapes][app]")
{
    qint64 column = 0;
    conflictmap::test::AppWindow app([&](IncidentStore &store) {
        conflictmap::test::deleteAllIncidents(store);
        Source source;
        source.title = QStringLiteral("Сводка");
        source.url = QStringLiteral("https://example.org/report");
        auto sourceId = store.addSource(source);
        REQUIRE(sourceId);
        Incident incident = shapeIncident(
            "troop_movement", "Column moving east", IncidentStatus::Claimed, Geometry::lineString({{45.8, 39.6}, {46.4, 39.4}}));
        Claim claim;
        claim.sourceId = *sourceId;
        claim.claimant = QStringLiteral("Ministry");
        claim.stance = Stance::Claims;
        claim.quote = kQuote;
        incident.claims.push_back(claim);
        auto added = store.addIncident(incident);
        REQUIRE(added);
        column = *added;
    });
    auto *layer = app.window->findChild<IncidentShapeLayer *>("incidentShapeLayer");
    REQUIRE(layer);
    REQUIRE(QTest::qWaitFor([&] { return !layer->loading() && layer->shapeCount() == 1; }, 10000));
    REQUIRE(app.selected() != column);

    // A quarter of the way along, away from its symbol (halfway), 2 px off the line.
    const QPointF at = app.map->fromCoordinate(QGeoCoordinate(39.55, 45.95)) + QPointF(0, 2);
    CHECK(app.symbols().size() == 1);
    app.click(app.map, at);
    REQUIRE(QTest::qWaitFor([&] { return app.selected() == column; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return app.item("incidentPanel")->isVisible(); }, 5000));
    CHECK(layer->selectedIncident() == column);
    QList<QQuickItem *> quotes;
    conflictmap::test::collect(app.item("incidentPanel"), QStringLiteral("claimQuote"), quotes);
    REQUIRE(quotes.size() == 1);
    CHECK(quotes.first()->property("text").toString() == kQuote);
    CHECK(app.item("incidentLocation")->property("text").toString().startsWith("Line, "));

    // A click on the ground clears nothing and selects nothing else.
    app.click(app.map, app.map->fromCoordinate(QGeoCoordinate(40.3, 45.9)));
    QTest::qWait(100);
    CHECK(app.selected() == column);
}

TEST_CASE("the app imports a KML file of a line and an area and draws both", "[quick][shapes][import]")
{
    conflictmap::test::AppWindow app([](IncidentStore &store) { conflictmap::test::deleteAllIncidents(store); });
    const QString file = testpaths::data("front-line-and-area.kml");
    QObject *dialog = app.window->findChild<QObject *>("importDialog");
    REQUIRE(dialog);
    CHECK(dialog->property("nameFilters").toStringList().join(' ').contains("*.kml"));
    dialog->setProperty("selectedFile", QUrl::fromLocalFile(file));
    REQUIRE(QMetaObject::invokeMethod(dialog, "accepted"));
    REQUIRE(QTest::qWaitFor([&] { return !app.database.busy(); }, 60000));
    CHECK(app.item("notice")->property("text").toString() == "Imported 2 features: 2 added, 0 updated, 0 unchanged.");
    CHECK(app.database.store()->incidentCount() == 2);
    auto *layer = app.window->findChild<IncidentShapeLayer *>("incidentShapeLayer");
    REQUIRE(layer);
    REQUIRE(QTest::qWaitFor([&] { return !layer->loading() && layer->shapeCount() == 2; }, 10000));
}
