// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AppWindow.h"

#include "BundledData.h"
#include "layers/PolygonLayer.h"

using namespace conflictmap;
using namespace conflictmap::test;

TEST_CASE("the layer list shows and hides the map's layers and the credits follow", "[quick][layers][app]")
{
    AppWindow app;
    app.window->setProperty("lakesSource", BundledData::path(QStringLiteral("caucasus-lakes.gpkg")));
    auto *lakes = app.window->findChild<PolygonLayer *>("lakesLayer");
    REQUIRE(lakes);
    REQUIRE(QTest::qWaitFor([&] { return lakes->prepared() != nullptr; }, 10000));
    QQuickItem *credits = app.item("mapAttribution");
    CHECK(credits->property("text").toString().contains("OpenStreetMap"));

    app.click(app.item("layersButton"));
    REQUIRE(QTest::qWaitFor([&] { return app.item("layersPanel")->isVisible(); }, 2000));
    // A row per titled layer, top first: incidents at the top, the ground at
    // the bottom (no base map: it has no row).
    QList<QQuickItem *> rows;
    for (QQuickItem *row : app.items("layerRow"))
        if (row->isVisible())
            rows << row;
    REQUIRE(rows.size() == 8);
    CHECK(rows.first()->property("modelData").value<QObject *>()->property("title") == "Incidents");
    // Their lines and areas just beneath the symbols.
    CHECK(rows[1]->property("modelData").value<QObject *>()->property("title") == "Incident lines and areas");
    // Territorial control over the waters and units, under the names.
    CHECK(rows[3]->property("modelData").value<QObject *>()->property("title") == "Territorial control");
    CHECK(rows.last()->property("modelData").value<QObject *>()->property("title") == "Countries of the world");

    QQuickItem *lakesRow = nullptr;
    for (QQuickItem *row : rows)
        if (row->property("modelData").value<QObject *>() == lakes)
            lakesRow = row;
    REQUIRE(lakesRow);
    QList<QQuickItem *> boxes;
    collect(lakesRow, QStringLiteral("layerVisible"), boxes);
    REQUIRE(boxes.size() == 1);
    REQUIRE(boxes.first()->property("checked").toBool());
    app.click(boxes.first());
    REQUIRE(QTest::qWaitFor([&] { return !lakes->isVisible(); }, 2000));
    CHECK_FALSE(boxes.first()->property("checked").toBool());
    // Rivers have no data here: with the lakes hidden nobody's OSM data is shown.
    CHECK_FALSE(credits->property("text").toString().contains("OpenStreetMap"));
    app.click(boxes.first());
    REQUIRE(QTest::qWaitFor([&] { return lakes->isVisible(); }, 2000));
    CHECK(credits->property("text").toString().contains("OpenStreetMap"));
}
