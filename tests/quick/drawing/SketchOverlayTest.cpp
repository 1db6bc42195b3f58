// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "quick/MapScene.h"

#include "IncidentDatabase.h"
#include "MapView.h"
#include "drawing/ControlAreaForm.h"
#include "drawing/ShapeSketch.h"
#include "drawing/SketchOverlay.h"
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace conflictmap;

namespace {
// The map over Syunik with the drawing tool on it.
struct DrawingScene {
    MapScene scene{
        QStringLiteral("center: QtPositioning.coordinate(39.6, 46.0); zoomLevel: 10\n"
                       "ShapeSketch { id: sketch; objectName: \"sketch\" }\n"
                       "SketchOverlay { objectName: \"overlay\"; anchors.fill: parent; map: parent; sketch: sketch }\n")};
    ShapeSketch *sketch = scene.map()->findChild<ShapeSketch *>(QStringLiteral("sketch"));
    SketchOverlay *overlay = scene.map()->findChild<SketchOverlay *>(QStringLiteral("overlay"));

    DrawingScene()
    {
        REQUIRE(sketch);
        REQUIRE(overlay);
        REQUIRE(scene.waitForLoad());
    }
    void click(QPoint at) { QTest::mouseClick(&scene.window(), Qt::LeftButton, {}, at); }
    void key(Qt::Key key) { QTest::keyClick(&scene.window(), key); }
    QPointF lonLat(QPoint at) const
    {
        const QGeoCoordinate c = scene.map()->toCoordinate(at, false);
        return {c.longitude(), c.latitude()};
    }
};
} // namespace

TEST_CASE("An area drawn with the mouse has the clicked corners and is finished with Enter")
{
    DrawingScene d;
    d.sketch->begin(ShapeSketch::Area);
    const std::vector<QPoint> corners{{300, 200}, {500, 210}, {520, 400}, {310, 420}};
    for (const QPoint &p : corners)
        d.click(p);
    d.click({600, 500});
    CHECK(d.sketch->vertexCount() == 5);
    d.key(Qt::Key_Backspace); // the last one was a slip
    REQUIRE(d.sketch->vertexCount() == 4);
    CHECK(d.sketch->problem().isEmpty());
    CHECK(d.sketch->areaKm2() > 10);
    d.key(Qt::Key_Return);
    REQUIRE(d.sketch->isFinished());
    const Geometry g = d.sketch->geometry();
    REQUIRE(g.type == Geometry::Type::Polygon);
    REQUIRE(g.polygons[0].rings[0].size() == 4);
    for (size_t i = 0; i < corners.size(); ++i) {
        CHECK(g.polygons[0].rings[0][i].x() == Approx(d.lonLat(corners[i]).x()).margin(1e-9));
        CHECK(g.polygons[0].rings[0][i].y() == Approx(d.lonLat(corners[i]).y()).margin(1e-9));
    }
    // Drawn: the inside of the area is tinted, outside it is not.
    const QImage image = d.scene.grab();
    const QColor inside = image.pixelColor(410, 300), outside = image.pixelColor(700, 100);
    CHECK(inside != outside);
    CHECK(inside.red() > inside.green()); // the magenta tint
}

TEST_CASE("Dragging a vertex moves it and dragging elsewhere pans the map")
{
    DrawingScene d;
    d.sketch->begin(ShapeSketch::Area);
    for (const QPoint &p : {QPoint(300, 200), QPoint(500, 200), QPoint(400, 400)})
        d.click(p);
    QTest::mousePress(&d.scene.window(), Qt::LeftButton, {}, {500, 200});
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(&d.scene.window(), QPoint(500 + 10 * i, 200 + 10 * i));
    QTest::mouseRelease(&d.scene.window(), Qt::LeftButton, {}, {550, 250});
    REQUIRE(d.sketch->vertexCount() == 3);
    const QPointF moved = d.sketch->parts()[0][1];
    CHECK(moved.x() == Approx(d.lonLat({550, 250}).x()).margin(1e-9));
    CHECK(moved.y() == Approx(d.lonLat({550, 250}).y()).margin(1e-9));

    const QGeoCoordinate before = d.scene.map()->center();
    QTest::mousePress(&d.scene.window(), Qt::LeftButton, {}, {650, 500});
    for (int i = 1; i <= 5; ++i)
        QTest::mouseMove(&d.scene.window(), QPoint(650 - 20 * i, 500));
    QTest::mouseRelease(&d.scene.window(), Qt::LeftButton, {}, {550, 500});
    CHECK(d.sketch->vertexCount() == 3); // a pan adds nothing
    CHECK(d.scene.map()->center().longitude() > before.longitude());
}

TEST_CASE("A self-intersecting drawing shows where and is neither finished nor saved")
{
    QTemporaryDir dir;
    IncidentDatabase database(dir.filePath("incidents.sqlite"), BoundaryLayer::defaultPath());
    REQUIRE(database.store());
    DrawingScene d;
    d.sketch->begin(ShapeSketch::Area);
    // A bow tie: the second and fourth corners swapped.
    for (const QPoint &p : {QPoint(300, 200), QPoint(500, 400), QPoint(500, 200), QPoint(300, 400)})
        d.click(p);
    CHECK(d.sketch->problem().startsWith("a ring crosses itself or another ring at "));
    REQUIRE(d.sketch->problemLocation().isValid());
    const QPointF crossing = d.scene.map()->fromCoordinate(d.sketch->problemLocation(), false);
    CHECK(crossing.x() == Approx(400).margin(1));
    CHECK(crossing.y() == Approx(300).margin(1));
    d.key(Qt::Key_Return);
    CHECK_FALSE(d.sketch->isFinished());
    CHECK(d.sketch->isActive());
    // The mark is drawn in red at the crossing.
    const QImage image = d.scene.grab();
    const QColor mark = image.pixelColor(400 + 11, 300);
    CHECK(mark.red() > 150);
    CHECK(mark.green() < 100);

    ControlAreaForm form;
    form.setDatabase(&database);
    form.setProperty("party", QStringLiteral("Azerbaijan"));
    form.setProperty("date", QStringLiteral("2022-09-14"));
    CHECK_FALSE(form.save(d.sketch));
    CHECK(database.store()->control().recordCount() == 0);
    d.key(Qt::Key_Escape);
    CHECK_FALSE(d.sketch->isActive());
    CHECK(d.sketch->vertexCount() == 0);
}

TEST_CASE("A drawn area is saved as a version and the next day starts from it")
{
    QTemporaryDir dir;
    IncidentDatabase database(dir.filePath("incidents.sqlite"), BoundaryLayer::defaultPath());
    REQUIRE(database.store());
    DrawingScene d;
    d.sketch->begin(ShapeSketch::Area);
    for (const QPoint &p : {QPoint(300, 200), QPoint(500, 210), QPoint(520, 400)})
        d.click(p);
    // A double click adds the last corner and finishes.
    QTest::mouseClick(&d.scene.window(), Qt::LeftButton, {}, {310, 420});
    QTest::mouseDClick(&d.scene.window(), Qt::LeftButton, {}, {310, 420});
    REQUIRE(d.sketch->isFinished());
    CHECK(d.sketch->vertexCount() == 4);

    ControlAreaForm form;
    form.setDatabase(&database);
    form.setProperty("party", QStringLiteral("Azerbaijan"));
    form.setProperty("claimedBy", QStringLiteral("Azerbaijan Ministry of Defence"));
    form.setProperty("date", QStringLiteral("14/09/2022"));
    CHECK_FALSE(form.save(d.sketch));
    CHECK(form.errorString() == "date: '14/09/2022' is not a day in the form YYYY-MM-DD");
    form.setProperty("date", QStringLiteral("2022-09-14"));
    REQUIRE(form.save(d.sketch));
    const auto stored = database.store()->control().at(
        QDate(2022, 9, 14), QStringLiteral("Azerbaijan"), QStringLiteral("Azerbaijan Ministry of Defence"));
    REQUIRE(stored);
    REQUIRE(*stored);
    CHECK((*stored)->area.polygons[0].rings[0].size() == 4);
    CHECK(form.parties() == QStringList{"Azerbaijan"});

    // The next day: the previous version, to edit.
    form.setProperty("date", QStringLiteral("2022-09-15"));
    REQUIRE(form.copyPrevious(d.sketch));
    CHECK(d.sketch->isActive());
    CHECK(d.sketch->vertexCount() == 4);
    QTest::mousePress(&d.scene.window(), Qt::LeftButton, {}, {520, 400});
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(&d.scene.window(), QPoint(520 + 20 * i, 400));
    QTest::mouseRelease(&d.scene.window(), Qt::LeftButton, {}, {600, 400});
    d.key(Qt::Key_Enter);
    REQUIRE(form.save(d.sketch));
    const auto change = database.store()->control().change(
        QStringLiteral("Azerbaijan"), QStringLiteral("Azerbaijan Ministry of Defence"), QDate(2022, 9, 14), QDate(2022, 9, 15));
    REQUIRE(change);
    CHECK(change->gainedKm2 > 1);
    CHECK(change->lostKm2 == Approx(0).margin(1e-6));
}

TEST_CASE("A version copied to start the next day keeps its enclave")
{
    QTemporaryDir dir;
    IncidentDatabase database(dir.filePath("incidents.sqlite"), BoundaryLayer::defaultPath());
    REQUIRE(database.store());
    ControlRecord first;
    first.party = QStringLiteral("Armenia");
    first.date = QDate(2022, 9, 14);
    Polygon withEnclave;
    withEnclave.rings.push_back({{45.8, 39.4}, {46.3, 39.4}, {46.3, 39.8}, {45.8, 39.8}});
    withEnclave.rings.push_back({{46.0, 39.55}, {46.0, 39.65}, {46.1, 39.65}, {46.1, 39.55}});
    first.area = Geometry::polygon(withEnclave);
    REQUIRE(database.store()->control().add(first));
    DrawingScene d;
    ControlAreaForm form;
    form.setDatabase(&database);
    form.setProperty("party", QStringLiteral("Armenia"));
    form.setProperty("date", QStringLiteral("2022-09-15"));
    REQUIRE(form.copyPrevious(d.sketch));
    CHECK(d.sketch->vertexCount() == 4); // the exterior's corners to edit
    // The enclave is not tinted.
    const QPointF enclave = d.scene.map()->fromCoordinate(QGeoCoordinate(39.6, 46.05), false);
    const QPointF held = d.scene.map()->fromCoordinate(QGeoCoordinate(39.45, 45.9), false);
    const QImage image = d.scene.grab();
    CHECK(image.pixelColor(enclave.toPoint()) != image.pixelColor(held.toPoint()));
    REQUIRE(d.sketch->finish());
    REQUIRE(form.save(d.sketch));
    const auto change
        = database.store()->control().change(QStringLiteral("Armenia"), QString(), QDate(2022, 9, 14), QDate(2022, 9, 15));
    REQUIRE(change);
    CHECK(change->gainedKm2 == Approx(0).margin(1e-6)); // the enclave is not gained
    CHECK(change->lostKm2 == Approx(0).margin(1e-6));
}

TEST_CASE("A line is drawn in the order clicked with its length")
{
    DrawingScene d;
    d.sketch->begin(ShapeSketch::Line);
    d.click({200, 300});
    CHECK(d.sketch->problem() == "A line needs at least two points.");
    d.click({600, 300});
    d.key(Qt::Key_Return);
    REQUIRE(d.sketch->isFinished());
    const Geometry g = d.sketch->geometry();
    REQUIRE(g.type == Geometry::Type::LineString);
    CHECK(g.lines[0].front().x() < g.lines[0].back().x()); // west to east, as drawn
    CHECK(d.sketch->lengthKm() > 10);
    // Inactive, the overlay lets clicks through.
    CHECK(d.overlay->acceptedMouseButtons() == Qt::NoButton);
}
