// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// conflictmap: the desktop app. Wiring only: options, the QML engine, the window.
#include "BundledData.h"
#include "IncidentDatabase.h"
#include "MapView.h"
#include "QmlPlugins.h"
#include "WindowSnapshot.h"
#include "gazetteer/Gazetteer.h"
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSize>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {
// --help and --version, which need no display.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "-?", "--help", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("conflictmap"));
    QCoreApplication::setOrganizationName(QStringLiteral("conflictmap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONFLICTMAP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Map of reported incidents, deployments and claimed positions."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption layerOption(QStringLiteral("layer"), QStringLiteral("Boundary layer (any GDAL vector dataset)."),
        QStringLiteral("path"), conflictmap::BoundaryLayer::defaultPath());
    const QCommandLineOption crsOption(QStringLiteral("crs"),
        QStringLiteral("Display CRS, e.g. EPSG:3857 (default), EPSG:32638."), QStringLiteral("crs"), QStringLiteral("EPSG:3857"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Write a PNG of the window once the map has loaded, then quit."), QStringLiteral("file.png"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("Window size, WIDTHxHEIGHT."), QStringLiteral("size"), QStringLiteral("1280x800"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("Incident database: an SQLite file or a PostgreSQL URI (postgresql://…; the password from "
                       "~/.pgpass or $PGPASSWORD) (default: $CONFLICTMAP_DB, else "
                       "~/.local/share/conflictmap/incidents.sqlite; made with sample data on first use)."),
        QStringLiteral("path|uri"));
    const QCommandLineOption labelsOption(QStringLiteral("labels"), QStringLiteral("Label language: en, local, ar or ru."),
        QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption selectOption(
        QStringLiteral("select"), QStringLiteral("Open with incident ID selected."), QStringLiteral("id"));
    const QCommandLineOption addOption(QStringLiteral("add"), QStringLiteral("Open with the form for a new incident."));
    const QCommandLineOption gazetteerOption(QStringLiteral("gazetteer"),
        QStringLiteral("Places drawn and searched (a gazetteer from scripts/make-gazetteer; default: the bundled region's)."),
        QStringLiteral("path"), conflictmap::Gazetteer::defaultPath());
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QStringLiteral("Open centred on LAT,LON at zoom level ZOOM (0-20) instead of the border."),
        QStringLiteral("lat,lon,zoom"));
    const QCommandLineOption baseMapOption(QStringLiteral("basemap"),
        QStringLiteral("Base map for this run: a raster file GDAL reads (GeoTIFF, MBTiles, GeoPackage, a WMS/WMTS "
                       "description; one band of heights is shaded), or an http(s) tile URL template with {z}, {x}, {y}."),
        QStringLiteral("file|url"));
    const QCommandLineOption baseMapAttributionOption(QStringLiteral("basemap-attribution"),
        QStringLiteral("Credit shown on the map for the --basemap tile service."), QStringLiteral("text"));
    parser.addOptions({dbOption, layerOption, crsOption, labelsOption, screenshotOption, sizeOption, selectOption, addOption,
        viewOption, gazetteerOption, baseMapOption, baseMapAttributionOption});
    if (asksForHelpOrVersion(argc, argv)) {
        // QGuiApplication would abort without a display before printing:
        // answer them with a core application (process() prints and exits).
        QCoreApplication core(argc, argv);
        parser.process(core);
    }
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    parser.process(app);

    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int w = size.value(0).toInt(&okW), h = size.value(1).toInt(&okH);
    if (size.size() != 2 || !okW || !okH || w < 100 || h < 100) {
        std::fprintf(stderr, "conflictmap: --size must be WIDTHxHEIGHT, each at least 100, not '%s'\n",
            qPrintable(parser.value(sizeOption)));
        return 2;
    }

    const QStringList languages{QStringLiteral("en"), QStringLiteral("local"), QStringLiteral("ar"), QStringLiteral("ru")};
    if (!languages.contains(parser.value(labelsOption))) {
        std::fprintf(
            stderr, "conflictmap: --labels must be one of en, local, ar, ru, not '%s'\n", qPrintable(parser.value(labelsOption)));
        return 2;
    }

    std::optional<std::pair<QGeoCoordinate, double>> view;
    if (parser.isSet(viewOption)) {
        const QStringList parts = parser.value(viewOption).split(QLatin1Char(','));
        bool okLat = false, okLon = false, okZoom = false;
        const double lat = parts.value(0).toDouble(&okLat), lon = parts.value(1).toDouble(&okLon),
                     zoom = parts.value(2).toDouble(&okZoom);
        if (parts.size() != 3 || !okLat || !okLon || !okZoom || std::abs(lat) > 90 || std::abs(lon) > 180 || zoom < 0
            || zoom > 20) {
            std::fprintf(stderr,
                "conflictmap: --view must be LAT,LON,ZOOM (latitude -90..90, longitude -180..180, zoom 0..20), not '%s'\n",
                qPrintable(parser.value(viewOption)));
            return 2;
        }
        view.emplace(QGeoCoordinate(lat, lon), zoom);
    }
    conflictmap::IncidentDatabase database(
        parser.isSet(dbOption) ? parser.value(dbOption) : conflictmap::IncidentStore::defaultPath(), parser.value(layerOption));
    if (!database.isOpen())
        std::fprintf(stderr, "conflictmap: %s\n", qPrintable(database.errorString()));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    QVariantMap initialProperties{{QStringLiteral("database"), QVariant::fromValue(&database)},
        {QStringLiteral("groundSource"), conflictmap::BoundaryLayer::worldPath()},
        {QStringLiteral("lakesSource"), conflictmap::BundledData::path(QStringLiteral("caucasus-lakes.gpkg"))},
        {QStringLiteral("riversSource"), conflictmap::BundledData::path(QStringLiteral("caucasus-rivers.gpkg"))},
        {QStringLiteral("placesSource"), parser.value(gazetteerOption)}, {QStringLiteral("displayCrs"), parser.value(crsOption)},
        {QStringLiteral("labelLanguage"), parser.value(labelsOption)}, {QStringLiteral("width"), w},
        {QStringLiteral("height"), h},
        {QStringLiteral("selectedIncident"), parser.value(selectOption).toInt() > 0 ? parser.value(selectOption).toInt() : -1},
        {QStringLiteral("editing"), parser.isSet(addOption)}, {QStringLiteral("restoreView"), !view}};
    // Otherwise the base map chosen last in the app.
    if (parser.isSet(baseMapOption)) {
        initialProperties.insert(QStringLiteral("baseMapSource"), parser.value(baseMapOption));
        initialProperties.insert(QStringLiteral("baseMapAttribution"), parser.value(baseMapAttributionOption));
    }
    engine.setInitialProperties(initialProperties);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ConflictMapViews/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    if (view) {
        auto *map = engine.rootObjects().constFirst()->findChild<conflictmap::MapView *>(QStringLiteral("map"));
        map->setZoomLevel(view->second);
        map->setCenter(view->first);
    }
    if (parser.isSet(screenshotOption)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        conflictmap::WindowSnapshot::saveWhenReady(window, parser.value(screenshotOption));
    }
    return app.exec();
}
