// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "MapScene.h"
#include "MapStyle.h"
#include "MapView.h"
#include "RegionLabelModel.h"
#include "layers/BoundaryMapLayer.h"
#include "layers/PolygonLayer.h"
#include "map/Boundaries.h"

#include <QAbstractItemModelTester>
#include <QGeoRectangle>
#include <QSGRendererInterface>
#include <QSignalSpy>
#include <QTest>

using conflictmap::MapView;

namespace {
const QString kDefaultLayer = MapScene::boundaryLayer(conflictmap::BoundaryLayer::defaultPath());
const QString kWorldGround = MapScene::groundLayer(conflictmap::BoundaryLayer::worldPath());
// The border region, as the app opens on it.
const QString kBorderView = QStringLiteral("\nvisibleRegion: QtPositioning.rectangle("
                                           "QtPositioning.coordinate(40.6, 44.6), QtPositioning.coordinate(38.8, 51.0))");

struct Place {
    double lon, lat;
};
const Place kGoris{46.338, 39.507}; // Syunik
const Place kSisian{46.030, 39.520}; // Syunik
const Place kFuzuli{47.145, 39.601}; // Fuzuli district
const Place kCaspian{50.40, 39.50}; // open water

QPoint screenOf(MapView *map, const Place &p)
{
    return map->fromCoordinate(QGeoCoordinate(p.lat, p.lon)).toPoint();
}

bool near(const QColor &a, const QColor &b, int tolerance = 3)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

// The same checks on whichever renderer the platform gives: software
// offscreen, OpenGL under Xvfb.
void checkRegionsAreDrawnWhereTheyAre(MapScene &scene)
{
    REQUIRE(scene.waitForLoad());
    REQUIRE(scene.boundaryLayer()->ready());
    const QImage before = scene.grab();
    REQUIRE(!before.isNull());
    const QColor background = conflictmap::MapStyle::background();
    const QColor goris = scene.pixelAt(before, kGoris.lon, kGoris.lat);
    const QColor sisian = scene.pixelAt(before, kSisian.lon, kSisian.lat);
    const QColor fuzuli = scene.pixelAt(before, kFuzuli.lon, kFuzuli.lat);
    INFO("goris " << goris.name().toStdString() << " sisian " << sisian.name().toStdString() << " fuzuli "
                  << fuzuli.name().toStdString());
    CHECK(near(scene.pixelAt(before, kCaspian.lon, kCaspian.lat), background));
    CHECK_FALSE(near(goris, background, 8));
    CHECK(near(goris, sisian)); // one region, one fill
    CHECK_FALSE(near(goris, fuzuli, 8)); // Armenia and Azerbaijan differ

    // Hovering highlights the region under the cursor.
    // The first move enters the window, the second hovers over the map.
    const QPoint gorisAt = scene.map()->mapToScene(screenOf(scene.map(), kGoris)).toPoint();
    QTest::mouseMove(&scene.window(), gorisAt - QPoint(1, 1));
    QTest::mouseMove(&scene.window(), gorisAt);
    REQUIRE(QTest::qWaitFor([&] { return scene.boundaryLayer()->hoveredRegion().value("code") == "AM-SU"; }, 2000));
    CHECK(scene.boundaryLayer()->hoveredRegion().value("areaKm2").toDouble() == Approx(4506).epsilon(0.05));
    const QImage hovered = scene.grab();
    CHECK_FALSE(near(scene.pixelAt(hovered, kGoris.lon, kGoris.lat), goris, 8));
    CHECK(near(scene.pixelAt(hovered, kFuzuli.lon, kFuzuli.lat), fuzuli));

    // Clicking selects it.
    const QPoint click = scene.map()->mapToScene(screenOf(scene.map(), kFuzuli)).toPoint();
    QTest::mouseClick(&scene.window(), Qt::LeftButton, {}, click);
    REQUIRE(QTest::qWaitFor([&] { return scene.boundaryLayer()->selectedRegion().value("code") == "AZ-FUZ"; }, 2000));
    const QImage selected = scene.grab();
    CHECK_FALSE(near(scene.pixelAt(selected, kFuzuli.lon, kFuzuli.lat), fuzuli, 8));

    // Zoomed out, a simplified level of detail is drawn, in the same place.
    scene.map()->setZoomLevel(5);
    scene.map()->setCenter(QGeoCoordinate(39.5, 46.0));
    const QImage coarse = scene.grab();
    CHECK(near(scene.pixelAt(coarse, kCaspian.lon, kCaspian.lat), background));
    CHECK_FALSE(near(scene.pixelAt(coarse, 46.6, 38.3), background, 8)); // inside Iran's East Azerbaijan
    CHECK_FALSE(near(scene.pixelAt(coarse, 43.1, 40.55), background, 8)); // inside Turkey's Kars
    CHECK_FALSE(near(scene.pixelAt(coarse, 46.6, 38.3), scene.pixelAt(coarse, 43.1, 40.55), 8)); // two countries
}

const Place kKharkiv{36.23, 49.99}; // Ukraine: outside the bundled layer
const Place kBlackSea{34.0, 43.0};

// The world's countries under the layer: ground wherever the layer has
// none, the sea left as sea, the layer drawn over it where it has units.
void checkGroundUnderTheLayer(MapScene &scene)
{
    REQUIRE(scene.waitForLoad());
    REQUIRE(scene.boundaryLayer()->ready());
    REQUIRE(QTest::qWaitFor([&] { return scene.groundLayer()->prepared() != nullptr; }, 10000));
    scene.map()->setZoomLevel(4);
    scene.map()->setCenter(QGeoCoordinate(44.5, 40.0));
    const QImage image = scene.grab();
    const QColor background = conflictmap::MapStyle::background();
    CHECK_FALSE(near(scene.pixelAt(image, kKharkiv.lon, kKharkiv.lat), background, 8));
    CHECK(near(scene.pixelAt(image, kBlackSea.lon, kBlackSea.lat), background));
    CHECK_FALSE(near(scene.pixelAt(image, kGoris.lon, kGoris.lat), background, 8));
    // The ground is not hovered: only the layer's units are.
    CHECK(scene.boundaryLayer()->regionAt(screenOf(scene.map(), kKharkiv)).isEmpty());
}
} // namespace

TEST_CASE("the world's countries are drawn under the boundary layer (software renderer)", "[quick][map][ground]")
{
    MapScene scene(kWorldGround + kDefaultLayer);
    checkGroundUnderTheLayer(scene);
}

TEST_CASE("the world's countries are drawn under the boundary layer (OpenGL)", "[gl]")
{
    MapScene scene(kWorldGround + kDefaultLayer);
    REQUIRE(scene.window().rendererInterface()->graphicsApi() != QSGRendererInterface::Software);
    checkGroundUnderTheLayer(scene);
}

TEST_CASE("a ground layer that cannot be read leaves the map working", "[quick][map][ground]")
{
    MapScene scene(MapScene::groundLayer("/no/such/world.gpkg") + kDefaultLayer + kBorderView);
    REQUIRE(scene.waitForLoad());
    CHECK(scene.boundaryLayer()->ready());
    CHECK(scene.groundLayer()->prepared() == nullptr);
    CHECK(scene.groundLayer()->errorString() == "/no/such/world.gpkg: no such file");
    CHECK(scene.boundaryLayer()->regionAt(screenOf(scene.map(), kGoris)).value("code") == "AM-SU");
}

TEST_CASE("map draws regions where they are and highlights them (software renderer)", "[quick][map]")
{
    MapScene scene(kDefaultLayer + kBorderView);
    CHECK(scene.window().rendererInterface()->graphicsApi() == QSGRendererInterface::Software);
    checkRegionsAreDrawnWhereTheyAre(scene);
}

TEST_CASE("map draws regions where they are and highlights them (OpenGL)", "[gl]")
{
    MapScene scene(kDefaultLayer + kBorderView);
    REQUIRE(scene.window().rendererInterface()->graphicsApi() != QSGRendererInterface::Software);
    checkRegionsAreDrawnWhereTheyAre(scene);

    // A new CRS uploads new geometry and draws it.
    scene.map()->setCrs("EPSG:32638");
    REQUIRE(QTest::qWaitFor([&] { return scene.boundaryLayer()->ready(); }, 10000));
    const QImage image = scene.grab();
    CHECK_FALSE(near(scene.pixelAt(image, kSisian.lon, kSisian.lat), conflictmap::MapStyle::background(), 8));
    CHECK(near(scene.pixelAt(image, kCaspian.lon, kCaspian.lat), conflictmap::MapStyle::background()));
}

TEST_CASE("toCoordinate inverts fromCoordinate in every display CRS", "[quick][map]")
{
    for (const char *crs : {"EPSG:3857", "EPSG:32638", "EPSG:4326", "EPSG:3395"}) {
        INFO(crs);
        MapScene scene(kDefaultLayer + QStringLiteral("\ncrs: \"%1\"").arg(crs));
        REQUIRE(scene.waitForLoad());
        REQUIRE(scene.boundaryLayer()->ready());
        for (const Place &p : {kGoris, kSisian, kFuzuli}) {
            const QGeoCoordinate c(p.lat, p.lon);
            const QPointF screen = scene.map()->fromCoordinate(c);
            REQUIRE(std::isfinite(screen.x()));
            const QGeoCoordinate back = scene.map()->toCoordinate(screen);
            CHECK(back.latitude() == Approx(p.lat).margin(1e-9));
            CHECK(back.longitude() == Approx(p.lon).margin(1e-9));
        }
        // Outside the item: invalid, as in Qt Location; unless not clipped.
        CHECK_FALSE(scene.map()->toCoordinate(QPointF(-10, -10)).isValid());
        CHECK(scene.map()->toCoordinate(QPointF(-10, -10), false).isValid());
        CHECK(std::isnan(scene.map()->fromCoordinate(QGeoCoordinate(0, 0)).x()));
    }
}

TEST_CASE("the first view shows the whole layer, and fitting a shape shows that shape", "[quick][map]")
{
    MapScene scene(kDefaultLayer);
    REQUIRE(scene.waitForLoad());
    MapView *map = scene.map();
    const QGeoRectangle all = map->visibleRegion().boundingGeoRectangle();
    CHECK(all.contains(QGeoCoordinate(46.86, 36.58)));
    CHECK(all.contains(QGeoCoordinate(35.98, 50.62)));

    const QGeoRectangle border(QGeoCoordinate(40.6, 44.6), QGeoCoordinate(38.8, 47.6));
    map->fitViewportToGeoShape(border, 10);
    const QPointF topLeft = map->fromCoordinate(border.topLeft());
    const QPointF bottomRight = map->fromCoordinate(border.bottomRight());
    REQUIRE(std::isfinite(topLeft.x()));
    REQUIRE(std::isfinite(bottomRight.x()));
    // One pair of sides touches the margins; the other fits inside them.
    const bool widthBound = std::abs(topLeft.x() - 10) < 1 && std::abs(bottomRight.x() - 790) < 1;
    const bool heightBound = std::abs(topLeft.y() - 10) < 1 && std::abs(bottomRight.y() - 590) < 1;
    CHECK((widthBound || heightBound));
    CHECK(map->center().latitude() == Approx(39.7).margin(0.05));
    CHECK(map->center().longitude() == Approx(46.1).margin(0.01));

    CHECK(scene.boundaryLayer()->fitViewToRegion("AM-SU"));
    CHECK(scene.boundaryLayer()->regionAt(QPointF(400, 300)).value("code") == "AM-SU");
    CHECK_FALSE(scene.boundaryLayer()->fitViewToRegion("XX-NOPE"));
}

TEST_CASE("wheel zoom keeps the point under the cursor, drag moves the map with the pointer", "[quick][map]")
{
    MapScene scene(kDefaultLayer);
    REQUIRE(scene.waitForLoad());
    MapView *map = scene.map();
    const QPointF cursor(200, 150);
    const QGeoCoordinate under = map->toCoordinate(cursor);
    const double zoom = map->zoomLevel();

    QWheelEvent wheel(
        cursor, map->mapToScene(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&scene.window(), &wheel);
    CHECK(map->zoomLevel() == Approx(zoom + 1.0));
    const QGeoCoordinate after = map->toCoordinate(cursor);
    CHECK(after.latitude() == Approx(under.latitude()).margin(1e-9));
    CHECK(after.longitude() == Approx(under.longitude()).margin(1e-9));

    const QPointF from(400, 300), to(500, 350);
    const QGeoCoordinate grabbed = map->toCoordinate(from);
    QTest::mousePress(&scene.window(), Qt::LeftButton, {}, from.toPoint());
    QTest::mouseMove(&scene.window(), QPoint(450, 325));
    QTest::mouseMove(&scene.window(), to.toPoint());
    QTest::mouseRelease(&scene.window(), Qt::LeftButton, {}, to.toPoint());
    const QGeoCoordinate moved = map->toCoordinate(to);
    CHECK(moved.latitude() == Approx(grabbed.latitude()).margin(1e-9));
    CHECK(moved.longitude() == Approx(grabbed.longitude()).margin(1e-9));
    CHECK(scene.boundaryLayer()->selectedRegion().isEmpty()); // a drag is not a click
}

TEST_CASE("zoom buttons and keys change the zoom level by whole steps within limits", "[quick][map]")
{
    MapScene scene(kDefaultLayer + "\nzoomLevel: 7");
    REQUIRE(scene.waitForLoad());
    MapView *map = scene.map();
    CHECK(map->zoomLevel() == Approx(7));
    map->zoomIn();
    CHECK(map->zoomLevel() == Approx(8));
    map->forceActiveFocus();
    QTest::keyClick(&scene.window(), Qt::Key_Minus);
    QTest::keyClick(&scene.window(), Qt::Key_Minus);
    CHECK(map->zoomLevel() == Approx(6));
    map->setZoomLevel(50);
    CHECK(map->zoomLevel() == Approx(map->maximumZoomLevel()));
    map->setZoomLevel(-3);
    CHECK(map->zoomLevel() == Approx(map->minimumZoomLevel()));
}

TEST_CASE("changing the display CRS keeps centre and scale and redraws", "[quick][map]")
{
    MapScene scene(kDefaultLayer);
    REQUIRE(scene.waitForLoad());
    MapView *map = scene.map();
    map->setCenter(QGeoCoordinate(39.5, 46.3));
    map->setZoomLevel(8);
    const double metersPerPixel = map->metersPerPixel();
    map->setCrs("EPSG:32638");
    REQUIRE(QTest::qWaitFor([&] { return scene.boundaryLayer()->ready(); }, 10000));
    CHECK(map->crsName() == "WGS 84 / UTM zone 38N");
    CHECK(map->center().latitude() == Approx(39.5).margin(1e-9));
    CHECK(map->center().longitude() == Approx(46.3).margin(1e-9));
    // The ground scale is kept, though zoom levels of the two CRSs differ
    // (Web Mercator stretches by 1/cos(latitude)).
    CHECK(map->metersPerPixel() == Approx(metersPerPixel).epsilon(0.001));
    CHECK(map->zoomLevel() == Approx(8 - std::log2(std::cos(39.5 * M_PI / 180))).margin(0.01));
    const QImage image = scene.grab();
    CHECK_FALSE(near(scene.pixelAt(image, kGoris.lon, kGoris.lat), conflictmap::MapStyle::background(), 8));
}

TEST_CASE("labels follow the chosen language, Arabic included", "[quick][map]")
{
    MapScene scene(kDefaultLayer, QSize(1200, 900));
    REQUIRE(scene.waitForLoad());
    MapView *map = scene.map();
    QAbstractItemModelTester tester(scene.boundaryLayer()->labels(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    map->fitViewportToGeoShape(QGeoRectangle(QGeoCoordinate(40.6, 44.6), QGeoCoordinate(38.8, 47.6)));
    auto labels = [&] {
        QStringList all;
        for (int i = 0; i < scene.boundaryLayer()->labels()->rowCount(); ++i)
            all << scene.boundaryLayer()->labels()->textAt(i);
        return all;
    };
    CHECK(labels().contains("Syunik"));
    CHECK(labels().contains("Fuzuli"));
    scene.boundaryLayer()->setLabelLanguage("ar");
    CHECK(labels().contains(QString::fromUtf8("محافظة سيونيك")));
    scene.boundaryLayer()->setLabelLanguage("local");
    CHECK(labels().contains(QString::fromUtf8("Սյունիք")));
    CHECK(labels().contains(QString::fromUtf8("Füzuli")));
    scene.boundaryLayer()->setLabelLanguage("ru");
    CHECK(labels().contains(QString::fromUtf8("Сюникская область")));
    CHECK(scene.boundaryLayer()->hoveredRegion().isEmpty());
    // Every label sits inside the item.
    for (int i = 0; i < scene.boundaryLayer()->labels()->rowCount(); ++i) {
        const QModelIndex index = scene.boundaryLayer()->labels()->index(i);
        const double x = index.data(conflictmap::RegionLabelModel::XRole).toDouble();
        const double y = index.data(conflictmap::RegionLabelModel::YRole).toDouble();
        CHECK((x > 0 && x < 1200 && y > 0 && y < 900));
    }
}

TEST_CASE("a bad layer or CRS is reported with the reason and the map goes on", "[quick][map]")
{
    SECTION("unknown CRS from the start: said, and the map stays in the CRS it had")
    {
        MapScene scene(kDefaultLayer + "\ncrs: \"EPSG:9999999\"" + kBorderView);
        REQUIRE(scene.waitForLoad());
        CHECK(scene.map()->errorString().contains("crs not found"));
        CHECK(scene.map()->crs() == "EPSG:3857");
        CHECK(scene.boundaryLayer()->ready());
    }
    SECTION("a missing layer after a good one: said, and the good one stays")
    {
        MapScene scene(kDefaultLayer + kBorderView);
        REQUIRE(scene.waitForLoad());
        REQUIRE(scene.boundaryLayer()->ready());
        conflictmap::Boundaries *boundaries = scene.boundaryLayer()->boundaries();
        boundaries->setSource("/no/such/other.gpkg");
        REQUIRE(QTest::qWaitFor([&] { return boundaries->status() == conflictmap::Boundaries::Error; }, 5000));
        CHECK(boundaries->errorString() == "/no/such/other.gpkg: no such file");
        CHECK(boundaries->regionCount() == 113);
        const QImage image = scene.grab();
        CHECK_FALSE(near(scene.pixelAt(image, kGoris.lon, kGoris.lat), conflictmap::MapStyle::background(), 8));
        CHECK(scene.boundaryLayer()->regionAt(screenOf(scene.map(), kGoris)).value("code") == "AM-SU");
    }
    SECTION("missing layer file")
    {
        MapScene scene(MapScene::boundaryLayer("/no/such/layer.gpkg"));
        REQUIRE(scene.waitForLoad());
        CHECK(scene.boundaryLayer()->boundaries()->status() == conflictmap::Boundaries::Error);
        CHECK(scene.boundaryLayer()->boundaries()->errorString() == "/no/such/layer.gpkg: no such file");
        CHECK_FALSE(scene.boundaryLayer()->ready());
    }
    SECTION("unknown CRS")
    {
        MapScene scene(kDefaultLayer);
        REQUIRE(scene.waitForLoad());
        scene.map()->setCrs("EPSG:999999");
        CHECK(scene.map()->errorString().startsWith("display CRS: unknown coordinate reference system"));
        CHECK(scene.map()->crs() == "EPSG:3857");
        CHECK(scene.boundaryLayer()->ready());
    }
}

TEST_CASE("a two-finger pinch zooms around the fingers' midpoint", "[quick][map]")
{
    MapScene scene(kDefaultLayer + "\nzoomLevel: 7\ncenter: QtPositioning.coordinate(39.5, 46.3)");
    REQUIRE(scene.waitForLoad());
    MapView *map = scene.map();
    QPointingDevice *touchscreen = QTest::createTouchDevice();
    const QPoint mid(400, 300);
    const QGeoCoordinate under = map->toCoordinate(mid);
    QTest::touchEvent(&scene.window(), touchscreen).press(0, mid - QPoint(50, 0)).press(1, mid + QPoint(50, 0));
    QTest::touchEvent(&scene.window(), touchscreen).move(0, mid - QPoint(100, 0)).move(1, mid + QPoint(100, 0));
    QTest::touchEvent(&scene.window(), touchscreen).release(0, mid - QPoint(100, 0)).release(1, mid + QPoint(100, 0));
    CHECK(map->zoomLevel() == Approx(8.0)); // fingers twice as far apart: one level in
    const QGeoCoordinate after = map->toCoordinate(mid);
    CHECK(after.latitude() == Approx(under.latitude()).margin(1e-9));
    CHECK(after.longitude() == Approx(under.longitude()).margin(1e-9));
}

TEST_CASE("a one-finger tap selects a region and a one-finger drag pans", "[quick][map]")
{
    MapScene scene(kDefaultLayer + kBorderView);
    REQUIRE(scene.waitForLoad());
    MapView *map = scene.map();
    QPointingDevice *touchscreen = QTest::createTouchDevice();
    const QPoint goris = screenOf(map, kGoris);
    QTest::touchEvent(&scene.window(), touchscreen).press(0, goris);
    QTest::touchEvent(&scene.window(), touchscreen).release(0, goris);
    CHECK(scene.boundaryLayer()->selectedRegion().value("code") == "AM-SU");

    const QPoint from(300, 300), to(360, 260);
    const QGeoCoordinate grabbed = map->toCoordinate(from);
    QTest::touchEvent(&scene.window(), touchscreen).press(0, from);
    QTest::touchEvent(&scene.window(), touchscreen).move(0, QPoint(330, 280));
    QTest::touchEvent(&scene.window(), touchscreen).move(0, to);
    QTest::touchEvent(&scene.window(), touchscreen).release(0, to);
    CHECK(map->toCoordinate(to).latitude() == Approx(grabbed.latitude()).margin(1e-9));
    CHECK(map->toCoordinate(to).longitude() == Approx(grabbed.longitude()).margin(1e-9));
    CHECK(scene.boundaryLayer()->selectedRegion().value("code") == "AM-SU"); // the drag did not select
}
