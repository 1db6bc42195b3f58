// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppWindow.h"

#include <QGeoRectangle>

using namespace conflictmap;
using namespace conflictmap::test;

namespace {
// Ctrl+G, the name typed, the first result taken with Enter.
void goTo(AppWindow &app, const QString &name)
{
    QTest::keyClick(app.window, Qt::Key_G, Qt::ControlModifier);
    QQuickItem *field = app.item("goToPlace");
    REQUIRE(QTest::qWaitFor([&] { return field->hasActiveFocus(); }, 2000));
    QMetaObject::invokeMethod(field, "clear");
    typeText(app.window, name);
    auto *results = field->property("results").value<QObject *>();
    REQUIRE(results);
    REQUIRE(QTest::qWaitFor([&] { return results->property("count").toInt() > 0; }, 5000));
    QTest::keyClick(app.window, Qt::Key_Return);
}
} // namespace

TEST_CASE("go to place finds a town by a name in another script and takes the map there", "[quick][places][app]")
{
    AppWindow app;
    goTo(app, QString::fromUtf8("Шуша"));
    const QGeoCoordinate shusha(39.7583, 46.7484);
    REQUIRE(QTest::qWaitFor([&] { return app.map->center().distanceTo(shusha) < 2000; }, 3000));
    CHECK(app.map->zoomLevel() >= 11);
    // Marked where it is.
    QQuickItem *mark = app.item("chosenPlace");
    CHECK(mark->isVisible());
    const QVariantMap chosen = app.item("goToPlace")->property("chosen").toMap();
    CHECK(chosen.value("geonameid").toLongLong() == 147105);
    const QGeoCoordinate marked(chosen.value("lat").toDouble(), chosen.value("lon").toDouble());
    const QPointF at = app.map->fromCoordinate(marked);
    CHECK(std::abs(mark->x() - at.x()) < 1);
    CHECK(std::abs(mark->y() - at.y()) < 1);
    // And stays on it as the map moves.
    app.map->pan(120, -40);
    const QPointF moved = app.map->fromCoordinate(marked);
    CHECK(std::abs(mark->x() - moved.x()) < 1);
    CHECK(std::abs(mark->y() - moved.y()) < 1);
}

TEST_CASE("go to place fits an admin unit found by its Armenian name", "[quick][places][app]")
{
    AppWindow app;
    goTo(app, QString::fromUtf8("Սյունիք"));
    // Syunik fills the view: Kapan and Sisian in it, Yerevan not.
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QGeoRectangle view = app.map->visibleRegion().boundingGeoRectangle();
            return view.contains(QGeoCoordinate(39.2076, 46.4058)) && view.contains(QGeoCoordinate(39.52, 46.03))
                && !view.contains(QGeoCoordinate(40.18, 44.51));
        },
        3000));
    CHECK_FALSE(app.item("chosenPlace")->isVisible()); // a unit is shown by the view, not a mark
}

TEST_CASE("escape in the place field closes its list and leaves the selected incident alone", "[quick][places][app]")
{
    AppWindow app;
    app.window->setProperty("selectedIncident", 2);
    QTest::keyClick(app.window, Qt::Key_G, Qt::ControlModifier);
    QQuickItem *field = app.item("goToPlace");
    REQUIRE(QTest::qWaitFor([&] { return field->hasActiveFocus(); }, 2000));
    typeText(app.window, QStringLiteral("Goris"));
    auto *results = field->property("results").value<QObject *>();
    REQUIRE(QTest::qWaitFor([&] { return results->property("count").toInt() > 0; }, 5000));
    QTest::keyClick(app.window, Qt::Key_Escape);
    CHECK(field->property("dismissed").toBool());
    CHECK(app.selected() == 2);
    // A second Escape clears the field, a third is the window's again.
    QTest::keyClick(app.window, Qt::Key_Escape);
    CHECK(field->property("text").toString().isEmpty());
    CHECK(app.selected() == 2);
    QTest::keyClick(app.window, Qt::Key_Escape);
    CHECK(app.selected() == -1);
}
