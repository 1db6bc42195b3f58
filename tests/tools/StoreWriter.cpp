// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A second writer for the concurrency and crash tests: adds N incidents to a
// database, one transaction each, as the CLI or the app would, printing
// "added ID" (flushed) after each commit, then how many it added.
// Usage: conflictmap_store_writer DB N TAG
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    using namespace conflictmap;
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: conflictmap_store_writer DB N TAG\n");
        return 2;
    }
    QString error;
    std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
    auto store = IncidentStore::open(args[1], layer);
    if (!layer || !store) {
        std::fprintf(stderr, "%s\n", qPrintable(layer ? store.error() : error));
        return 1;
    }
    const int count = args[2].toInt();
    int added = 0;
    for (int i = 0; i < count; ++i) {
        Incident incident;
        incident.type = QStringLiteral("shelling");
        incident.title = QStringLiteral("%1 %2").arg(args[3]).arg(i);
        incident.date = PartialDate::fromParts(2022, 9, 1 + i % 28);
        incident.lon = 45.0 + (i % 100) * 0.02;
        incident.lat = 39.0 + (i % 50) * 0.02;
        incident.precision = LocationPrecision::Near;
        auto id = store.value()->addIncident(incident);
        if (!id) {
            std::fprintf(stderr, "%s: incident %d: %s\n", qPrintable(args[3]), i, qPrintable(id.error()));
            return 1;
        }
        ++added;
        std::printf("added %lld\n", static_cast<long long>(id.value()));
        std::fflush(stdout); // a kill right after still leaves the line
    }
    std::printf("total %d\n", added);
    return 0;
}
