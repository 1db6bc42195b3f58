// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// One of the concurrent writers of scripts/bench-team: adds N incidents,
// each with a claim and each in a transaction of its own as the app and
// the CLI add them, to a database (a file or a PostgreSQL URI) that other
// writers write at the same time. Prints "added N", "failed F" and
// "seconds S"; every failure's message goes to standard error.
//
// Usage: conflictmap_writer_bench DATABASE N WRITER
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"

#include <QElapsedTimer>

#include <cstdio>

using namespace conflictmap;

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: conflictmap_writer_bench DATABASE N WRITER\n");
        return 2;
    }
    const QString location = QString::fromLocal8Bit(argv[1]);
    const int count = std::atoi(argv[2]);
    const int writer = std::atoi(argv[3]);
    QString error;
    std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
    if (!layer) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto store = IncidentStore::open(location, layer);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error()));
        return 1;
    }
    Source source;
    source.title = QStringLiteral("Writer %1's wire").arg(writer);
    source.url = QStringLiteral("https://example.org/writer/%1").arg(writer);
    const auto sourceId = store.value()->findOrAddSource(source);
    if (!sourceId) {
        std::fprintf(stderr, "%s\n", qPrintable(sourceId.error()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    int added = 0, failed = 0;
    for (int i = 0; i < count; ++i) {
        Incident incident;
        incident.type = QStringLiteral("shelling");
        incident.title = QStringLiteral("Writer %1, report %2").arg(writer).arg(i);
        incident.date = PartialDate::parse(QStringLiteral("2022-09-13"), &error);
        // Points along the border, apart for each writer.
        incident.lon = 45.2 + 0.2 * writer + 0.001 * (i % 100);
        incident.lat = 39.3 + 0.002 * (i / 100);
        incident.precision = LocationPrecision::Exact;
        Claim claim;
        claim.sourceId = sourceId.value();
        claim.claimant = QStringLiteral("Writer %1").arg(writer);
        incident.claims = {claim};
        if (const auto id = store.value()->addIncident(incident); id) {
            ++added;
        } else {
            ++failed;
            std::fprintf(stderr, "%s\n", qPrintable(id.error()));
        }
    }
    std::printf("added %d\nfailed %d\nseconds %.3f\n", added, failed, double(timer.elapsed()) / 1000.0);
    return failed == 0 ? 0 : 1;
}
