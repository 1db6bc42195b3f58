// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Place search latency on a gazetteer file: the median and 95th percentile
// of each kind of query (exact names, beginnings typed so far, names in
// other scripts, typos), each query run many times, printed as "key value"
// lines for scripts/bench; and how long the file takes to load.
#include "Percentile.h"
#include "gazetteer/Gazetteer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>

using namespace conflictmap;

namespace {
struct QueryKind {
    const char *name;
    std::vector<const char *> queries;
};

// Names of the region and beyond, as an analyst types them.
const std::vector<QueryKind> kQueries = {
    {"exact", {"Goris", "Stepanakert", "Yerevan", "Tbilisi", "Baku", "Jermuk", "Fuzuli", "Gyumri", "London", "Tabriz"}},
    {"prefix", {"G", "St", "Ste", "Stepan", "Yere", "Gor", "Tb", "Ba", "Sh", "Lond"}},
    {"script", {"Шуша", "Степанакерт", "Երևան", "Գորիս", "თბილისი", "باکو", "Физули", "Сюникская область", "Москва", "تبریز"}},
    {"typo",
        {"Stepanakret", "Shushha", "Yerevna", "Tbilissi", "Vardenisss", "Stepenak", "Gyumry", "Nakhichevn", "Londno",
            "Bakuriany"}},
};
constexpr int kRounds = 50;
constexpr int kLimit = 10;
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: conflictmap_place_bench GAZETTEER\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto opened = Gazetteer::open(app.arguments().at(1));
    if (!opened) {
        std::fprintf(stderr, "conflictmap_place_bench: %s\n", qPrintable(opened.error()));
        return 1;
    }
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    const Gazetteer &gazetteer = *opened.value();
    std::size_t names = 0;
    for (const GazetteerEntry &entry : gazetteer.entries())
        names += entry.names.size();
    std::printf("entries %zu\nnames %zu\nload_ms %.0f\n", gazetteer.entries().size(), names, loadMs);

    std::vector<double> all;
    double slowest = 0;
    QString slowestQuery;
    for (const QueryKind &kind : kQueries) {
        std::vector<double> times;
        std::size_t found = 0;
        for (int round = 0; round < kRounds; ++round)
            for (const char *query : kind.queries) {
                const QString text = QString::fromUtf8(query);
                timer.restart();
                const auto matches = gazetteer.search(text, kLimit);
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                times.push_back(ms);
                found += matches ? matches->size() : 0;
                if (ms > slowest) {
                    slowest = ms;
                    slowestQuery = text;
                }
            }
        std::printf("%s_median_ms %.3f\n%s_p95_ms %.3f\n%s_results %.1f\n", kind.name, percentile(times, 0.5), kind.name,
            percentile(times, 0.95), kind.name, double(found) / double(times.size()));
        all.insert(all.end(), times.begin(), times.end());
    }
    std::printf("all_median_ms %.3f\nall_p95_ms %.3f\nslowest_ms %.3f\nslowest_query %s\n", percentile(all, 0.5),
        percentile(all, 0.95), slowest, qPrintable(slowestQuery));
    return 0;
}
