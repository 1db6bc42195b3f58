// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes a database of territorial control on the Armenia–Azerbaijan border
// for screenshots of the control layer: each party's assessed control in
// two versions, a claim by a ministry quoting an Arabic source, and the
// app's sample incidents. Illustrative shapes, not a record of events.
// Usage: conflictmap_control_demo NEW-DB
#include "geo/BoundaryLayer.h"
#include "io/SampleData.h"
#include "store/ControlStore.h"
#include "store/IncidentStore.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace conflictmap;

namespace {
Geometry area(std::initializer_list<QPointF> lonLat)
{
    Polygon p;
    p.rings.emplace_back(lonLat);
    return Geometry::polygon(p);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2 || QFile::exists(args[1])) {
        std::fprintf(stderr, "usage: conflictmap_control_demo NEW-DB (a file that does not exist yet)\n");
        return 2;
    }
    QString error;
    std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
    auto opened
        = layer ? SampleData::openCreatingWithSample(args[1], layer) : Result<std::unique_ptr<IncidentStore>>::failure(error);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    IncidentStore &store = *opened.value();
    Source source;
    source.title = QStringLiteral("وزارة الدفاع الأذربيجانية: السيطرة على مواقع جديدة");
    source.publisher = QStringLiteral("موقع تطورات العالم الاسلامي");
    source.url = QStringLiteral("https://example.org/az-claim");
    source.language = QStringLiteral("ar");
    const Result<qint64> sourceId = store.findOrAddSource(source);
    ControlStore &control = store.control();
    const QString az = QStringLiteral("Azerbaijan"), am = QStringLiteral("Armenia");
    const QString ministry = QStringLiteral("Azerbaijan Ministry of Defence");
    auto add = [&](const QString &party, const char *date, Geometry shape, const QString &claimedBy, const QString &note) {
        ControlRecord r;
        r.party = party;
        r.claimedBy = claimedBy;
        r.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
        r.area = std::move(shape);
        r.note = note;
        if (!claimedBy.isEmpty() && sourceId) {
            Claim claim;
            claim.sourceId = *sourceId;
            claim.claimant = claimedBy;
            claim.stance = Stance::Claims;
            claim.quote = QStringLiteral("أعلنت الوزارة السيطرة على سبعة مواقع جبلية داخل أرمينيا");
            claim.translation = QStringLiteral("The ministry announced control of seven mountain positions inside Armenia");
            r.claims.push_back(claim);
        }
        if (Result<qint64> id = control.add(std::move(r)); !id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error()));
            std::exit(1);
        }
    };
    add(az, "2022-09-01",
        area({{46.18, 39.45}, {46.42, 39.38}, {46.62, 39.47}, {46.70, 39.66}, {46.61, 39.86}, {46.40, 39.95}, {46.22, 39.88},
            {46.12, 39.70}}),
        {}, QStringLiteral("Positions held since the 2020 ceasefire"));
    add(az, "2022-09-14",
        area({{46.08, 39.43}, {46.42, 39.38}, {46.62, 39.47}, {46.70, 39.66}, {46.61, 39.86}, {46.40, 39.95}, {46.12, 39.92},
            {45.98, 39.80}, {45.95, 39.62}}),
        {}, QStringLiteral("Advance of 13–14 September toward Jermuk and Goris"));
    add(az, "2022-09-14",
        area({{45.92, 39.40}, {46.42, 39.38}, {46.62, 39.47}, {46.70, 39.66}, {46.61, 39.86}, {46.40, 39.95}, {46.05, 39.98},
            {45.82, 39.84}, {45.80, 39.60}}),
        ministry, QStringLiteral("Seven mountain positions, as the ministry claims"));
    add(am, "2022-09-01",
        area({{45.40, 39.55}, {45.85, 39.50}, {46.05, 39.62}, {46.08, 39.85}, {45.86, 40.05}, {45.45, 40.02}, {45.32, 39.80}}),
        {}, QStringLiteral("Armenian positions on the Vardenis and Sotk heights"));
    add(am, "2022-09-14",
        area({{45.40, 39.55}, {45.80, 39.52}, {45.90, 39.62}, {45.92, 39.80}, {45.80, 40.02}, {45.45, 40.02}, {45.32, 39.80}}),
        {}, QStringLiteral("After the September fighting"));
    std::printf("%lld control records in %s\n", qlonglong(control.recordCount()), qPrintable(args[1]));
    return 0;
}
