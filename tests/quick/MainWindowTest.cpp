// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "IncidentDatabase.h"
#include "MapStyle.h"
#include "MapView.h"
#include "TestPaths.h"
#include "geo/BoundaryLayer.h"
#include "layers/BoundaryMapLayer.h"

#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "store/IncidentStore.h"
#include <QTest>

using conflictmap::MapView;

namespace {
QStringList g_warnings;
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << message;
}
} // namespace

TEST_CASE("the app's window loads without warnings and opens on the border region", "[quick][app]")
{
    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    {
        QTemporaryDir dir;
        conflictmap::IncidentDatabase database(dir.filePath("incidents.sqlite"), conflictmap::BoundaryLayer::defaultPath());
        REQUIRE(database.isOpen());
        CHECK(database.incidentCount() == 7); // the first start brings the sample
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.setInitialProperties({{"database", QVariant::fromValue(&database)}});
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ConflictMapViews/Main.qml")));
        REQUIRE(engine.rootObjects().size() == 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        REQUIRE(window);
        auto *map = window->findChild<MapView *>("map");
        REQUIRE(map);
        auto *boundaries = window->findChild<conflictmap::BoundaryMapLayer *>("boundaryLayer");
        REQUIRE(boundaries);
        REQUIRE(QTest::qWaitFor([&] { return boundaries->ready(); }, 10000));
        QTest::qWait(50);

        // Syunik, Vayots Dzor and Fuzuli are all in view.
        for (const auto &c : {QGeoCoordinate(39.5, 46.3), QGeoCoordinate(39.77, 45.33), QGeoCoordinate(39.6, 47.14)})
            CHECK(std::isfinite(map->fromCoordinate(c).x()));
        CHECK(boundaries->regionAt(map->fromCoordinate(QGeoCoordinate(39.507, 46.338))).value("code") == "AM-SU");
        CHECK(boundaries->labels()->rowCount() > 10);

        const QImage image = window->grabWindow();
        REQUIRE(!image.isNull());
        // Many distinct fills: polygons, not an empty canvas.
        QSet<QRgb> colours;
        for (int y = 60; y < image.height(); y += 17)
            for (int x = 0; x < image.width(); x += 17)
                colours.insert(image.pixel(x, y));
        CHECK(colours.size() > 20);

        // Items above the map stay visible: the map's drawing must not
        // cover them (the software renderer repaints only dirty regions).
        auto *line = window->findChild<QQuickItem *>("scaleBarLine");
        REQUIRE(line);
        REQUIRE(line->width() > 10);
        const QPointF mid = line->mapToScene(QPointF(line->width() / 2, line->height() / 2));
        CHECK(image.pixelColor(mid.toPoint()) == QColor("#222222"));

        // The map is drawn to its bottom edge, though it sits below the header.
        int drawn = 0;
        for (int x = 200; x < 1200; x += 50) {
            const QPointF local(x, map->height() - 3);
            if (!boundaries->regionAt(local).isEmpty()) {
                const QPointF scene = map->mapToScene(local);
                CHECK(image.pixelColor(scene.toPoint()) != conflictmap::MapStyle::background());
                ++drawn;
            }
        }
        CHECK(drawn > 5);

        auto *summary = window->findChild<QQuickItem *>("databaseSummary");
        REQUIRE(summary);
        CHECK(summary->property("text").toString() == "7 incidents · 1 source");
    }
    qInstallMessageHandler(previous);
    INFO(g_warnings.join('\n').toStdString());
    CHECK(g_warnings.isEmpty());
}

TEST_CASE("conflictmap --screenshot writes a PNG of the map", "[quick][app]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath("map.png");
    const QString db = dir.filePath("first-start.sqlite");
    QProcess app;
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(testpaths::app(), {"--db", db, "--screenshot", png, "--size", "900x600"});
    REQUIRE(app.waitForFinished(30000));
    INFO(app.readAll().toStdString());
    CHECK(app.exitCode() == 0);
    const QImage image(png);
    REQUIRE(!image.isNull());
    CHECK(image.size() == QSize(900, 600));
    QSet<QRgb> colours;
    for (int y = 40; y < image.height(); y += 13)
        for (int x = 0; x < image.width(); x += 13)
            colours.insert(image.pixel(x, y));
    CHECK(colours.size() > 20); // polygons and labels, not a blank window

    // The first start made the database, with the sample data.
    QString error;
    std::shared_ptr<const conflictmap::BoundaryLayer> layer(
        conflictmap::BoundaryLayer::open(conflictmap::BoundaryLayer::defaultPath(), &error));
    auto store = conflictmap::IncidentStore::open(db, layer);
    REQUIRE(store);
    CHECK(store.value()->incidentCount() == 7);
}

TEST_CASE("conflictmap --help and --version answer without a display", "[quick][app]")
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(name);
    auto run = [&](const QString &option) {
        QProcess app;
        app.setProcessEnvironment(environment);
        app.start(testpaths::app(), {option});
        REQUIRE(app.waitForFinished(30000));
        INFO(app.readAllStandardError().toStdString());
        CHECK(app.exitStatus() == QProcess::NormalExit);
        CHECK(app.exitCode() == 0);
        return QString::fromUtf8(app.readAllStandardOutput());
    };
    for (const char *help : {"--help", "-h"}) {
        const QString text = run(help);
        CHECK(text.startsWith("Usage: "));
        CHECK(text.contains("--screenshot <file.png>"));
    }
    CHECK(QRegularExpression("^conflictmap \\d+\\.\\d+\\.\\d+\n$").match(run("--version")).hasMatch());
}

TEST_CASE("conflictmap with a missing layer fails with the reason", "[quick][app]")
{
    QTemporaryDir dir;
    QProcess app;
    app.start(
        testpaths::app(), {"--db", dir.filePath("db.sqlite"), "--layer", "/no/such.gpkg", "--screenshot", dir.filePath("x.png")});
    REQUIRE(app.waitForFinished(30000));
    CHECK(app.exitCode() == 1);
    CHECK(QString::fromUtf8(app.readAllStandardError()).contains("/no/such.gpkg: no such file"));
    CHECK_FALSE(QFile::exists(dir.filePath("x.png")));
}

TEST_CASE("conflictmap --view opens on that place and refuses a bad one in one line", "[quick][app]")
{
    QTemporaryDir dir;
    for (const char *bad : {"95,1,3", "40,200,3", "40,45", "40,45,21", "a,b,c", "40,45,3,1"}) {
        QProcess app;
        app.start(testpaths::app(), {"--db", dir.filePath("db.sqlite"), "--view", bad, "--screenshot", dir.filePath("x.png")});
        REQUIRE(app.waitForFinished(30000));
        INFO(bad);
        CHECK(app.exitCode() == 2);
        // One line of ours (Qt may add its own about the environment).
        const QStringList ours
            = QString::fromUtf8(app.readAllStandardError()).split('\n').filter(QRegularExpression("^conflictmap: "));
        REQUIRE(ours.size() == 1);
        CHECK(ours.first().endsWith(QStringLiteral("not '%1'").arg(QString::fromLatin1(bad))));
        CHECK_FALSE(QFile::exists(dir.filePath("x.png")));
    }
    // The same place at two zooms: two different pictures.
    auto screenshotAt = [&](const char *view, const QString &file) {
        QProcess app;
        app.start(testpaths::app(),
            {"--db", dir.filePath("db.sqlite"), "--view", view, "--size", "1000x700", "--screenshot", dir.filePath(file)});
        REQUIRE(app.waitForFinished(30000));
        CHECK(app.exitCode() == 0);
        QImage shot(dir.filePath(file));
        REQUIRE_FALSE(shot.isNull());
        return shot;
    };
    const QImage shot = screenshotAt("39.60,47.15,10", "x.png");
    const QImage zoomedOut = screenshotAt("39.60,47.15,4", "y.png");
    CHECK(shot != zoomedOut); // the views differ: the option was applied
}
