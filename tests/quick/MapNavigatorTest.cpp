// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppWindow.h"

#include "IncidentListModel.h"
#include "MapNavigator.h"
#include "ViewMemory.h"

#include <QFile>

using namespace conflictmap;
using namespace conflictmap::test;

namespace {
bool inView(const MapView *map, const QGeoCoordinate &c)
{
    return std::isfinite(map->fromCoordinate(c, true).x());
}

// The app's window on an existing database, the view left to the app.
struct RememberingWindow {
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    MapView *map = nullptr;

    explicit RememberingWindow(IncidentDatabase &database)
    {
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.setInitialProperties({{"database", QVariant::fromValue(&database)}, {"width", 1400}, {"height", 900}});
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ConflictMapViews/Main.qml")));
        REQUIRE(engine.rootObjects().size() == 1);
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        map = window->findChild<MapView *>("map");
        REQUIRE(map);
        auto *boundaryLayer = window->findChild<BoundaryMapLayer *>("boundaryLayer");
        REQUIRE(boundaryLayer);
        REQUIRE(QTest::qWaitFor([&] { return boundaryLayer->ready(); }, 10000));
    }
};

const QList<QGeoCoordinate> kUkraine{QGeoCoordinate(49.99, 36.23), QGeoCoordinate(48.59, 38.00), QGeoCoordinate(46.63, 32.60)};
} // namespace

TEST_CASE("a database whose incidents lie elsewhere opens on them, and then where it was left", "[quick][navigation]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("ukraine.sqlite");
    QFile::remove(ViewMemory::settingsPath());
    {
        IncidentDatabase database(path, BoundaryLayer::defaultPath());
        REQUIRE(database.isOpen());
        IncidentStore &store = *database.store();
        deleteAllIncidents(store);
        for (const QGeoCoordinate &at : kUkraine) {
            Incident incident = gorisShelling("Shelling"); // moved to Ukraine
            incident.lat = at.latitude();
            incident.lon = at.longitude();
            const auto added = store.addIncident(incident);
            INFO(added.error().toStdString());
            REQUIRE(added);
        }
    }
    {
        IncidentDatabase database(path, BoundaryLayer::defaultPath());
        RememberingWindow app(database);
        REQUIRE(QTest::qWaitFor(
            [&] { return std::all_of(kUkraine.begin(), kUkraine.end(), [&](const auto &c) { return inView(app.map, c); }); },
            5000));
        CHECK_FALSE(inView(app.map, QGeoCoordinate(39.507, 46.338))); // not the border's default view
        // The user moves on; the window closes.
        app.map->setZoomLevel(9);
        app.map->setCenter(kUkraine[0]);
        QTest::qWait(50);
    }
    IncidentDatabase database(path, BoundaryLayer::defaultPath());
    RememberingWindow app(database);
    REQUIRE(QTest::qWaitFor([&] { return app.map->center().distanceTo(kUkraine[0]) < 100; }, 5000));
    CHECK(app.map->zoomLevel() == Approx(9));
    QTest::qWait(200); // the incidents load: the remembered view stays
    CHECK(app.map->center().distanceTo(kUkraine[0]) < 100);
}

TEST_CASE("an incident chosen in the list comes into view, and the map zooms to all and to the selection", "[quick][navigation]")
{
    AppWindow app; // the border view: Baku is east of it
    const qint64 baku = idOfTitle(*app.database.store(), "S-300 air-defence systems deployed in Baku");
    const Incident s300 = *app.database.store()->incident(baku);
    const QGeoCoordinate bakuAt(s300.lat, s300.lon);
    REQUIRE_FALSE(inView(app.map, bakuAt));
    const double zoom = app.map->zoomLevel();

    auto *incidents = app.window->findChild<IncidentListModel *>();
    QQuickItem *list = app.item("incidentList");
    QQuickItem *row = nullptr;
    REQUIRE(QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, incidents->rowOf(baku)), Q_ARG(int, 0)));
    QTest::qWait(50);
    REQUIRE(QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, row), Q_ARG(int, incidents->rowOf(baku))));
    REQUIRE(row);
    app.click(row);
    REQUIRE(QTest::qWaitFor([&] { return app.selected() == baku; }, 2000));
    // In view, clear of the details panel that opened over the map's left side, and not zoomed.
    REQUIRE(QTest::qWaitFor([&] { return inView(app.map, bakuAt); }, 2000));
    QQuickItem *panel = app.item("incidentPanel");
    REQUIRE(panel->isVisible());
    CHECK(app.map->fromCoordinate(bakuAt).x() > panel->x() + panel->width());
    CHECK(app.map->zoomLevel() == Approx(zoom));

    app.click(app.item("zoomToSelection")); // a region record: its unit fills the view
    const QRectF b = app.database.layer()->regionByCode("AZ-BA")->bounds;
    CHECK(inView(app.map, QGeoCoordinate(b.top(), b.left())));
    CHECK(inView(app.map, QGeoCoordinate(b.bottom(), b.right())));
    CHECK_FALSE(inView(app.map, QGeoCoordinate(39.507, 46.338))); // Goris is far off now

    app.click(app.item("zoomToAll"));
    const auto all = app.database.store()->incidents();
    for (const Incident &incident : all.value()) {
        INFO(incident.title.toStdString());
        CHECK(inView(app.map, QGeoCoordinate(incident.lat, incident.lon)));
    }
}
