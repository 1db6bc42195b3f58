// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "MapScene.h"
#include "MapStyle.h"
#include "TestRasters.h"
#include "TileServer.h"

#include "MapView.h"
#include "geo/BoundaryLayer.h"
#include "geo/CrsTransform.h"
#include "layers/BaseMapLayer.h"
#include "layers/BoundaryMapLayer.h"
#include "map/Boundaries.h"
#include "tiles/TileGrid.h"

#include <QFile>
#include <QGeoCoordinate>
#include <QRegularExpression>
#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QTest>

using namespace conflictmap;

namespace {
// The base map as the first layer, then what else the test needs.
QString baseMap(const QString &source, const QString &more = {})
{
    return QStringLiteral("BaseMapLayer { objectName: \"baseMap\"; source: \"%1\"\n%2 }\n").arg(source, more);
}

QString view(const char *crs, double lat, double lon, double zoom)
{
    return QStringLiteral("crs: \"%1\"\ncenter: QtPositioning.coordinate(%2, %3)\nzoomLevel: %4\n")
        .arg(QString::fromLatin1(crs))
        .arg(lat)
        .arg(lon)
        .arg(zoom);
}

BaseMapLayer *baseMapOf(MapScene &scene)
{
    auto *layer = scene.map()->findChild<BaseMapLayer *>(QStringLiteral("baseMap"));
    REQUIRE(layer);
    return layer;
}

// The test server's tiles as the base map, cached in 'cache'.
QString tilesOf(const TileServer &server, const QTemporaryDir &cache)
{
    return baseMap(server.urlTemplate(), QStringLiteral("cacheDirectory: \"%1\"").arg(cache.path()));
}

// Waits until the base map has drawn the view (or given up on it).
void waitForBaseMap(MapScene &scene)
{
    BaseMapLayer *layer = baseMapOf(scene);
    REQUIRE(QTest::qWaitFor([&] { return !layer->loading(); }, 15000));
    QTest::qWait(20);
}

bool near(const QColor &a, const QColor &b, int tolerance = 10)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

QPointF lonLatOf(const QPointF &webMercator)
{
    QString error;
    const auto transform = CrsTransform::create(QStringLiteral("EPSG:3857"), QStringLiteral("EPSG:4326"), &error);
    return transform->forward(webMercator);
}

// The zoom of the tiles the server was asked for last.
int requestedZoom(const TileServer &server)
{
    REQUIRE_FALSE(server.requests().isEmpty());
    return server.requests().constLast().split(QLatin1Char('/')).value(2).toInt();
}

// Every tile of zoom z whose centre is well inside the window shows its colour there.
int checkTileColours(MapScene &scene, const QImage &image, int z)
{
    int checked = 0;
    const QRectF inside = QRectF(QPointF(0, 0), scene.map()->size()).adjusted(20, 20, -20, -20);
    for (int x = 0; x < (1 << z); ++x)
        for (int y = 0; y < (1 << z); ++y) {
            const QPointF centre = lonLatOf(TileGrid::extent({z, x, y}).center());
            // Far outside the UTM zone a point may come back inside the window.
            if (std::abs(centre.x() - scene.map()->center().longitude()) > 12)
                continue;
            const QPointF at = scene.map()->fromCoordinate(QGeoCoordinate(centre.y(), centre.x()), false);
            if (!inside.contains(at))
                continue;
            INFO("tile " << z << "/" << x << "/" << y);
            const QColor drawn = scene.pixelAt(image, centre.x(), centre.y());
            INFO(drawn.name().toStdString() << " expected " << TileServer::colourOf({z, x, y}).name().toStdString());
            CHECK(near(drawn, TileServer::colourOf({z, x, y})));
            ++checked;
        }
    return checked;
}
} // namespace

TEST_CASE(
    "tiles from a tile server are drawn in Web Mercator and UTM 38N and then work offline from the cache", "[quick][basemap]")
{
    QTemporaryDir cache;
    const QString cacheProperty = QStringLiteral("cacheDirectory: \"%1\"").arg(cache.path());
    TileServer server;
    for (const char *crs : {"EPSG:3857", "EPSG:32638"}) {
        INFO(crs);
        MapScene scene(baseMap(server.urlTemplate(), cacheProperty) + view(crs, 40.0, 45.5, 6));
        waitForBaseMap(scene);
        CHECK(baseMapOf(scene)->errorString().isEmpty());
        const QImage image = scene.grab();
        const int z = requestedZoom(server);
        CHECK(z >= 5);
        CHECK(checkTileColours(scene, image, z) >= 4);
    }

    // Only the view's tiles and one ring around them were asked for.
    {
        const int before = int(server.requests().size());
        MapScene scene(baseMap(server.urlTemplate(), QStringLiteral("cacheDirectory: \"%1/other\"").arg(cache.path()))
            + view("EPSG:3857", 40.0, 45.5, 8));
        waitForBaseMap(scene);
        const TileRange ring = TileGrid::covering(scene.map()->viewport().projectedExtent(), 8).grownBy(1);
        const QStringList asked = server.requests().mid(before);
        CHECK_FALSE(asked.isEmpty());
        CHECK(asked.size() <= ring.columns() * ring.rows());
        for (const QString &path : asked) {
            const QStringList parts = path.split(QLatin1Char('/'));
            INFO(path.toStdString());
            CHECK(ring.contains({parts.value(2).toInt(), parts.value(3).toInt(), parts.value(4).section('.', 0, 0).toInt()}));
        }
    }

    const QString urlTemplate = server.urlTemplate(); // its port is gone once stopped
    server.stop();
    MapScene offline(baseMap(urlTemplate, cacheProperty) + view("EPSG:3857", 40.0, 45.5, 6));
    waitForBaseMap(offline);
    CHECK(checkTileColours(offline, offline.grab(), 6) >= 6);
    CHECK(baseMapOf(offline)->errorString().isEmpty());
}

TEST_CASE("tiles fill a large window at a fractional zoom", "[quick][basemap]")
{
    // The picture is made a margin larger than the view: it must be made of
    // the tiles asked for (the view's zoom), not of a coarser zoom that the
    // larger area would otherwise choose and nobody fetched.
    QTemporaryDir cache;
    TileServer server;
    MapScene scene(tilesOf(server, cache) + view("EPSG:3857", 40.0, 45.5, 5.85), QSize(1920, 1080));
    waitForBaseMap(scene);
    CHECK(baseMapOf(scene)->errorString().isEmpty());
    const int z = requestedZoom(server);
    CHECK(checkTileColours(scene, scene.grab(), z) >= 8);
}

TEST_CASE("a window too large for one picture of its margin still shows its tiles in place", "[quick][basemap]")
{
    // 3000 pixels and their margin make 4500: more than a texture may be.
    QTemporaryDir cache;
    TileServer server;
    MapScene scene(tilesOf(server, cache) + view("EPSG:3857", 40.0, 45.5, 7), QSize(3000, 1800));
    waitForBaseMap(scene);
    CHECK(baseMapOf(scene)->errorString().isEmpty());
    CHECK(checkTileColours(scene, scene.grab(), requestedZoom(server)) >= 8);
    // A pan within the picture needs no new one, though it is coarser than the view.
    const int before = int(server.requests().size());
    scene.map()->pan(40, 0);
    waitForBaseMap(scene);
    CHECK_FALSE(baseMapOf(scene)->loading());
    CHECK(int(server.requests().size()) - before <= 12); // at most a new column of the ring
}

TEST_CASE("a base map removed just after a pan leaves nothing behind", "[quick][basemap]")
{
    QTemporaryDir cache;
    TileServer server;
    MapScene scene(tilesOf(server, cache) + view("EPSG:3857", 40.0, 45.5, 6));
    waitForBaseMap(scene);
    BaseMapLayer *layer = baseMapOf(scene);
    const QImage drawn = scene.grab();
    const QColor background = conflictmap::MapStyle::background();
    const QPoint middle(scene.window().width() / 2, scene.window().height() / 2);
    REQUIRE_FALSE(near(drawn.pixelColor(middle), background, 2));
    // Pan (a new picture is being made), then remove it at once.
    scene.map()->pan(300, 200);
    layer->setSource(QString());
    REQUIRE(QTest::qWaitFor([&] { return !layer->loading(); }, 5000));
    QTest::qWait(300); // long enough for the picture that was being made to arrive
    CHECK(near(scene.grab().pixelColor(middle), background, 2));
}

namespace {
void checkQuadrantsDrawn(const QString &path, const char *crs)
{
    MapScene scene(baseMap(path) + view(crs, 39.5, 45.8, 7));
    waitForBaseMap(scene);
    CHECK(baseMapOf(scene)->errorString().isEmpty());
    const QImage image = scene.grab();
    for (const auto &quadrant : testrasters::quadrants()) {
        INFO(quadrant.lon << " " << quadrant.lat);
        const QColor drawn = scene.pixelAt(image, quadrant.lon, quadrant.lat);
        INFO(drawn.name().toStdString() << " expected " << quadrant.colour.name().toStdString());
        CHECK(near(drawn, quadrant.colour, 14));
    }
}
} // namespace

TEST_CASE("a GeoTIFF and an MBTiles file are drawn in Web Mercator and UTM 38N with colours in place", "[quick][basemap]")
{
    QTemporaryDir dir;
    const QString tiff = dir.filePath(QStringLiteral("quadrants.tif"));
    const QString mbtiles = dir.filePath(QStringLiteral("quadrants.mbtiles"));
    testrasters::writeQuadrants(tiff, "GTiff");
    testrasters::writeQuadrants(mbtiles, "MBTILES");
    for (const char *crs : {"EPSG:3857", "EPSG:32638"}) {
        INFO(crs);
        checkQuadrantsDrawn(tiff, crs);
        checkQuadrantsDrawn(mbtiles, crs);
    }
}

TEST_CASE("a GeoTIFF is drawn with OpenGL", "[gl]")
{
    QTemporaryDir dir;
    const QString tiff = dir.filePath(QStringLiteral("quadrants.tif"));
    testrasters::writeQuadrants(tiff, "GTiff");
    MapScene probe(QString{});
    REQUIRE(probe.window().rendererInterface()->graphicsApi() != QSGRendererInterface::Software);
    checkQuadrantsDrawn(tiff, "EPSG:32638");
}

TEST_CASE("an elevation model is drawn as hillshade brighter on its north-west side", "[quick][basemap]")
{
    QTemporaryDir dir;
    const QString dem = dir.filePath(QStringLiteral("cone.tif"));
    testrasters::writeCone(dem);
    for (const char *crs : {"EPSG:32638", "EPSG:3857"}) {
        INFO(crs);
        MapScene scene(baseMap(dem) + view(crs, testrasters::kConeLat, testrasters::kConeLon, 11));
        waitForBaseMap(scene);
        CHECK(baseMapOf(scene)->errorString().isEmpty());
        const QImage image = scene.grab();
        const double d = 0.03;
        const QColor lit = scene.pixelAt(image, testrasters::kConeLon - d, testrasters::kConeLat + d * 0.77);
        const QColor shadow = scene.pixelAt(image, testrasters::kConeLon + d, testrasters::kConeLat - d * 0.77);
        INFO("lit " << lit.red() << " shadow " << shadow.red());
        CHECK(lit.red() > shadow.red() + 40);
    }
}

TEST_CASE("a base map that cannot be drawn says why and the map draws its other layers", "[quick][basemap]")
{
    QTemporaryDir dir;
    TileServer server;
    const QString demWithoutCrs = dir.filePath(QStringLiteral("cone.tif"));
    testrasters::writeCone(demWithoutCrs, false);
    const QString notes = dir.filePath(QStringLiteral("notes.tif"));
    testrasters::writeText(notes);
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    struct Case {
        QString source;
        QString more;
        const char *error;
        bool tilesDrawn;
    };
    const QString cache = QStringLiteral("cacheDirectory: \"%1\"").arg(dir.filePath(QStringLiteral("cache")));
    const Case cases[] = {
        {notes, {}, "notes.tif is not a raster GDAL can read", false},
        {demWithoutCrs, {}, "has no coordinate reference system", false},
        {QStringLiteral("https://tiles.example.org/{z}/{x}.png"), {}, "has no {y}", false},
        {server.urlTemplate(QStringLiteral("missing")), cache, "HTTP 404", false},
        {server.urlTemplate(QStringLiteral("garbage")), cache, "not an image", false},
        {server.urlTemplate(QStringLiteral("stall")), cache + QStringLiteral("; tileTimeout: 300"), "no answer in 0.3 s", false},
        {server.urlTemplate(), QStringLiteral("cacheDirectory: \"%1/tiles\"").arg(blocker.fileName()), "cannot be written", true},
    };
    const QString border = QStringLiteral("visibleRegion: QtPositioning.rectangle(QtPositioning.coordinate(40.6, 44.6), "
                                          "QtPositioning.coordinate(38.8, 47.6))\n");
    for (const Case &c : cases) {
        INFO(c.source.toStdString());
        MapScene scene(baseMap(c.source, c.more) + MapScene::boundaryLayer(BoundaryLayer::defaultPath()) + border);
        REQUIRE(scene.waitForLoad(20000));
        waitForBaseMap(scene);
        CHECK(baseMapOf(scene)->errorString().contains(QString::fromUtf8(c.error)));
        // The boundary layer is there all the same: Goris is in Syunik.
        REQUIRE(scene.boundaryLayer());
        CHECK(scene.boundaryLayer()->regionAt(scene.map()->fromCoordinate(QGeoCoordinate(39.507, 46.338))).value("code")
            == QStringLiteral("AM-SU"));
        if (c.tilesDrawn) {
            // Without the boundary layer's fills over them, the tiles show.
            MapScene alone(baseMap(c.source, c.more) + view("EPSG:3857", 40.0, 45.5, 6));
            waitForBaseMap(alone);
            CHECK(checkTileColours(alone, alone.grab(), 6) >= 6);
        }
    }
}
