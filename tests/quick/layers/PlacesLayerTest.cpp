// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "MapView.h"
#include "RegionLabelModel.h"
#include "gazetteer/Gazetteer.h"
#include "geo/BoundaryLayer.h"
#include "layers/BoundaryMapLayer.h"
#include "layers/PlaceLabelModel.h"
#include "layers/PlacesLayer.h"
#include "quick/MapScene.h"

#include <QAbstractItemModelTester>
#include <QTest>

using conflictmap::PlaceLabelModel;
using conflictmap::PlacesLayer;

namespace {
QString scene(const QString &extra = {})
{
    return MapScene::boundaryLayer(conflictmap::BoundaryLayer::defaultPath())
        + QStringLiteral("PlacesLayer { objectName: \"places\"; source: \"%1\"; regionLabels: "
                         "boundaryLayer.labels }\ncenter: QtPositioning.coordinate(39.8, 45.8)\nzoomLevel: 8\n%2")
              .arg(conflictmap::Gazetteer::defaultPath(), extra);
}

PlacesLayer *placesOf(MapScene &map)
{
    auto *places = map.map()->findChild<PlacesLayer *>("places");
    REQUIRE(places);
    REQUIRE(QTest::qWaitFor([&] { return places->placeCount() > 0 && !places->loading(); }, 10000));
    return places;
}

QStringList texts(const PlaceLabelModel *labels)
{
    QStringList all;
    for (int i = 0; i < labels->rowCount(); ++i)
        all << labels->textAt(i);
    return all;
}

qint64 populationOf(const QModelIndex &index)
{
    const qint64 id = index.data(PlaceLabelModel::GeonameIdRole).toLongLong();
    const auto gazetteer = conflictmap::Gazetteer::openShared(conflictmap::Gazetteer::defaultPath());
    for (const auto &entry : gazetteer.value()->entries())
        if (entry.geonameid == id)
            return entry.population;
    return -1;
}
} // namespace

TEST_CASE("place names never overlap each other or the region labels at any zoom", "[quick][layers][places]")
{
    MapScene map(scene(), QSize(1000, 700));
    REQUIRE(map.waitForLoad());
    PlacesLayer *places = placesOf(map);
    QAbstractItemModelTester tester(places->labels(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const double zoom : {6.0, 7.0, 8.0, 9.5, 11.0}) {
        map.map()->setZoomLevel(zoom);
        map.map()->setCenter(QGeoCoordinate(39.6, 46.0));
        const std::vector<QRectF> names = places->labels()->labelRects();
        const std::vector<QRectF> regions = map.boundaryLayer()->labels()->labelRects();
        INFO("zoom " << zoom << ": " << names.size() << " names, " << regions.size() << " region labels");
        CHECK(names.size() >= 3);
        for (size_t i = 0; i < names.size(); ++i) {
            CHECK(QRectF(0, 0, 1000, 700).contains(names[i]));
            for (size_t j = i + 1; j < names.size(); ++j)
                CHECK_FALSE(names[i].intersects(names[j]));
            for (const QRectF &region : regions) {
                INFO(places->labels()->textAt(int(i)).toStdString()
                    << " " << names[i].x() << "," << names[i].y() << " " << names[i].width() << "x" << names[i].height()
                    << " region " << region.x() << "," << region.y() << " " << region.width() << "x" << region.height());
                CHECK_FALSE(names[i].intersects(region));
            }
        }
        // Only places big enough for the scale.
        const double smallest = PlaceLabelModel::smallestPopulationAt(zoom);
        for (int row = 0; row < places->labels()->rowCount(); ++row) {
            const QModelIndex index = places->labels()->index(row);
            if (!index.data(PlaceLabelModel::CapitalRole).toBool())
                CHECK(double(populationOf(index)) >= smallest);
        }
    }
}

TEST_CASE("the capital shows first and villages appear as the map zooms in", "[quick][layers][places]")
{
    MapScene map(scene(), QSize(1000, 700));
    REQUIRE(map.waitForLoad());
    PlacesLayer *places = placesOf(map);
    map.map()->setZoomLevel(6);
    map.map()->setCenter(QGeoCoordinate(40.2, 44.5));
    REQUIRE(places->labels()->rowCount() > 0);
    CHECK(places->labels()->textAt(0) == "Yerevan");
    CHECK(places->labels()->index(0).data(PlaceLabelModel::CapitalRole).toBool());
    CHECK_FALSE(texts(places->labels()).contains("Goris")); // 20,000 people: not at this scale
    // The dot is where the place is.
    const QModelIndex yerevan = places->labels()->index(0);
    const QPointF at = map.map()->fromCoordinate(QGeoCoordinate(40.18, 44.51));
    CHECK(std::abs(yerevan.data(PlaceLabelModel::DotXRole).toDouble() - at.x()) < 3);
    CHECK(std::abs(yerevan.data(PlaceLabelModel::DotYRole).toDouble() - at.y()) < 3);

    map.map()->setZoomLevel(11);
    map.map()->setCenter(QGeoCoordinate(39.507, 46.338));
    CHECK(texts(places->labels()).contains("Goris"));
    bool village = false;
    for (int row = 0; row < places->labels()->rowCount(); ++row)
        village |= populationOf(places->labels()->index(row)) < 3000;
    CHECK(village);
}

TEST_CASE("place names follow the label language and the display CRS", "[quick][layers][places]")
{
    MapScene map(scene(), QSize(1000, 700));
    REQUIRE(map.waitForLoad());
    PlacesLayer *places = placesOf(map);
    map.map()->setZoomLevel(10);
    map.map()->setCenter(QGeoCoordinate(39.507, 46.338));
    CHECK(texts(places->labels()).contains("Goris"));
    places->setLabelLanguage("local");
    CHECK(texts(places->labels()).contains(QString::fromUtf8("Գորիս")));
    places->setLabelLanguage("ru");
    CHECK(texts(places->labels()).contains(QString::fromUtf8("Горис")));

    map.map()->setCrs("EPSG:32638");
    REQUIRE(QTest::qWaitFor([&] { return !places->loading() && places->labels()->rowCount() > 0; }, 10000));
    CHECK(texts(places->labels()).contains(QString::fromUtf8("Горис")));

    // Hidden, it lays out nothing; shown, its names are back.
    places->setVisible(false);
    CHECK(places->labels()->rowCount() == 0);
    places->setVisible(true);
    CHECK(places->labels()->rowCount() > 0);
}

TEST_CASE("a gazetteer that cannot be read leaves the map working", "[quick][layers][places]")
{
    MapScene map(MapScene::boundaryLayer(conflictmap::BoundaryLayer::defaultPath())
        + "PlacesLayer { objectName: \"places\"; source: \"/no/such/places.sqlite\" }");
    REQUIRE(map.waitForLoad());
    auto *places = map.map()->findChild<PlacesLayer *>("places");
    REQUIRE(QTest::qWaitFor([&] { return !places->errorString().isEmpty(); }, 5000));
    CHECK(places->errorString().contains("/no/such/places.sqlite"));
    CHECK(places->labels()->rowCount() == 0);
    CHECK(map.boundaryLayer()->ready());
}
