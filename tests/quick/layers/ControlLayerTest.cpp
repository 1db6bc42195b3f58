// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "BoxGeometry.h"
#include "IncidentDatabase.h"
#include "MapView.h"
#include "geo/BoundaryLayer.h"
#include "layers/ControlLayer.h"
#include "quick/AppWindow.h"
#include "quick/MapScene.h"
#include "store/ControlStore.h"
#include "store/IncidentStore.h"

#include <QSGRendererInterface>
#include <QTemporaryDir>
#include <QTest>

using namespace conflictmap;

namespace {
const QString kAz = QStringLiteral("Azerbaijan");
const QString kMinistry = QStringLiteral("Azerbaijan Ministry of Defence");
const QString kQuote = QStringLiteral("سيطرت القوات على سبعة مواقع جبلية");
// Version 1 of the assessed series covers 46.0-46.5 E, version 2 46.3-46.8 E
// (both 39.0-39.5 N); the ministry claims 45.4-45.9 E, 39.0-39.5 N.
constexpr double kLat = 39.25;
constexpr double kOnlyFirst = 46.1, kOnlySecond = 46.7, kBoth = 46.4, kClaimed = 45.65;
const QColor kBlue(0x00, 0x72, 0xb2);

ControlRecord version(const char *date, Geometry area, const QString &claimedBy = {})
{
    ControlRecord r;
    r.party = kAz;
    r.claimedBy = claimedBy;
    r.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
    r.area = std::move(area);
    return r;
}

// A database with two versions of Azerbaijan's assessed control and one
// claimed by its ministry, quoting an Arabic source.
struct ControlDatabase {
    QTemporaryDir dir;
    QString path = dir.filePath("incidents.sqlite");
    std::unique_ptr<IncidentDatabase> database;

    ControlDatabase()
    {
        QString error;
        std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
        REQUIRE(layer);
        {
            auto opened = IncidentStore::open(path, layer);
            REQUIRE(opened);
            IncidentStore &store = *opened.value();
            Source source;
            source.title = QStringLiteral("موقع تطورات العالم الاسلامي");
            source.url = QStringLiteral("https://example.org/article");
            source.language = QStringLiteral("ar");
            auto sourceId = store.addSource(source);
            REQUIRE(sourceId);
            ControlStore &control = store.control();
            REQUIRE(control.add(version("2022-09-01", box(46.0, 39.0, 46.5, 39.5))));
            REQUIRE(control.add(version("2022-09-10", box(46.3, 39.0, 46.8, 39.5))));
            ControlRecord claimed = version("2022-09-05", box(45.4, 39.0, 45.9, 39.5), kMinistry);
            claimed.note = QStringLiteral("seven mountain positions");
            Claim claim;
            claim.sourceId = *sourceId;
            claim.claimant = kMinistry;
            claim.stance = Stance::Claims;
            claim.quote = kQuote;
            claimed.claims.push_back(claim);
            REQUIRE(control.add(claimed));
            REQUIRE(control.setPartyColor(kAz, kBlue.name()));
        }
        database = std::make_unique<IncidentDatabase>(path, BoundaryLayer::defaultPath());
        REQUIRE(database->isOpen());
    }
};

QString scene()
{
    return QStringLiteral("ControlLayer { objectName: \"control\" }\n"
                          "center: QtPositioning.coordinate(39.3, 46.1)\nzoomLevel: 8");
}

ControlLayer *controlLayer(MapScene &scene)
{
    auto *layer = scene.map()->findChild<ControlLayer *>(QStringLiteral("control"));
    REQUIRE(layer);
    return layer;
}

bool waitForLayer(ControlLayer *layer)
{
    return QTest::qWaitFor([&] { return !layer->loading() && layer->snapshot(); }, 10000);
}

// The map's background beneath no layer.
bool isBackground(const QColor &c)
{
    return c.blue() > c.red() && std::abs(c.red() - 0xdd) <= 6 && std::abs(c.green() - 0xe6) <= 6;
}

// Pixels tinted by the party's blue fill over the background.
bool isPartyFill(const QColor &c)
{
    return !isBackground(c) && c.blue() - c.red() > 40;
}

// Along a row of the window across (lon, kLat), 'half' pixels either side: how many
// pixels are near 'colour', how many are background, and how often it
// changes between them.
struct Row {
    int colour = 0, background = 0, changes = 0;
};
Row rowAcross(MapScene &scene, const QImage &image, double lon, const QColor &colour, int half)
{
    const QPointF centre = scene.map()->mapToScene(scene.map()->fromCoordinate(QGeoCoordinate(kLat, lon)));
    Row row;
    int last = -1;
    for (int dx = -half; dx <= half; ++dx) {
        const QColor c = image.pixelColor(int(centre.x()) + dx, int(centre.y()));
        const bool near = std::abs(c.red() - colour.red()) <= 50 && std::abs(c.green() - colour.green()) <= 50
            && std::abs(c.blue() - colour.blue()) <= 50;
        const int kind = near ? 1 : isBackground(c) ? 0 : 2;
        row.colour += kind == 1;
        row.background += kind == 0;
        if (last >= 0 && kind != last)
            ++row.changes;
        last = kind;
    }
    return row;
}

void checkDatesHatchingAndCompare(MapScene &scene)
{
    ControlDatabase db;
    ControlLayer *layer = controlLayer(scene);
    layer->setDatabase(db.database.get());
    layer->setDate(QStringLiteral("2022-09-03"));
    REQUIRE(waitForLayer(layer));
    INFO(layer->errorString().toStdString());
    CHECK(layer->shownDate() == "2022-09-03");
    CHECK(layer->versionDates() == QStringList{"2022-09-01", "2022-09-05", "2022-09-10"});
    CHECK(layer->dayCount() == 10);

    // Version 1 on the first date: inside it only, not inside version 2 only.
    QImage image = scene.grab();
    CHECK(isPartyFill(scene.pixelAt(image, kOnlyFirst, kLat)));
    CHECK(isPartyFill(scene.pixelAt(image, kBoth, kLat)));
    CHECK(isBackground(scene.pixelAt(image, kOnlySecond, kLat)));
    CHECK(isBackground(scene.pixelAt(image, kClaimed, kLat))); // the claim is not yet made
    CHECK(layer->visibleSeries().size() == 1);

    // Version 2 on the second date, and the claim.
    layer->setDate(QStringLiteral("2022-09-12"));
    REQUIRE(waitForLayer(layer));
    image = scene.grab();
    CHECK(isBackground(scene.pixelAt(image, kOnlyFirst, kLat)));
    CHECK(isPartyFill(scene.pixelAt(image, kOnlySecond, kLat)));
    const QVariantList shown = layer->visibleSeries();
    REQUIRE(shown.size() == 2);
    CHECK(shown[0].toMap().value("assessed").toBool());
    CHECK(shown[0].toMap().value("date") == "2022-09-10");
    CHECK(shown[0].toMap().value("color") == kBlue.name());
    CHECK(shown[1].toMap().value("claimedBy") == kMinistry);

    // Assessed is solid: one even tint across. Claimed is hatched: the
    // party's colour alternating with the ground beneath.
    const Row solid = rowAcross(scene, image, 46.65, kBlue, 20);
    INFO("solid " << solid.colour << " " << solid.background << " " << solid.changes);
    CHECK(solid.background == 0);
    CHECK(solid.changes == 0);
    const Row hatched = rowAcross(scene, image, kClaimed, kBlue, 40);
    INFO("hatched " << hatched.colour << " " << hatched.background << " " << hatched.changes);
    CHECK(hatched.colour >= 10);
    CHECK(hatched.background >= 10);
    CHECK(hatched.changes >= 8);

    // Back to the first date: drawn from the cache, nothing triangulated again.
    const qsizetype cached = layer->cache().count();
    layer->setDate(QStringLiteral("2022-09-02"));
    REQUIRE(waitForLayer(layer));
    CHECK(layer->snapshot()->prepared == 0);
    CHECK(layer->snapshot()->reused == 1);
    CHECK(layer->cache().count() == cached);
    CHECK(isPartyFill(scene.pixelAt(scene.grab(), kOnlyFirst, kLat)));

    // Compare: the strip gained (east) solid green, the strip lost (west)
    // cross-hatched red, and the areas ControlStore::change gives.
    layer->setCompareParty(kAz);
    layer->setCompareFrom(QStringLiteral("2022-09-01"));
    layer->setCompareTo(QStringLiteral("2022-09-10"));
    layer->setCompare(true);
    REQUIRE(QTest::qWaitFor([&] { return !layer->loading() && layer->changeReady(); }, 10000));
    const auto change = db.database->store()->control().change(kAz, {}, QDate(2022, 9, 1), QDate(2022, 9, 10));
    REQUIRE(change);
    CHECK(layer->gainedKm2() == Approx(change->gainedKm2));
    CHECK(layer->lostKm2() == Approx(change->lostKm2));
    CHECK(layer->netKm2() == Approx(change->netKm2()));
    CHECK(layer->gainedKm2() > 1000);
    image = scene.grab();
    const QColor gained = scene.pixelAt(image, kOnlySecond, kLat);
    INFO("gained " << gained.name().toStdString());
    CHECK(gained.green() > gained.red() + 30);
    CHECK(gained.green() > gained.blue());
    const Row lost = rowAcross(scene, image, 46.15, QColor(0xd7, 0x19, 0x1c), 20);
    INFO("lost " << lost.colour << " " << lost.background << " " << lost.changes);
    CHECK(lost.colour >= 10);
    CHECK(lost.changes >= 4);
    CHECK(isBackground(scene.pixelAt(image, kClaimed, kLat))); // only the change is drawn
}
} // namespace

TEST_CASE("control areas follow the date with claims hatched and compare mode shows gains and losses (software renderer)",
    "[quick][layers]")
{
    MapScene map(scene());
    REQUIRE(map.window().rendererInterface()->graphicsApi() == QSGRendererInterface::Software);
    checkDatesHatchingAndCompare(map);
}

TEST_CASE("control areas follow the date with claims hatched and compare mode shows gains and losses (OpenGL)", "[gl]")
{
    MapScene map(scene());
    REQUIRE(map.window().rendererInterface()->graphicsApi() != QSGRendererInterface::Software);
    checkDatesHatchingAndCompare(map);
}

TEST_CASE("a click on a control area selects it with its claims as plain text", "[quick][layers]")
{
    MapScene map(scene());
    ControlDatabase db;
    ControlLayer *layer = controlLayer(map);
    layer->setDatabase(db.database.get());
    layer->setDate(QStringLiteral("2022-09-12"));
    REQUIRE(waitForLayer(layer));
    const QPointF claimed = map.map()->fromCoordinate(QGeoCoordinate(kLat, kClaimed));
    REQUIRE(layer->selectAt(claimed));
    const QVariantMap area = layer->selectedArea();
    CHECK(area.value("party") == kAz);
    CHECK(area.value("claimedBy") == kMinistry);
    CHECK(area.value("date") == "2022-09-05");
    CHECK(area.value("note") == "seven mountain positions");
    CHECK(area.value("areaKm2").toDouble() > 1000);
    const QVariantList claims = area.value("claims").toList();
    REQUIRE(claims.size() == 1);
    CHECK(claims[0].toMap().value("quote") == kQuote);
    CHECK(claims[0].toMap().value("urlOpenable").toBool());

    // Nothing there: nothing selected.
    CHECK_FALSE(layer->selectAt(map.map()->fromCoordinate(QGeoCoordinate(39.8, 45.0))));
    CHECK(layer->selectedArea().isEmpty());
}

TEST_CASE("a party's new colour is stored and drawn", "[quick][layers]")
{
    MapScene map(scene());
    ControlDatabase db;
    ControlLayer *layer = controlLayer(map);
    layer->setDatabase(db.database.get());
    REQUIRE(waitForLayer(layer));
    CHECK(layer->shownDate() == "2022-09-10"); // no date: the latest
    REQUIRE(layer->setPartyColor(kAz, QStringLiteral("#d55e00")));
    REQUIRE(QTest::qWaitFor(
        [&] { return !layer->loading() && layer->visibleSeries().value(0).toMap().value("color") == "#d55e00"; }, 10000));
    CHECK(db.database->store()->control().party(kAz)->color == "#d55e00");
    const QColor c = map.pixelAt(map.grab(), kOnlySecond, kLat);
    INFO(c.name().toStdString());
    CHECK(c.red() > c.blue() + 30);

    CHECK_FALSE(layer->setPartyColor(kAz, QStringLiteral("orange; drop table")));
    CHECK(layer->errorString().contains("#rrggbb"));
}

TEST_CASE("in the app the control layer draws beside the list and a click shows the area with its claims", "[quick][layers][app]")
{
    // West of the map's middle, within the incident list's width from the
    // map's left edge; no incident symbol there.
    const Geometry area = box(44.8, 39.3, 45.2, 39.7);
    conflictmap::test::AppWindow app([&](IncidentStore &store) {
        Source source;
        source.title = QStringLiteral("موقع تطورات العالم الاسلامي");
        source.url = QStringLiteral("javascript:alert(1)");
        auto sourceId = store.addSource(source);
        REQUIRE(sourceId);
        ControlRecord r = version("2022-09-14", area, kMinistry);
        Claim claim;
        claim.sourceId = *sourceId;
        claim.claimant = kMinistry;
        claim.stance = Stance::Claims;
        claim.quote = QStringLiteral("<b>") + kQuote;
        r.claims.push_back(claim);
        REQUIRE(store.control().add(r));
        REQUIRE(store.control().setPartyColor(kAz, kBlue.name()));
    });
    auto *layer = app.window->findChild<ControlLayer *>("controlLayer");
    REQUIRE(layer);
    REQUIRE(waitForLayer(layer));
    REQUIRE(app.item("controlPanel")->isVisible());

    const QPointF at = app.map->fromCoordinate(QGeoCoordinate(39.5, 45.0));
    REQUIRE(at.x() < 340);
    const QImage image = app.window->grabWindow();
    const QPointF pixel = app.map->mapToScene(at) * image.devicePixelRatio();
    // Hatched: some pixels of the row in the party's colour.
    int blue = 0;
    for (int dx = -20; dx <= 20; ++dx) {
        const QColor c = image.pixelColor(int(pixel.x()) + dx, int(pixel.y()));
        blue += std::abs(c.red() - kBlue.red()) <= 50 && std::abs(c.blue() - kBlue.blue()) <= 50;
    }
    CHECK(blue >= 8);

    app.click(app.map, at);
    REQUIRE(QTest::qWaitFor([&] { return app.item("controlAreaPanel")->isVisible(); }, 5000));
    CHECK(layer->selectedArea().value("claimedBy") == kMinistry);
    QList<QQuickItem *> quotes;
    conflictmap::test::collect(app.item("controlAreaPanel"), QStringLiteral("claimQuote"), quotes);
    REQUIRE(quotes.size() == 1);
    // Plain text: the markup is shown, not applied.
    CHECK(quotes.first()->property("text").toString() == QStringLiteral("<b>") + kQuote);
    CHECK(quotes.first()->property("textFormat").toInt() == Qt::PlainText);
}

TEST_CASE("in the app the control slider opens on the day shown at the end of its range")
{
    test::AppWindow app([](IncidentStore &store) {
        Polygon p;
        p.rings.push_back({{45.9, 39.5}, {46.1, 39.5}, {46.1, 39.7}, {45.9, 39.7}});
        REQUIRE(store.control().add(version("2022-09-01", Geometry::polygon(p))));
        REQUIRE(store.control().add(version("2022-09-14", Geometry::polygon(p))));
    });
    auto *layer = app.window->findChild<ControlLayer *>("controlLayer");
    REQUIRE(layer);
    REQUIRE(waitForLayer(layer));
    QQuickItem *slider = app.item("controlDateSlider");
    REQUIRE(slider->isVisible());
    CHECK(layer->shownDate() == "2022-09-14");
    CHECK(slider->property("to").toDouble() == 13);
    // Not clamped to the range the slider had before the days were known.
    CHECK(slider->property("value").toDouble() == 13);
}
