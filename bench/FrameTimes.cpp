// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Frame times of the real app window (Main.qml on a database), driven
// through a scripted pan/zoom sequence, with the time from process start
// to the first frame and to the data being drawn. Each frame is timed from
// the change of view to QQuickWindow::frameSwapped, on the basic render
// loop without swap throttling, so the figure is the work a frame costs,
// not a refresh interval. Run under Xvfb for OpenGL (llvmpipe), or with
// QT_QUICK_BACKEND=software for Qt Quick's software renderer.
//
// With --scrub, the sequence is the territorial-control slider dragged
// one day a frame through the versions (the view stays), and it also
// measures how long a day takes to be drawn after it is chosen (the layer
// builds it off the UI thread; until then the last picture stays).
//
// Usage: conflictmap_frame_bench --db PATH [--layer PATH] [--frames N] [--size WxH] [--view LAT,LON,ZOOM] [--scrub]
// Prints "name value" lines (milliseconds, MiB).
#include "FrameClock.h"
#include "IncidentDatabase.h"
#include "IncidentLayer.h"
#include "IncidentListModel.h"
#include "MapView.h"
#include "Percentile.h"
#include "QmlPlugins.h"
#include "geo/BoundaryLayer.h"
#include "layers/ControlLayer.h"

#include <QCommandLineParser>
#include <QCursor>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numeric>
#include <unistd.h>

using namespace conflictmap;

namespace {
// Seconds since this process started, from the kernel's record of it.
double secondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return NAN;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of the whole line
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return now.tv_sec + now.tv_nsec / 1e9 - startTicks / double(sysconf(_SC_CLK_TCK));
}

double statusMiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return NAN;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return NAN;
}
} // namespace

int main(int argc, char *argv[])
{
    renderUnthrottled();

    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Incident database."), QStringLiteral("path"));
    const QCommandLineOption layerOption(
        QStringLiteral("layer"), QStringLiteral("Boundary layer."), QStringLiteral("path"), BoundaryLayer::defaultPath());
    const QCommandLineOption framesOption(
        QStringLiteral("frames"), QStringLiteral("Frames in the sequence."), QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"), QStringLiteral("1400x860"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QStringLiteral("Start the sequence at this view instead of the app's first one."), QStringLiteral("lat,lon,zoom"));
    const QCommandLineOption scrubOption(
        QStringLiteral("scrub"), QStringLiteral("Drag the control slider through the days instead of panning and zooming."));
    parser.addOptions({dbOption, layerOption, framesOption, sizeOption, viewOption, scrubOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "conflictmap_frame_bench: --db is required\n");
        return 2;
    }
    const QStringList size = parser.value(sizeOption).split(QLatin1Char('x'));

    IncidentDatabase database(parser.value(dbOption), parser.value(layerOption));
    if (!database.isOpen()) {
        std::fprintf(stderr, "conflictmap_frame_bench: %s\n", qPrintable(database.errorString()));
        return 1;
    }
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("database"), QVariant::fromValue(&database)},
        {QStringLiteral("width"), size.value(0).toInt()}, {QStringLiteral("height"), size.value(1).toInt()}});
    double firstFrame = NAN;
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/ConflictMapViews/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    FrameClock clock(window, [&] { firstFrame = secondsSinceProcessStart(); });
    auto *map = window->findChild<MapView *>(QStringLiteral("map"));
    auto *layer = window->findChild<IncidentLayer *>(QStringLiteral("incidentLayer"));
    auto *list = layer ? layer->incidents() : nullptr;
    if (!map || !layer || !list) {
        std::fprintf(stderr, "conflictmap_frame_bench: the window has no map\n");
        return 1;
    }
    if (!waitFor([&] { return clock.frames() > 0; }, 60000)) {
        std::fprintf(stderr, "conflictmap_frame_bench: no frame in 60 s\n");
        return 1;
    }
    const bool scrub = parser.isSet(scrubOption);
    auto *control = window->findChild<ControlLayer *>(QStringLiteral("controlLayer"));
    if (scrub && !control) {
        std::fprintf(stderr, "conflictmap_frame_bench: the window has no control layer\n");
        return 1;
    }
    const bool ready = waitFor(
        [&] { return !map->loading() && !list->loading() && (scrub ? control->hasData() : layer->markerCount() > 0); }, 300000);
    const double dataReady = secondsSinceProcessStart();
    if (!ready) {
        std::fprintf(stderr, "conflictmap_frame_bench: map or incidents not ready in 300 s\n");
        return 1;
    }
    if (parser.isSet(viewOption)) {
        const QStringList view = parser.value(viewOption).split(QLatin1Char(','));
        map->setZoomLevel(view.value(2).toDouble());
        map->setCenter(QGeoCoordinate(view.value(0).toDouble(), view.value(1).toDouble()));
    }
    // The pointer rests on the map, as when zooming with the wheel: the map
    // then moves under it every frame, and hover handling is part of the cost.
    QCursor::setPos(
        window->screen(), window->mapToGlobal(map->mapToScene(QPointF(map->width() / 2, map->height() / 2)).toPoint()));
    waitFor([] { return false; }, 500); // let labels, the list and the time slider settle

    // The sequence: pan east, zoom in 3 levels around the centre, pan
    // around at that zoom, zoom back out, pan west: what an analyst does
    // following a front line. Or, scrubbing, the slider moved a day a frame.
    const int frames = std::max(parser.value(framesOption).toInt(), 10);
    std::vector<std::function<void()>> steps;
    const QPointF centre(map->width() / 2, map->height() / 2);
    for (int i = 0; scrub && i < frames; ++i)
        steps.push_back([=] {
            control->setDate(control->dateAt(i % control->dayCount()));
            window->update(); // the slider's handle moves on every step of a drag
        });
    for (int i = 0; !scrub && i < frames; ++i) {
        const double phase = double(i) / frames;
        if (phase < 0.2)
            steps.push_back([=] { map->pan(-6, 0); });
        else if (phase < 0.4)
            steps.push_back([=] { map->zoomAround(centre, 3.0 / (0.2 * frames)); });
        else if (phase < 0.6)
            steps.push_back([=] { map->pan(6 * std::cos(phase * 30), 6 * std::sin(phase * 30)); });
        else if (phase < 0.8)
            steps.push_back([=] { map->zoomAround(centre, -3.0 / (0.2 * frames)); });
        else
            steps.push_back([=] { map->pan(6, 0); });
    }
    std::vector<double> times;
    times.reserve(steps.size());
    for (const auto &step : steps) {
        const double ms = clock.time(step);
        if (std::isnan(ms)) {
            std::fprintf(stderr, "conflictmap_frame_bench: a frame did not come in 10 s\n");
            return 1;
        }
        times.push_back(ms);
    }
    if (scrub) {
        // The same drag again: the days are now prepared (the layer keeps
        // prepared areas), as when an analyst goes back and forth.
        std::vector<double> warm;
        for (const auto &step : steps)
            warm.push_back(clock.time(step));
        std::printf("warm_frame_median_ms %.2f\n", percentile(warm, 0.5));
        std::printf("warm_frame_p95_ms %.2f\n", percentile(warm, 0.95));
        // How long a day chosen takes to be drawn: read, triangulated, shown.
        std::vector<double> drawn;
        for (int i = 0; i < 60; ++i) {
            const QString day = control->dateAt((i * 37 + 11) % control->dayCount());
            QElapsedTimer chosen;
            chosen.start();
            control->setDate(day);
            if (!waitFor([&] { return control->shownDate() == day; }, 10000)) {
                std::fprintf(stderr, "conflictmap_frame_bench: day %s not drawn in 10 s\n", qPrintable(day));
                return 1;
            }
            clock.waitForFrame();
            drawn.push_back(double(chosen.nsecsElapsed()) / 1e6);
        }
        std::printf("days %d\n", control->dayCount());
        std::printf("day_drawn_median_ms %.2f\n", percentile(drawn, 0.5));
        std::printf("day_drawn_p95_ms %.2f\n", percentile(drawn, 0.95));
    }
    double sum = 0;
    for (double t : times)
        sum += t;
    std::printf(
        "backend %s\n", window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software ? "software" : "opengl");
    std::printf("window %dx%d+%d+%d\n", window->width(), window->height(), window->x(), window->y());
    std::printf("device_pixel_ratio %.2f\n", window->effectiveDevicePixelRatio());
    std::printf("regions %d\n", database.boundaries()->regionCount());
    std::printf("incidents %lld\n", static_cast<long long>(database.incidentCount()));
    std::printf("startup_first_frame_ms %.0f\n", firstFrame * 1000);
    std::printf("startup_data_drawn_ms %.0f\n", dataReady * 1000);
    std::printf("frames %zu\n", times.size());
    std::printf("frame_median_ms %.2f\n", percentile(times, 0.5));
    std::printf("frame_p95_ms %.2f\n", percentile(times, 0.95));
    std::printf("frame_max_ms %.2f\n", percentile(times, 1.0));
    std::printf("frame_mean_ms %.2f\n", sum / double(times.size()));
    // Where the slowest frames fell in the sequence (frame:ms), to find their cause.
    std::vector<size_t> slowest(times.size());
    std::iota(slowest.begin(), slowest.end(), 0);
    std::sort(slowest.begin(), slowest.end(), [&](size_t a, size_t b) { return times[a] > times[b]; });
    std::printf("slowest_frames");
    for (size_t i = 0; i < std::min<size_t>(8, slowest.size()); ++i)
        std::printf(" %zu:%.0f", slowest[i], times[slowest[i]]);
    std::printf("\n");
    std::printf("rss_mib %.0f\n", statusMiB("VmRSS:"));
    std::printf("peak_rss_mib %.0f\n", statusMiB("VmHWM:"));
    return 0;
}
