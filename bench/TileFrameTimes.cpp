// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The base map over cached tiles, in the real app window (Main.qml, with
// rivers, lakes and the boundary layer): the time from loading the window
// to the first view's tiles drawn from the disk cache, and frame times
// while panning over cached tiles. The cache is filled first (zooms 5–10
// over the border region) in a private $XDG_CACHE_HOME, for a tile service
// no one answers at: every tile comes from the cache. Frames are timed as
// in FrameTimes.cpp (basic render loop, no swap throttling).
//
// Usage: conflictmap_tile_bench --db PATH [--frames N] [--size WxH] [--without-basemap]
// Prints "name value" lines (milliseconds).
#include "FrameClock.h"
#include "IncidentDatabase.h"
#include "MapView.h"
#include "Percentile.h"
#include "QmlPlugins.h"
#include "geo/BoundaryLayer.h"
#include "layers/BaseMapLayer.h"
#include "tiles/TileCache.h"
#include "tiles/TileGrid.h"
#include "tiles/TileUrlTemplate.h"

#include "BundledData.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace conflictmap;

namespace {
// Nobody listens on the discard port: a tile not in the cache would fail.
const QString kUnreachableTiles = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");

// A tile that decodes like a map tile: shapes and lines, not one colour.
QByteArray tilePng(const TileId &tile)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(QColor(236, 232, 224));
    QPainter painter(&image);
    painter.setPen(QPen(QColor(180, 170, 160), 2));
    for (int i = 0; i < 24; ++i) {
        const int offset = (tile.x * 37 + tile.y * 91 + i * 53) % 256;
        painter.drawLine(0, offset, 256, (offset * 7 + i * 19) % 256);
        painter.fillRect(QRect((offset * 3) % 230, (i * 41) % 230, 18, 12), QColor(200, 215 - i * 3, 190));
    }
    painter.drawText(QRect(0, 0, 256, 256), Qt::AlignCenter, tile.toString());
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// Zooms 5 to 10 over the Caucasus and around (40–52° E, 36.5–43.5° N).
int fillCache(TileCache &cache)
{
    const QRectF region(QPointF(4.45e6, 4.37e6), QPointF(5.79e6, 5.39e6));
    int written = 0;
    for (int z = 5; z <= 10; ++z)
        for (const TileId &tile : TileGrid::covering(region, z).tiles()) {
            cache.write(tile, tilePng(tile));
            ++written;
        }
    return written;
}
} // namespace

int main(int argc, char *argv[])
{
    renderUnthrottled();
    QTemporaryDir cacheHome;
    qputenv("XDG_CACHE_HOME", cacheHome.path().toUtf8());

    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Incident database."), QStringLiteral("path"));
    const QCommandLineOption framesOption(
        QStringLiteral("frames"), QStringLiteral("Frames of panning."), QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"), QStringLiteral("1024x640"));
    const QCommandLineOption withoutOption(QStringLiteral("without-basemap"),
        QStringLiteral("The same window and panning with no base map: the reference for the frame times."));
    parser.addOptions({dbOption, framesOption, sizeOption, withoutOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "conflictmap_tile_bench: --db is required\n");
        return 2;
    }
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));

    const TileUrlTemplate source = TileUrlTemplate::parse(kUnreachableTiles).value();
    TileCache cache(TileCache::defaultRoot() + QLatin1Char('/') + source.cacheKey());
    if (!cache.isWritable()) {
        std::fprintf(stderr, "conflictmap_tile_bench: %s\n", qPrintable(cache.errorString()));
        return 1;
    }
    const int cached = fillCache(cache);

    IncidentDatabase database(parser.value(dbOption), BoundaryLayer::defaultPath());
    if (!database.isOpen()) {
        std::fprintf(stderr, "conflictmap_tile_bench: %s\n", qPrintable(database.errorString()));
        return 1;
    }
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("database"), QVariant::fromValue(&database)},
        {QStringLiteral("lakesSource"), BundledData::path(QStringLiteral("caucasus-lakes.gpkg"))},
        {QStringLiteral("riversSource"), BundledData::path(QStringLiteral("caucasus-rivers.gpkg"))},
        {QStringLiteral("baseMapSource"), parser.isSet(withoutOption) ? QString() : kUnreachableTiles},
        {QStringLiteral("restoreView"), false}, {QStringLiteral("width"), size.value(0).toInt()},
        {QStringLiteral("height"), size.value(1).toInt()}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ConflictMapViews/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    FrameClock clock(window);
    auto *map = window->findChild<MapView *>(QStringLiteral("map"));
    auto *baseMap = window->findChild<BaseMapLayer *>(QStringLiteral("baseMap"));
    if (!map || !baseMap) {
        std::fprintf(stderr, "conflictmap_tile_bench: the window has no map or no base map\n");
        return 1;
    }
    // The first view's tiles, read from the cache, decoded and drawn.
    if (parser.isSet(withoutOption)) {
        waitFor([&] { return clock.frames() > 0 && !map->loading(); }, 60000);
    } else if (!waitFor([&] { return baseMap->loading(); }, 10000) || !waitFor([&] { return !baseMap->loading(); }, 60000)) {
        std::fprintf(stderr, "conflictmap_tile_bench: the base map did not load\n");
        return 1;
    }
    clock.waitForFrame(1000);
    const double firstTiles = clock.lastFrameMs();
    if (!baseMap->errorString().isEmpty()) {
        std::fprintf(stderr, "conflictmap_tile_bench: %s\n", qPrintable(baseMap->errorString()));
        return 1;
    }

    // Panning at zoom 8 over the border, in a loop that stays over cached tiles.
    map->setZoomLevel(8);
    map->setCenter(QGeoCoordinate(39.6, 46.2));
    waitFor([&] { return !map->loading(); }, 60000);
    waitFor([] { return false; }, 300);
    const int frames = std::max(parser.value(framesOption).toInt(), 10);
    std::vector<double> times;
    for (int i = 0; i < frames; ++i) {
        const double angle = 2 * M_PI * i / frames;
        const double ms = clock.time([&] { map->pan(8 * std::cos(angle), 8 * std::sin(angle)); });
        if (std::isnan(ms)) {
            std::fprintf(stderr, "conflictmap_tile_bench: a frame did not come in 10 s\n");
            return 1;
        }
        times.push_back(ms);
    }
    waitFor([&] { return !map->loading(); }, 60000);
    std::printf(
        "backend %s\n", window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software ? "software" : "opengl");
    std::printf("window %dx%d\n", window->width(), window->height());
    std::printf("cached_tiles %d\n", cached);
    std::printf("first_tiles_from_cache_ms %.0f\n", firstTiles);
    std::printf("pan_frames %zu\n", times.size());
    std::printf("pan_frame_median_ms %.2f\n", percentile(times, 0.5));
    std::printf("pan_frame_p95_ms %.2f\n", percentile(times, 0.95));
    std::printf("pan_frame_max_ms %.2f\n", percentile(times, 1.0));
    return 0;
}
