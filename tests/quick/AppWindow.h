// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The app's whole window (Main.qml) on a database made from the sample, for
// tests that drive the real scene as a user does.
#pragma once

#include "CatchQtStrings.h"

#include "IncidentDatabase.h"
#include "IncidentDetails.h"
#include "IncidentLayer.h"
#include "MapView.h"
#include "geo/BoundaryLayer.h"
#include "io/SampleData.h"
#include "layers/BoundaryMapLayer.h"
#include "store/IncidentStore.h"
#include "support/PgTestDatabase.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

namespace conflictmap::test {

// Items by object name in the visual tree: delegates made by a Repeater are
// children of items, not QObject children of the window.
inline void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> &out)
{
    if (item->objectName() == name)
        out << item;
    for (QQuickItem *child : item->childItems())
        collect(child, name, out);
}

// A database of the tests' PostgreSQL server with the sample, as the app
// makes a new file, when the tests run on PostgreSQL
// (CONFLICTMAP_TEST_BACKEND); none otherwise.
inline std::unique_ptr<PgTestDatabase> serverWithSample()
{
    if (!PostgresServer::testsRunOnServer())
        return nullptr;
    auto server = std::make_unique<PgTestDatabase>();
    QString error;
    auto store = IncidentStore::open(
        server->uri(), std::shared_ptr<const BoundaryLayer>(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error)));
    INFO(store.error().toStdString());
    REQUIRE(store);
    auto loaded = SampleData::loadInto(*store.value());
    INFO(loaded.error().toStdString());
    REQUIRE(loaded);
    return server;
}

// The app's window on a database made from the sample, plus 'prepare': a
// file, or a server's database (serverWithSample).
struct AppWindow {
    QTemporaryDir dir;
    std::unique_ptr<PgTestDatabase> server = serverWithSample();
    IncidentDatabase database{server ? server->uri() : dir.filePath("incidents.sqlite"), BoundaryLayer::defaultPath()};
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    MapView *map = nullptr;
    BoundaryMapLayer *boundaryLayer = nullptr;

    explicit AppWindow(const std::function<void(IncidentStore &)> &prepare = {})
    {
        REQUIRE(database.isOpen());
        if (prepare)
            prepare(*database.store());
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.setInitialProperties({{"database", QVariant::fromValue(&database)}, {"width", 1400}, {"height", 900},
            // The border view the tests' expectations are written for, as --view would give it.
            {"restoreView", false}});
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ConflictMapViews/Main.qml")));
        REQUIRE(engine.rootObjects().size() == 1);
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        REQUIRE(window);
        map = window->findChild<MapView *>("map");
        REQUIRE(map);
        boundaryLayer = window->findChild<BoundaryMapLayer *>("boundaryLayer");
        REQUIRE(boundaryLayer);
        REQUIRE(QTest::qWaitFor([&] { return boundaryLayer->ready(); }, 10000));
        QTest::qWait(50);
    }

    QList<QQuickItem *> items(const char *name) const
    {
        QList<QQuickItem *> found;
        collect(window->contentItem(), QString::fromLatin1(name), found);
        return found;
    }
    QQuickItem *item(const char *name) const
    {
        const QList<QQuickItem *> found = items(name);
        INFO(name);
        REQUIRE(found.size() >= 1);
        return found.first();
    }
    // The symbols the incident layer draws now, in map item pixels.
    QList<QVariantMap> symbols() const
    {
        auto *layer = window->findChild<IncidentLayer *>("incidentLayer");
        REQUIRE(layer);
        REQUIRE(QTest::qWaitFor([&] { return !layer->building(); }, 5000));
        QList<QVariantMap> drawn;
        for (const QVariant &marker : layer->markers())
            drawn << marker.toMap();
        return drawn;
    }
    int selected() const { return window->property("selectedIncident").toInt(); }
    IncidentDetails *details() const { return window->findChild<IncidentDetails *>(); }
    void click(QQuickItem *item, QPointF at = {}) const
    {
        const QPointF local = at.isNull() ? QPointF(item->width() / 2, item->height() / 2) : at;
        QTest::mouseClick(window, Qt::LeftButton, {}, item->mapToScene(local).toPoint());
    }
    int listCount() const { return item("incidentList")->property("count").toInt(); }
};

// Types text into the focused item, character by character, as key events
// carrying the text (QTest has no keyClicks for windows).
inline void typeText(QWindow *window, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(window, &press);
        QCoreApplication::sendEvent(window, &release);
    }
}

// A shelling at Goris (Syunik) on 13 September 2022, as tests add it.
inline Incident gorisShelling(const QString &title, LocationPrecision precision = LocationPrecision::Exact)
{
    Incident incident;
    incident.type = QStringLiteral("shelling");
    incident.title = title;
    incident.date = PartialDate::parse(QStringLiteral("2022-09-13"), nullptr);
    incident.lat = 39.507;
    incident.lon = 46.338;
    incident.precision = precision;
    return incident;
}

// Empties a store of the sample's incidents.
inline void deleteAllIncidents(IncidentStore &store)
{
    const auto all = store.incidents();
    for (const Incident &incident : all.value())
        REQUIRE(store.deleteIncident(incident.id));
}

inline qint64 idOfTitle(IncidentStore &store, const QString &title)
{
    const auto incidents = store.incidents();
    for (const Incident &incident : incidents.value())
        if (incident.title == title)
            return incident.id;
    return -1;
}
} // namespace conflictmap::test
