// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "IncidentDatabase.h"
#include "IncidentListModel.h"
#include "IncidentQuery.h"
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"

#include <QGeoRectangle>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace conflictmap;

namespace {
std::vector<qint64> shownIds(const IncidentListModel &model)
{
    std::vector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.idAt(row));
    return ids;
}

std::vector<qint64> storeIds(IncidentStore &store, const IncidentFilter &filter)
{
    std::vector<qint64> ids;
    const auto found = store.incidents(filter);
    REQUIRE(found);
    for (const Incident &incident : found.value())
        ids.push_back(incident.id);
    return ids;
}
} // namespace

TEST_CASE("the list loads off the UI thread and keeps the newest request's answer", "[quick][list]")
{
    QTemporaryDir dir;
    IncidentDatabase database(dir.filePath("incidents.sqlite"), BoundaryLayer::defaultPath()); // the sample: 7
    REQUIRE(database.isOpen());
    IncidentQuery query;
    IncidentListModel model;
    model.setQuery(&query);
    model.setSynchronousLimit(0); // as a large database does
    QSignalSpy loading(&model, &IncidentListModel::loadingChanged);
    model.setDatabase(&database);
    CHECK(model.loading());
    CHECK(model.rowCount() == 0); // nothing yet: the UI thread did not wait
    REQUIRE(QTest::qWaitFor([&] { return !model.loading(); }, 5000));
    CHECK(loading.count() == 2);
    CHECK(model.rowCount() == 7);
    CHECK(shownIds(model) == storeIds(*database.store(), {}));
    CHECK(model.data(model.index(0, 0), IncidentListModel::TitleRole).toString()
        == "Azerbaijan's defence minister claims seven mountain military positions taken inside Armenia");
    CHECK(model.data(model.index(0, 0), IncidentListModel::ClaimantsRole).toString().contains("Hasanov"));

    // Three filters in a row: the rows shown meanwhile stay, and only the
    // last request's answer lands.
    query.setStatus("disputed");
    query.setType("statement");
    query.setText(QString::fromUtf8("Syunik"));
    CHECK(model.rowCount() == 7);
    REQUIRE(QTest::qWaitFor([&] { return !model.loading(); }, 5000));
    IncidentFilter filter;
    filter.status = "disputed";
    filter.type = "statement";
    filter.text = "Syunik";
    const std::vector<qint64> expected = storeIds(*database.store(), filter);
    CHECK_FALSE(expected.empty());
    CHECK(expected.size() < 7);
    CHECK(shownIds(model) == expected);
    QTest::qWait(100); // no late answer from an earlier request
    CHECK(shownIds(model) == expected);
}

TEST_CASE("the area filter is applied in memory, as the database's bounding box query would", "[quick][list]")
{
    QTemporaryDir dir;
    IncidentDatabase database(dir.filePath("incidents.sqlite"), BoundaryLayer::defaultPath());
    REQUIRE(database.isOpen());
    IncidentQuery query;
    IncidentListModel model;
    model.setQuery(&query);
    model.setDatabase(&database);
    REQUIRE(model.rowCount() == 7);
    for (const QGeoRectangle &box : {QGeoRectangle(QGeoCoordinate(40.6, 44.6), QGeoCoordinate(38.8, 47.6)),
             QGeoRectangle(QGeoCoordinate(41.0, 46.5), QGeoCoordinate(38.0, 51.0)),
             QGeoRectangle(QGeoCoordinate(10.0, 0.0), QGeoCoordinate(0.0, 10.0))}) {
        query.setArea(box);
        QTest::qWait(250); // the area settles
        IncidentFilter filter;
        filter.bbox = QRectF(QPointF(box.topLeft().longitude(), box.bottomRight().latitude()),
            QPointF(box.bottomRight().longitude(), box.topLeft().latitude()));
        CHECK(shownIds(model) == storeIds(*database.store(), filter));
        // The query gives the store the same box.
        CHECK(query.filter(true).bbox == filter.bbox);
    }
    CHECK(model.rowCount() == 0);
    query.setArea(QGeoShape());
    QTest::qWait(250);
    CHECK(model.rowCount() == 7);
    model.setNewestFirst(true);
    std::vector<qint64> reversed = storeIds(*database.store(), {});
    std::reverse(reversed.begin(), reversed.end());
    CHECK(shownIds(model) == reversed);
}
