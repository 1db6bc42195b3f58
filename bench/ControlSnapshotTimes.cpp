// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What scrubbing the control slider costs: a database of one party's
// control in 730 daily versions (two years) of a 5,000-vertex area, and
// how long the control layer's snapshot of a day takes off the UI thread
// (read, projected, triangulated; painter paths too, as on the software
// renderer) the first time a day is shown and again (from the cache of
// prepared areas), as "key value" lines; also a compare of two versions.
#include "Percentile.h"
#include "layers/ControlSnapshot.h"
#include "store/ControlStore.h"
#include "store/IncidentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace conflictmap;

namespace {
constexpr int kDays = 730;
constexpr int kVertices = 5000;

// A wavy ring around a point, as detailed as a digitised front line,
// a little larger and shifted each day.
Geometry dayArea(int day)
{
    Polygon p;
    Ring ring;
    const double radius = 0.2 + day * 0.0002, phase = day * 0.01;
    for (int i = 0; i < kVertices; ++i) {
        const double a = 2 * M_PI * i / kVertices;
        const double r = radius * (1 + 0.08 * std::sin(a * 37 + phase) + 0.03 * std::sin(a * 211 + 2 * phase));
        ring.push_back({46.3 + r * std::cos(a) * 1.3, 39.7 + r * std::sin(a)});
    }
    p.rings.push_back(std::move(ring));
    return Geometry::polygon(p);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath("control.sqlite");
    const QDate first(2021, 1, 1);
    {
        auto opened = IncidentStore::open(path, nullptr);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
            return 1;
        }
        for (int day = 0; day < kDays; ++day) {
            ControlRecord r;
            r.party = QStringLiteral("Azerbaijan");
            r.date = first.addDays(day);
            r.area = dayArea(day);
            if (auto added = opened.value()->control().add(std::move(r)); !added) {
                std::fprintf(stderr, "%s\n", qPrintable(added.error()));
                return 1;
            }
        }
    }
    StoreReader reader(path);
    // Room for every version: the second pass measures reading alone.
    PreparedAreaCache cache(kDays * kVertices + 1);
    ControlSnapshot::Request request;
    request.crs = QStringLiteral("EPSG:3857");
    request.withPaths = true;
    for (const char *pass : {"first", "again"}) {
        std::vector<double> ms;
        for (int day = 0; day < kDays; ++day) {
            request.date = first.addDays(day);
            QElapsedTimer timer;
            timer.start();
            const ControlSnapshot snapshot = ControlSnapshot::build(request, reader, cache);
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (snapshot.shown.size() != 1) {
                std::fprintf(stderr, "day %d: %s\n", day, qPrintable(snapshot.error));
                return 1;
            }
        }
        std::printf("control_snapshot_%s_median_ms %.2f\ncontrol_snapshot_%s_p95_ms %.2f\ncontrol_snapshot_%s_max_ms %.2f\n",
            pass, percentile(ms, 0.5), pass, percentile(ms, 0.95), pass, percentile(ms, 1.0));
    }
    std::printf(
        "control_cache_areas %lld\ncontrol_cache_vertices %lld\n", qlonglong(cache.count()), qlonglong(cache.vertexCount()));
    request.compare = true;
    request.compareParty = QStringLiteral("Azerbaijan");
    std::vector<double> ms;
    for (int day = 30; day < kDays; day += 30) {
        request.compareFrom = first.addDays(day - 30);
        request.compareTo = first.addDays(day);
        QElapsedTimer timer;
        timer.start();
        const ControlSnapshot snapshot = ControlSnapshot::build(request, reader, cache);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!snapshot.change) {
            std::fprintf(stderr, "compare: %s\n", qPrintable(snapshot.error));
            return 1;
        }
    }
    std::printf("control_compare_median_ms %.2f\ncontrol_compare_max_ms %.2f\n", percentile(ms, 0.5), percentile(ms, 1.0));
    return 0;
}
