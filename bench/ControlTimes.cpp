// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Territorial control at scale, for scripts/bench.
//   generate FILE [DAYS] [VERTICES]  writes DAYS daily versions (default 730,
//       two years) of one party's area, each a star-shaped polygon of
//       VERTICES vertices (default 5,000) around Nagorno-Karabakh whose edge
//       moves a little every day, as a GeoJSON archive with a "day" field;
//   measure DB PARTY  times ControlStore::at (the situation on a day) and
//       ControlStore::change (gained and lost between two days) over days
//       spread across the series, printing "key value" lines: medians and
//       95th percentiles in milliseconds.
#include "Percentile.h"
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cmath>
#include <cstdio>

using namespace conflictmap;

namespace {

int generate(const QString &path, int days, int vertices)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "conflictmap_control_bench: %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return 1;
    }
    const QDate first(2023, 1, 1);
    const double centreLon = 46.75, centreLat = 39.8;
    file.write("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int d = 0; d < days; ++d) {
        QByteArray feature = (d ? ",\n" : "\n");
        feature += "{\"type\":\"Feature\",\"properties\":{\"day\":\"" + first.addDays(d).toString(Qt::ISODate).toLatin1()
            + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[";
        QByteArray firstVertex;
        for (int v = 0; v < vertices; ++v) {
            const double angle = 2 * M_PI * v / vertices;
            // A front that bulges and recedes over the days, with small
            // teeth along it as a digitised line has.
            const double radius = 0.45 + 0.08 * std::sin(3 * angle + d / 40.0) + 0.03 * std::sin(17 * angle - d / 9.0)
                + 0.004 * std::sin(311 * angle);
            const QByteArray vertex = '[' + QByteArray::number(centreLon + radius * std::cos(angle) / 0.77, 'f', 6) + ','
                + QByteArray::number(centreLat + radius * std::sin(angle), 'f', 6) + ']';
            feature += vertex + ',';
            if (v == 0)
                firstVertex = vertex;
        }
        feature += firstVertex + "]]}}";
        file.write(feature);
    }
    file.write("\n]}\n");
    return file.flush() ? 0 : 1;
}

int measure(const QString &path, const QString &party)
{
    auto store = IncidentStore::open(path, nullptr, StoreAccess::ReadOnly);
    if (!store) {
        std::fprintf(stderr, "conflictmap_control_bench: %s\n", qPrintable(store.error()));
        return 1;
    }
    ControlStore &control = store.value()->control();
    const std::vector<QDate> dates = control.versionDates(party, {});
    if (dates.size() < 2) {
        std::fprintf(stderr, "conflictmap_control_bench: %s has fewer than two versions of %s\n", qPrintable(path),
            qPrintable(party));
        return 1;
    }
    std::vector<double> at, change;
    double checksum = 0; // what the calls return is used, so none is optimised away
    QElapsedTimer timer;
    for (int round = 0; round < 3; ++round)
        for (size_t i = 0; i < dates.size(); i += 7) {
            timer.start();
            auto records = control.at(dates[i], party);
            at.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!records || records->empty())
                return 1;
            checksum += records->front().areaKm2;
        }
    // Pairs a week, a month and a quarter apart, as analysts compare.
    for (const int apart : {7, 30, 91})
        for (size_t i = 0; i + size_t(apart) < dates.size(); i += 29) {
            timer.start();
            auto c = control.change(party, {}, dates[i], dates[i + size_t(apart)]);
            change.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!c)
                return 1;
            checksum += c->gainedKm2 - c->lostKm2;
        }
    std::printf("versions %zu\nat_queries %zu\nat_median_ms %.2f\nat_p95_ms %.2f\nchange_queries %zu\nchange_median_ms %.2f\n"
                "change_p95_ms %.2f\nchecksum %.0f\n",
        dates.size(), at.size(), percentile(at, 0.5), percentile(at, 0.95), change.size(), percentile(change, 0.5),
        percentile(change, 0.95), checksum);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("generate"))
        return generate(args[2], args.value(3, QStringLiteral("730")).toInt(), args.value(4, QStringLiteral("5000")).toInt());
    if (args.size() == 4 && args[1] == QLatin1String("measure"))
        return measure(args[2], args[3]);
    std::fprintf(stderr, "usage: conflictmap_control_bench generate FILE [DAYS] [VERTICES]\n"
                         "       conflictmap_control_bench measure DB PARTY\n");
    return 2;
}
