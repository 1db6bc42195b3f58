// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppWindow.h"
#include "CatchQtStrings.h"

#include "layers/ControlLayer.h"
#include "store/ControlStore.h"

#include <QFileInfo>
#include <QImage>

using namespace conflictmap;
using conflictmap::test::AppWindow;

namespace {
// Map image… as a user exports it: the button, the real file dialog, the
// file chosen and accepted; returns once the file is written.
void exportThroughDialog(AppWindow &app, const QString &file)
{
    QObject *dialog = app.window->findChild<QObject *>("mapImageDialog");
    REQUIRE(dialog);
    dialog->setProperty("currentFolder", QUrl::fromLocalFile(app.dir.path()));
    dialog->setProperty("selectedFile", QUrl::fromLocalFile(file));
    app.click(app.item("mapImageButton"));
    REQUIRE(QTest::qWaitFor([&] { return dialog->property("visible").toBool(); }, 3000));
    QTest::qWait(200); // the folder is listed
    REQUIRE(QMetaObject::invokeMethod(dialog, "accept"));
    REQUIRE(QTest::qWaitFor([&] { return QFileInfo::exists(file); }, 10000));
}
} // namespace

TEST_CASE("Map image… writes the view as a briefing map through the real dialog", "[quick][app][render]")
{
    AppWindow app;
    const QString file = app.dir.filePath("briefing.png");
    exportThroughDialog(app, file);

    const QString notice = app.item("notice")->property("text").toString();
    INFO(notice.toStdString());
    CHECK(notice.startsWith("Map image written: "));
    const QImage image(file);
    REQUIRE(image.size() == QSize(1600, 1000));
    // A page: white margins, the ground drawn in the frame.
    CHECK(image.pixelColor(2, 2) == QColor(Qt::white));
    int ground = 0;
    for (int y = 200; y < 800; y += 10)
        for (int x = 100; x < 1000; x += 10)
            ground += image.pixelColor(x, y) != QColor(Qt::white);
    CHECK(ground > 4000);
}

TEST_CASE("Map image… of a view across the antimeridian draws both sides of it", "[quick][app][render]")
{
    // Two records either side of 180° over Fiji, the map centred on it.
    AppWindow app([](IncidentStore &store) {
        for (const auto &[lon, status] :
            {std::pair{178.45, IncidentStatus::Confirmed}, std::pair{-178.8, IncidentStatus::Claimed}}) {
            Incident incident;
            incident.type = QStringLiteral("shelling");
            incident.title = QStringLiteral("Fiji");
            incident.date = PartialDate::fromParts(2022, 9, 13);
            incident.lon = lon;
            incident.lat = -17.5;
            incident.precision = LocationPrecision::Exact;
            incident.status = status;
            REQUIRE(store.addIncident(incident));
        }
    });
    app.map->setCenter(QGeoCoordinate(-17.5, 180.0));
    app.map->setZoomLevel(7);
    QTest::qWait(100);
    const QString file = app.dir.filePath("fiji.png");
    exportThroughDialog(app, file);
    const QString notice = app.item("notice")->property("text").toString();
    INFO(notice.toStdString());
    CHECK(notice == "Map image written: 2 incidents.");
    // Each in its status colour somewhere on the page's map, the confirmed
    // one west of the claimed one.
    const QImage image(file);
    REQUIRE(!image.isNull());
    const auto columnOf = [&](const QColor &colour) {
        for (int x = 0; x < image.width(); ++x)
            for (int y = 0; y < image.height(); ++y)
                if (image.pixelColor(x, y) == colour)
                    return x;
        return -1;
    };
    const int confirmed = columnOf(QColor("#c0392b")), claimed = columnOf(QColor("#e08a00"));
    CHECK(confirmed > 0);
    CHECK(claimed > confirmed);
}

TEST_CASE("Map image… draws the areas of control the map shows, on its day", "[quick][app][render]")
{
    AppWindow app([](IncidentStore &store) {
        ControlRecord held;
        held.party = QStringLiteral("Azerbaijan");
        held.date = QDate(2022, 9, 14);
        Polygon square;
        square.rings.push_back({{45.9, 39.4}, {46.3, 39.4}, {46.3, 39.8}, {45.9, 39.8}, {45.9, 39.4}});
        held.area = Geometry::polygon(square);
        REQUIRE(store.control().add(held));
        REQUIRE(store.control().setPartyColor(QStringLiteral("Azerbaijan"), QStringLiteral("#00ff00")));
    });
    auto *control = app.window->findChild<ControlLayer *>("controlLayer");
    REQUIRE(control);
    REQUIRE(QTest::qWaitFor([&] { return control->hasData() && control->shownDate() == "2022-09-14"; }, 10000));
    app.map->setCenter(QGeoCoordinate(39.6, 46.1));
    app.map->setZoomLevel(8);
    QTest::qWait(100);
    const QString file = app.dir.filePath("control.png");
    exportThroughDialog(app, file);
    // The area filled in the party's green (no status is green): some
    // thousands of greenish pixels on the map.
    const QImage image(file);
    REQUIRE(!image.isNull());
    int green = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            green += c.green() > c.red() + 50 && c.green() > c.blue() + 50;
        }
    CHECK(green > 2000);
}
