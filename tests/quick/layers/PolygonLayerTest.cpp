// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "BundledData.h"
#include "MapView.h"
#include "geo/BoundaryLayer.h"
#include "layers/BoundaryMapLayer.h"
#include "layers/PolygonLayer.h"
#include "quick/MapScene.h"

#include <QSGRendererInterface>
#include <QTest>

namespace {
const QString kLakes = conflictmap::BundledData::path(QStringLiteral("caucasus-lakes.gpkg"));
const QString kRivers = conflictmap::BundledData::path(QStringLiteral("caucasus-rivers.gpkg"));
// Lake Sevan's middle, and Goris (dry land in Syunik).
constexpr double kSevanLon = 45.28, kSevanLat = 40.35;
constexpr double kGorisLon = 46.338, kGorisLat = 39.507;

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

QString scene(const QString &waterColour)
{
    return MapScene::boundaryLayer(conflictmap::BoundaryLayer::defaultPath())
        + QStringLiteral("PolygonLayer { objectName: \"lakes\"; title: \"Lakes\"; source: \"%1\"; fillColor: \"%2\" }\n"
                         "PolygonLayer { objectName: \"rivers\"; title: \"Rivers\"; source: \"%3\"; fillColor: \"%2\" }\n"
                         "center: QtPositioning.coordinate(40.0, 45.6)\nzoomLevel: 8")
              .arg(kLakes, waterColour, kRivers);
}

// On whichever renderer the platform gives.
void checkWatersOverTheUnits(MapScene &scene)
{
    REQUIRE(scene.waitForLoad());
    auto *lakes = scene.map()->findChild<conflictmap::PolygonLayer *>("lakes");
    auto *rivers = scene.map()->findChild<conflictmap::PolygonLayer *>("rivers");
    REQUIRE(lakes);
    REQUIRE(rivers);
    INFO(lakes->errorString().toStdString() << rivers->errorString().toStdString());
    REQUIRE(lakes->prepared());
    REQUIRE(rivers->prepared());
    CHECK(lakes->featureCount() > 1000); // single polygons, each culled on its own
    CHECK(rivers->featureCount() > 1000);
    // Stacked as declared: ground units, then lakes, then rivers.
    const QList<QObject *> layers = scene.map()->layers();
    REQUIRE(layers.size() == 3);
    CHECK(layers[1] == lakes);
    CHECK(layers[2] == rivers);

    const QImage image = scene.grab();
    const QColor sevan = scene.pixelAt(image, kSevanLon, kSevanLat);
    INFO("sevan " << sevan.name().toStdString());
    CHECK(near(sevan, QColor(0, 0, 255)));
    CHECK_FALSE(near(scene.pixelAt(image, kGorisLon, kGorisLat), QColor(0, 0, 255), 60));

    // Hidden, the unit's fill shows again; at half opacity, a blend of both.
    lakes->setVisible(false);
    const QImage hidden = scene.grab();
    const QColor unit = scene.pixelAt(hidden, kSevanLon, kSevanLat);
    CHECK_FALSE(near(unit, QColor(0, 0, 255), 60));
    lakes->setVisible(true);
    lakes->setOpacity(0.5);
    const QColor half = scene.pixelAt(scene.grab(), kSevanLon, kSevanLat);
    INFO("unit " << unit.name().toStdString() << " half " << half.name().toStdString());
    CHECK(std::abs(half.blue() - (unit.blue() + 255) / 2) <= 8);
    CHECK(std::abs(half.red() - unit.red() / 2) <= 8);
}
} // namespace

TEST_CASE("lakes and rivers are drawn over the units and can be hidden or faded (software renderer)", "[quick][layers]")
{
    MapScene map(scene("#0000ff"));
    CHECK(map.window().rendererInterface()->graphicsApi() == QSGRendererInterface::Software);
    checkWatersOverTheUnits(map);
}

TEST_CASE("lakes and rivers are drawn over the units and can be hidden or faded (OpenGL)", "[gl]")
{
    MapScene map(scene("#0000ff"));
    REQUIRE(map.window().rendererInterface()->graphicsApi() != QSGRendererInterface::Software);
    checkWatersOverTheUnits(map);
}

TEST_CASE("a polygon layer follows the display CRS and says why it cannot load", "[quick][layers]")
{
    MapScene map(scene("#0000ff"));
    REQUIRE(map.waitForLoad());
    map.map()->setCrs(QStringLiteral("EPSG:32638"));
    REQUIRE(map.waitForLoad());
    auto *lakes = map.map()->findChild<conflictmap::PolygonLayer *>("lakes");
    REQUIRE(lakes->prepared());
    CHECK(lakes->prepared()->crs == "EPSG:32638");
    CHECK(near(map.pixelAt(map.grab(), kSevanLon, kSevanLat), QColor(0, 0, 255)));

    lakes->setSource(QStringLiteral("/no/such/lakes.gpkg"));
    REQUIRE(QTest::qWaitFor([&] { return !lakes->loading(); }, 5000));
    CHECK(lakes->errorString() == "/no/such/lakes.gpkg: no such file");
    CHECK(lakes->prepared() == nullptr);
    // The map goes on: the units are still drawn and found.
    CHECK(
        map.boundaryLayer()->regionAt(map.map()->fromCoordinate(QGeoCoordinate(kGorisLat, kGorisLon))).value("code") == "AM-SU");
}
