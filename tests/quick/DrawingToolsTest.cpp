// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppWindow.h"

#include "drawing/ShapeSketch.h"
#include "layers/ControlLayer.h"

using namespace conflictmap;
using namespace conflictmap::test;

namespace {
// Focuses a field of the app by name and types into it.
void type(AppWindow &app, const char *field, const QString &text)
{
    QQuickItem *input = app.item(field);
    // An editable ComboBox is typed into through its text field, as a click puts it there.
    if (auto *editor = input->property("contentItem").value<QQuickItem *>(); editor && input->property("editable").toBool())
        input = editor;
    input->forceActiveFocus();
    REQUIRE(input->hasActiveFocus());
    typeText(app.window, text);
}

// Presses a button by name from the keyboard (see AnalystViewTest: a
// click's mouse state can linger between windows of one process).
void press(AppWindow &app, const char *button)
{
    QQuickItem *item = app.item(button);
    REQUIRE(QTest::qWaitFor([&] { return item->isVisible() && item->isEnabled(); }, 2000));
    item->forceActiveFocus();
    QTest::keyClick(app.window, Qt::Key_Space);
}

void chooseTool(AppWindow &app, const char *menuItem)
{
    app.click(app.item("drawButton"));
    QQuickItem *item = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto found = app.items(menuItem);
            item = found.isEmpty() ? nullptr : found.first();
            return item && item->isVisible();
        },
        2000));
    QTest::qWait(300); // the menu's opening transition
    app.click(item);
}

// Map positions around Syunik, in the window.
QPoint onMap(AppWindow &app, double lat, double lon)
{
    return app.map->mapToScene(app.map->fromCoordinate(QGeoCoordinate(lat, lon))).toPoint();
}
} // namespace

TEST_CASE("In the app an area drawn with the mouse is saved as a claimed control and drawn on that day")
{
    AppWindow app;
    auto *sketch = app.window->findChild<ShapeSketch *>("sketch");
    auto *control = app.window->findChild<ControlLayer *>("controlLayer");
    REQUIRE(sketch);
    REQUIRE(control);
    chooseTool(app, "drawAreaItem");
    REQUIRE(QTest::qWaitFor([&] { return sketch->isActive(); }, 2000));
    CHECK(app.item("drawingPanel")->isVisible());
    for (const auto &[lat, lon] :
        {std::pair(39.70, 45.95), std::pair(39.70, 46.20), std::pair(39.50, 46.20), std::pair(39.50, 45.95)})
        QTest::mouseClick(app.window, Qt::LeftButton, {}, onMap(app, lat, lon));
    REQUIRE(sketch->vertexCount() == 4);
    CHECK(app.item("sketchMeasure")->property("text").toString().startsWith("4 corners, "));
    QTest::keyClick(app.window, Qt::Key_Return);
    REQUIRE(sketch->isFinished());

    type(app, "partyField", "Azerbaijan");
    type(app, "claimedByField", "Azerbaijan Ministry of Defence");
    QQuickItem *day = app.item("dayField");
    day->setProperty("text", QString());
    type(app, "dayField", "2022-09-14");
    press(app, "saveAreaButton");
    const bool saved = QTest::qWaitFor([&] { return !sketch->isFinished(); }, 2000);
    auto *areaForm = app.window->findChild<QObject *>("areaForm");
    INFO(areaForm->property("errorString").toString().toStdString());
    INFO(areaForm->property("party").toString().toStdString());
    INFO(areaForm->property("date").toString().toStdString());
    REQUIRE(saved);
    CHECK(app.items("areaFormError").first()->property("text").toString().isEmpty());

    const auto stored = app.database.store()->control().at(
        QDate(2022, 9, 14), QStringLiteral("Azerbaijan"), QStringLiteral("Azerbaijan Ministry of Defence"));
    REQUIRE(stored);
    REQUIRE(*stored);
    CHECK((*stored)->area.polygons.at(0).rings.at(0).size() == 4);
    CHECK((*stored)->area.bounds().left() == Approx(45.95).margin(0.01));
    CHECK((*stored)->areaKm2 > 400);
    // The control layer shows that day, with the new series.
    REQUIRE(QTest::qWaitFor([&] { return control->property("shownDate").toString() == "2022-09-14"; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return control->property("visibleSeries").toList().size() == 1; }, 5000));
    CHECK_FALSE(app.item("drawingPanel")->isVisible());
}

TEST_CASE("In the app a self-intersecting area cannot be finished and Escape cancels the drawing")
{
    AppWindow app;
    auto *sketch = app.window->findChild<ShapeSketch *>("sketch");
    chooseTool(app, "drawAreaItem");
    REQUIRE(QTest::qWaitFor([&] { return sketch->isActive(); }, 2000));
    for (const auto &[lat, lon] :
        {std::pair(39.70, 45.95), std::pair(39.50, 46.20), std::pair(39.70, 46.20), std::pair(39.50, 45.95)})
        QTest::mouseClick(app.window, Qt::LeftButton, {}, onMap(app, lat, lon));
    QTest::keyClick(app.window, Qt::Key_Return);
    CHECK(sketch->isActive());
    CHECK_FALSE(sketch->isFinished());
    QQuickItem *problem = app.item("sketchProblem");
    CHECK(problem->isVisible());
    CHECK(problem->property("text").toString().startsWith("a ring crosses itself or another ring at "));
    CHECK_FALSE(app.item("finishButton")->isEnabled());
    QTest::keyClick(app.window, Qt::Key_Escape);
    CHECK_FALSE(sketch->isActive());
    CHECK(app.database.store()->control().recordCount() == 0);
    CHECK_FALSE(app.item("drawingPanel")->isVisible());
}

TEST_CASE("In the app a drawn movement becomes an incident whose position is that line")
{
    AppWindow app;
    auto *sketch = app.window->findChild<ShapeSketch *>("sketch");
    chooseTool(app, "drawLineItem");
    REQUIRE(QTest::qWaitFor([&] { return sketch->isActive(); }, 2000));
    QTest::mouseClick(app.window, Qt::LeftButton, {}, onMap(app, 39.60, 46.60));
    QTest::mouseClick(app.window, Qt::LeftButton, {}, onMap(app, 39.55, 46.85));
    QTest::mouseClick(app.window, Qt::LeftButton, {}, onMap(app, 39.50, 47.05));
    QTest::mouseDClick(app.window, Qt::LeftButton, {}, onMap(app, 39.50, 47.05));
    REQUIRE(sketch->isFinished());
    press(app, "useLineButton");
    QQuickItem *form = app.item("incidentForm");
    REQUIRE(QTest::qWaitFor([&] { return form->isVisible(); }, 2000));
    CHECK(app.item("positionSummary")->property("text").toString().startsWith("Line, "));
    CHECK_FALSE(app.item("latitudeField")->isVisible());
    type(app, "titleField", "About 60 military trucks moving toward Fuzuli");
    type(app, "dateField", "2022-10");
    press(app, "saveButton");
    REQUIRE(QTest::qWaitFor([&] { return !form->isVisible(); }, 3000));
    const qint64 id = idOfTitle(*app.database.store(), "About 60 military trucks moving toward Fuzuli");
    REQUIRE(id > 0);
    const auto incident = app.database.store()->incident(id);
    REQUIRE(incident);
    REQUIRE(incident->shape);
    CHECK(incident->shape->type == Geometry::Type::LineString);
    REQUIRE(incident->shape->lines.at(0).size() == 3);
    CHECK(incident->shape->lines[0].front().x() < incident->shape->lines[0].back().x()); // the direction drawn
}
