// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The database queries behind the map and the list, over a benchmark
// database (CONFLICTMAP_BENCH_DB, made by scripts/bench: a file or a
// PostgreSQL URI), with the database's own spatial index read as the
// reference in the same run.
#include "geo/BoundaryLayer.h"
#include "geo/CrsTransform.h"
#include "geo/PointClusters.h"
#include "store/IncidentStore.h"
#include "store/SqliteDatabase.h"
#include "store/postgres/PgConnection.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace conflictmap;

namespace {
IncidentStore &store()
{
    static std::unique_ptr<IncidentStore> opened = [] {
        const char *path = std::getenv("CONFLICTMAP_BENCH_DB");
        if (!path) {
            std::fprintf(stderr, "QueryBenchmark: set CONFLICTMAP_BENCH_DB to a benchmark database\n");
            std::exit(2);
        }
        QString error;
        std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
        auto store = IncidentStore::open(QString::fromLocal8Bit(path), layer, StoreAccess::ReadOnly);
        if (!store) {
            std::fprintf(stderr, "QueryBenchmark: %s\n", qPrintable(store.error()));
            std::exit(2);
        }
        return std::move(store.value());
    }();
    return *opened;
}

// A province-size view: about Syunik, 1° × 1° (some 85 × 110 km).
const QRectF kProvince(QPointF(46.0, 39.0), QPointF(47.0, 40.0));

// The points a filter selects, as the list and the map read them.
void pointsQuery(benchmark::State &state, const IncidentFilter &filter)
{
    size_t found = 0;
    for (auto _ : state) {
        auto points = store().points(filter);
        found = points.value().points.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["rows"] = double(found);
}

void viewportPoints(benchmark::State &state)
{
    IncidentFilter filter;
    filter.bbox = kProvince;
    pointsQuery(state, filter);
}

// The reference: ids only, straight from the database's own spatial
// index (SQLite's R*Tree, or PostGIS's GiST on a server).
void viewportIndexIds(benchmark::State &state)
{
    size_t found = 0;
    if (IncidentStore::isServerUri(store().location())) {
        auto db = PgConnection::open(store().location());
        const std::vector<PgParam> box{kProvince.left(), kProvince.top(), kProvince.right(), kProvince.bottom()};
        for (auto _ : state) {
            PgResult ids
                = db.value()->exec("SELECT id FROM incidents WHERE footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)", box);
            found = size_t(ids.rows());
        }
    } else {
        auto db = SqliteDatabase::open(store().location(), SqliteDatabase::Mode::ReadOnly);
        SqliteStatement select = db.value()->prepare(
            "SELECT id FROM incident_location WHERE max_lon >= ?1 AND min_lon <= ?2 AND max_lat >= ?3 AND min_lat <= ?4");
        for (auto _ : state) {
            select.reset();
            select.bind(1, kProvince.left()).bind(2, kProvince.right()).bind(3, kProvince.top()).bind(4, kProvince.bottom());
            found = 0;
            while (select.next())
                found += select.integer(0) > 0;
        }
    }
    state.counters["rows"] = double(found);
}

void textQuery(benchmark::State &state, const char *text)
{
    IncidentFilter filter;
    filter.text = QString::fromUtf8(text);
    pointsQuery(state, filter);
}

void allPoints(benchmark::State &state)
{
    pointsQuery(state, {});
}

// The visible set as the app takes it once the points are loaded: the
// list's "only in view" filter runs over them in memory.
void viewportInMemory(benchmark::State &state)
{
    const auto all = store().points({});
    std::vector<std::int32_t> visible;
    for (auto _ : state) {
        visible.clear();
        const auto &points = all.value().points;
        for (size_t i = 0; i < points.size(); ++i)
            if (kProvince.contains(points[i].lon, points[i].lat))
                visible.push_back(std::int32_t(i));
        benchmark::DoNotOptimize(visible.data());
    }
    state.counters["rows"] = double(visible.size());
}

// What the map reads per frame once the points are loaded: the clusters in
// a province-size view at the zoom that shows it on a 1280-pixel screen.
void viewportClusters(benchmark::State &state)
{
    auto all = store().points({});
    QString error;
    auto toMercator = CrsTransform::create(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"), &error);
    std::vector<QPointF> projected;
    projected.reserve(all.value().points.size());
    for (const IncidentPoint &p : all.value().points)
        projected.emplace_back(p.lon, p.lat);
    toMercator->forward(projected);
    const double resolution0 = 2 * M_PI * 6378137.0 / 256;
    const PointClusters clusters(projected, 28 * resolution0);
    const QRectF view
        = QRectF(toMercator->forward(kProvince.topLeft()), toMercator->forward(kProvince.bottomRight())).normalized();
    const int zoom = int(std::round(std::log2(resolution0 * 1280 / view.width())));
    std::vector<PointClusters::Cluster> found;
    for (auto _ : state) {
        found.clear();
        clusters.query(zoom, view, found);
        benchmark::DoNotOptimize(found.data());
    }
    state.counters["rows"] = double(found.size());
    state.SetLabel(QStringLiteral("zoom %1; index %2 MiB")
                       .arg(zoom)
                       .arg(double(clusters.memoryBytes()) / (1 << 20), 0, 'f', 1)
                       .toStdString());
}
} // namespace

BENCHMARK(viewportPoints)->Name("viewport points: province 1x1 deg")->Unit(benchmark::kMillisecond);
BENCHMARK(viewportInMemory)->Name("viewport points in memory: province 1x1 deg")->Unit(benchmark::kMillisecond);
BENCHMARK(viewportIndexIds)->Name("reference: spatial index ids of the same box")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(textQuery, selective, "102")->Name("full text: selective 102")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(textQuery, common, "border")->Name("full text: common border")->Unit(benchmark::kMillisecond);
BENCHMARK(viewportClusters)->Name("view clusters in memory: province")->Unit(benchmark::kMillisecond);
BENCHMARK(allPoints)->Name("all points: list and map load")->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
