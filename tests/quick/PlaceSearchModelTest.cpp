// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "PlaceSearchModel.h"

#include <QAbstractItemModelTester>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace conflictmap;

namespace {
bool waitForResults(const PlaceSearchModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading() && model.rowCount() > 0; }, 10000);
}
} // namespace

TEST_CASE("the place model lists a place typed in another script with its name in the chosen language", "[quick][gazetteer]")
{
    PlaceSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy counted(&model, &PlaceSearchModel::countChanged);
    model.setLanguage(QStringLiteral("hy"));
    model.setQuery(QString::fromUtf8("Шуша"));
    REQUIRE(waitForResults(model));
    CHECK(counted.count() >= 1);
    CHECK(model.errorString().isEmpty());
    const QModelIndex first = model.index(0);
    CHECK(model.data(first, PlaceSearchModel::GeonameidRole).toLongLong() == 147105);
    CHECK(model.data(first, PlaceSearchModel::NameRole).toString() == QString::fromUtf8("Շուշի"));
    CHECK(model.data(first, PlaceSearchModel::CountryRole).toString() == "AZ");
    CHECK(model.data(first, PlaceSearchModel::KindRole).toString() == "place");
    CHECK(model.roleNames().value(PlaceSearchModel::AdminNameRole) == "adminName");

    const QVariantMap place = model.get(0);
    CHECK(place.value("geonameid").toLongLong() == 147105);
    CHECK(std::abs(place.value("lon").toDouble() - 46.74989) < 1e-6);
    CHECK(std::abs(place.value("lat").toDouble() - 39.76006) < 1e-6);
    CHECK(place.value("names").toList().size() > 10);
    CHECK(model.get(model.rowCount()).isEmpty());

    // Another language names the same places anew.
    model.setLanguage(QStringLiteral("ru"));
    CHECK(model.data(first, PlaceSearchModel::NameRole).toString() == QString::fromUtf8("Шуша"));
    // The limit holds; an emptied query empties the list.
    model.setQuery(QStringLiteral("Go"));
    model.setLimit(3);
    CHECK(model.rowCount() == 3);
    model.setQuery(QString());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the place model says why a gazetteer cannot be read and lists nothing", "[quick][gazetteer]")
{
    QTemporaryDir dir;
    PlaceSearchModel model;
    model.setGazetteer(dir.filePath("missing.sqlite"));
    model.setQuery(QStringLiteral("Goris"));
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
    CHECK(model.rowCount() == 0);
    CHECK(model.errorString().contains(dir.filePath("missing.sqlite")));
    // A query too long to search says so.
    model.setGazetteer(QString());
    REQUIRE(QTest::qWaitFor([&] { return !model.isLoading(); }, 10000));
    model.setQuery(QString(10000, QLatin1Char('x')));
    CHECK(model.rowCount() == 0);
    CHECK(model.errorString().contains("10000 characters"));
}

TEST_CASE("the place field lists places as one types and Enter chooses the one selected", "[quick][gazetteer]")
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport ConflictMapViews\nPlaceSearchField { width: 300; language: \"hy\" }", QUrl());
    INFO(component.errorString().toStdString());
    std::unique_ptr<QQuickItem> field(qobject_cast<QQuickItem *>(component.create()));
    REQUIRE(field);
    QQuickWindow window;
    window.resize(400, 500);
    field->setParentItem(window.contentItem());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    field->forceActiveFocus();
    QSignalSpy chosen(field.get(), SIGNAL(placeChosen(QVariant)));

    for (char letter : {'G', 'o', 'r', 'i'})
        QTest::keyClick(&window, letter);
    auto *places = field->property("results").value<PlaceSearchModel *>();
    REQUIRE(places);
    REQUIRE(waitForResults(*places));
    QObject *popup = field->findChild<QObject *>("placeResults");
    REQUIRE(popup);
    CHECK(QTest::qWaitFor([&] { return popup->property("visible").toBool(); }, 3000));
    // Gori (the town) first, then Goris: Down selects the second.
    REQUIRE(places->rowCount() >= 2);
    CHECK(places->data(places->index(1), PlaceSearchModel::GeonameidRole).toLongLong() == 174895);
    QTest::keyClick(&window, Qt::Key_Down);
    QTest::keyClick(&window, Qt::Key_Return);
    REQUIRE(chosen.count() == 1);
    const QVariantMap place = chosen.first().first().toMap();
    CHECK(place.value("geonameid").toLongLong() == 174895);
    CHECK(place.value("name").toString() == QString::fromUtf8("Գորիս"));
    CHECK(place.contains("lat"));
    CHECK(QTest::qWaitFor([&] { return !popup->property("visible").toBool(); }, 3000));
    // Escape with the list shut clears the field.
    QTest::keyClick(&window, Qt::Key_Escape);
    CHECK(field->property("text").toString().isEmpty());
    field.reset(); // before the window it lives in
}
