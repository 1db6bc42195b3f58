// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StoreFixture.h"

#include "BoxGeometry.h"

#include "geo/GeodesicArea.h"
#include "model/PartyPalette.h"

using namespace conflictmap;

namespace {
ControlRecord version(const QString &party, const char *date, Geometry area, const QString &claimedBy = {})
{
    ControlRecord r;
    r.party = party;
    r.claimedBy = claimedBy;
    r.date = QDate::fromString(QLatin1String(date), Qt::ISODate);
    r.area = std::move(area);
    return r;
}

qint64 add(StoreFixture &f, ControlRecord r)
{
    auto id = f.store->control().add(std::move(r));
    INFO(id.error().toStdString());
    REQUIRE(id);
    return *id;
}

double km2(const Geometry &g)
{
    return GeodesicArea::of(g.polygons) / 1e6;
}

const QString kAz = QStringLiteral("Azerbaijan");
const QString kAm = QStringLiteral("Armenia");
const QString kMinistry = QStringLiteral("Azerbaijan Ministry of Defence");
} // namespace

TEST_CASE("A control version is stored with its geodesic area, its claims and its party's colour", "[store][control]")
{
    StoreFixture f;
    const qint64 source = f.addSource(QStringLiteral("Al Mayadeen"), QStringLiteral("https://example.org/a"));
    ControlRecord r = version(kAz, "2022-09-14", box(45.9, 39.6, 46.1, 39.8), kMinistry);
    Claim claim;
    claim.sourceId = source;
    claim.claimant = kMinistry;
    claim.stance = Stance::Claims;
    claim.quote = QStringLiteral("سيطرت على سبعة مواقع جبلية");
    r.claims.push_back(claim);
    r.note = QStringLiteral("seven mountain positions");
    const qint64 id = add(f, r);

    const auto stored = f.store->control().record(id);
    REQUIRE(stored);
    CHECK(stored->party == kAz);
    CHECK(stored->claimedBy == kMinistry);
    CHECK(stored->date == QDate(2022, 9, 14));
    CHECK(stored->area == r.area);
    CHECK(stored->areaKm2 == Approx(km2(r.area)));
    CHECK(stored->areaKm2 == Approx(17.13 * 22.2).epsilon(0.01)); // 0.2° of longitude by 0.2° of latitude at 39.7° N
    REQUIRE(stored->claims.size() == 1);
    CHECK(stored->claims[0].quote == claim.quote);
    CHECK(stored->claims[0].source.title == "Al Mayadeen");
    CHECK(stored->note == r.note);

    add(f, version(kAm, "2022-09-14", box(45.5, 39.5, 45.8, 39.8)));
    const auto parties = f.store->control().parties();
    REQUIRE(parties.size() == 2);
    CHECK(parties[0].name == kAz);
    CHECK(parties[0].color == PartyPalette::colors().at(0));
    CHECK(parties[1].color == PartyPalette::colors().at(1));
    REQUIRE(f.store->control().setPartyColor(kAm, QStringLiteral("#AA0000")));
    CHECK(f.store->control().party(kAm)->color == "#aa0000");
    CHECK(f.store->control().setPartyColor(kAm, QStringLiteral("red")).error() == "color: 'red' is not #rrggbb");
    CHECK(f.store->control().setPartyColor(QStringLiteral("Nobody"), QStringLiteral("#000000")).error()
        == "party: there is no party \"Nobody\"");
}

TEST_CASE("Control on a date is each series' latest version on or before it", "[store][control]")
{
    StoreFixture f;
    ControlStore &control = f.store->control();
    const qint64 first = add(f, version(kAz, "2022-09-01", box(46, 39, 47, 40)));
    const qint64 replaced = add(f, version(kAz, "2022-09-10", box(46, 39, 47.5, 40)));
    const qint64 claimed = add(f, version(kAz, "2022-09-14", box(45.5, 39, 47.5, 40), kMinistry));
    const qint64 armenia = add(f, version(kAm, "2022-09-05", box(44, 39, 45.5, 40)));

    auto ids = [&](const char *date, const QString &party = {}) {
        auto records = control.at(QDate::fromString(QLatin1String(date), Qt::ISODate), party);
        REQUIRE(records);
        std::vector<qint64> out;
        for (const ControlRecord &r : *records)
            out.push_back(r.id);
        return out;
    };
    CHECK(ids("2022-08-31").empty()); // no party has a record yet
    CHECK(ids("2022-09-01") == std::vector<qint64>{first});
    CHECK(ids("2022-09-09") == std::vector<qint64>{armenia, first}); // by party name
    CHECK(ids("2022-09-10") == std::vector<qint64>{armenia, replaced});
    // Two series for Azerbaijan: the assessment, then the ministry's claim.
    CHECK(ids("2022-09-30") == std::vector<qint64>{armenia, replaced, claimed});
    CHECK(ids("2022-09-30", kAz) == std::vector<qint64>{replaced, claimed});
    // A correction on the same day wins over the earlier entry.
    const qint64 correction = add(f, version(kAz, "2022-09-10", box(46, 39, 47.25, 40)));
    CHECK(ids("2022-09-10", kAz) == std::vector<qint64>{correction});

    const auto series = control.series(kAz);
    REQUIRE(series.size() == 2);
    CHECK(series[0].claimedBy.isEmpty());
    CHECK(series[0].versions == 3);
    CHECK(series[0].first == QDate(2022, 9, 1));
    CHECK(series[1].claimedBy == kMinistry);
    CHECK(control.versionDates(kAz, {}) == std::vector<QDate>{QDate(2022, 9, 1), QDate(2022, 9, 10)});
}

TEST_CASE("Change between two dates: gained, lost and net km² against hand-computed areas", "[store][control]")
{
    StoreFixture f;
    ControlStore &control = f.store->control();
    add(f, version(kAz, "2022-09-01", box(46, 39, 47, 40)));
    add(f, version(kAz, "2022-09-10", box(46.5, 39, 47.5, 40))); // moved half a degree east
    add(f, version(kAz, "2022-09-14", box(46.5, 39, 47.5, 40.5), kMinistry));

    const auto change = control.change(kAz, {}, QDate(2022, 9, 5), QDate(2022, 9, 20));
    INFO(change.error().toStdString());
    REQUIRE(change);
    const double strip = km2(box(46, 39, 46.5, 40)); // the same on either side
    CHECK(change->gainedKm2 == Approx(strip).epsilon(1e-6));
    CHECK(change->lostKm2 == Approx(strip).epsilon(1e-6));
    CHECK(change->netKm2() == Approx(0).margin(1e-6));
    REQUIRE(change->gained.polygons.size() == 1);
    CHECK(change->gained.bounds() == QRectF(QPointF(47, 39), QPointF(47.5, 40)));
    CHECK(change->lost.bounds() == QRectF(QPointF(46, 39), QPointF(46.5, 40)));

    // Before the series began everything is gained.
    const auto fromNothing = control.change(kAz, {}, QDate(2022, 8, 1), QDate(2022, 9, 1));
    REQUIRE(fromNothing);
    CHECK_FALSE(fromNothing->from);
    CHECK(fromNothing->gainedKm2 == Approx(km2(box(46, 39, 47, 40))));
    CHECK(fromNothing->lostKm2 == 0);
    CHECK(fromNothing->netKm2() == Approx(fromNothing->gainedKm2));

    // The ministry's series is separate from the assessment.
    const auto claimed = control.change(kAz, kMinistry, QDate(2022, 9, 10), QDate(2022, 9, 14));
    REQUIRE(claimed);
    CHECK(claimed->gainedKm2 == Approx(km2(box(46.5, 39, 47.5, 40.5))));

    CHECK(control.change(QStringLiteral("Atlantis"), {}, QDate(2022, 9, 1), QDate(2022, 9, 2)).error()
        == "party: there is no party \"Atlantis\"");
    CHECK(control.change(kAz, QStringLiteral("Nobody"), QDate(2022, 9, 1), QDate(2022, 9, 2)).error()
        == "claimed-by: Nobody claims no control for Azerbaijan");
}

TEST_CASE("Bad control records are refused in one line and leave the database as it was", "[store][control]")
{
    StoreFixture f;
    add(f, version(kAz, "2022-09-01", box(46, 39, 47, 40)));
    const QString before = f.snapshot();
    Polygon bowTie;
    bowTie.rings.push_back({{45, 39}, {46, 40}, {46, 39}, {45, 40}});
    ControlRecord withMissingSource = version(kAm, "2022-09-01", box(46, 39, 47, 40));
    Claim claim;
    claim.sourceId = 999;
    withMissingSource.claims.push_back(claim);
    const std::pair<ControlRecord, const char *> cases[] = {
        {version(kAz, "2022-09-02", Geometry::polygon(bowTie)),
            "area: a ring crosses itself or another ring at 45.50000 E, 39.50000 N"},
        {version(QString(), "2022-09-02", box(46, 39, 47, 40)), "party: a control record needs a party"},
        {version(kAz, "2022-13-02", box(46, 39, 47, 40)), "date: a control record needs a day (YYYY-MM-DD)"},
        {version(kAz, "2999-01-01", box(46, 39, 47, 40)), "date: 2999-01-01 is in the future"},
        {version(kAz, "2022-09-02", Geometry::lineString({{46, 39}, {47, 40}})),
            "area: must be a Polygon or MultiPolygon, not a LineString"},
        {version(kAz, "2022-09-02", Geometry::multiPolygon({})), "area: the geometry is empty"},
        {version(kAz, "2022-09-02", box(46, 39, 47, 91)), "area: latitude 91 is outside [-90, 90]"},
        {withMissingSource, "source: there is no source 999"},
    };
    for (const auto &[record, error] : cases) {
        const auto added = f.store->control().add(record);
        REQUIRE_FALSE(added);
        CHECK(added.error() == error);
    }
    CHECK(f.snapshot() == before);
}

TEST_CASE("Importing a version again updates it in place or leaves it unchanged", "[store][control]")
{
    StoreFixture f;
    ControlRecord r = version(kAz, "2022-09-01", box(46, 39, 47, 40));
    r.importDataset = QStringLiteral("archive.geojson");
    r.importId = QStringLiteral("2022-09-01");
    CHECK(f.store->control().import(r).value() == ControlStore::ImportOutcome::Added);
    const qint64 id = f.store->control().at(QDate(2022, 9, 1), kAz, {}).value()->id;
    CHECK(f.store->control().import(r).value() == ControlStore::ImportOutcome::Unchanged);
    r.area = box(46, 39, 47.5, 40);
    CHECK(f.store->control().import(r).value() == ControlStore::ImportOutcome::Updated);
    const auto stored = f.store->control().record(id);
    REQUIRE(stored);
    CHECK(stored->area == r.area);
    CHECK(f.store->control().recordCount() == 1);
}
