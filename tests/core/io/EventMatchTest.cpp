// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "io/EventMatch.h"

#include <catch2/catch.hpp>

using namespace conflictmap;

namespace {
Incident event(
    const char *type, const char *date, double lon, double lat, std::vector<Actor> actors = {}, const char *until = nullptr)
{
    Incident incident;
    QString error;
    incident.type = type;
    incident.date = PartialDate::parse(date, &error);
    if (until)
        incident.dateUntil = PartialDate::parse(until, &error);
    incident.lon = lon;
    incident.lat = lat;
    incident.precision = LocationPrecision::Exact;
    incident.actors = std::move(actors);
    return incident;
}

QString familyOf(const QString &type)
{
    return type == "shelling" || type == "armed_clash" ? QStringLiteral("clash") : QStringLiteral("other");
}
} // namespace

TEST_CASE("events near in place and time are paired once each, best first, and the rest are left on their side", "[match]")
{
    const std::vector<Incident> ours{
        event("shelling", "2022-09-13", 46.33, 39.50, {{"Armed Forces of Azerbaijan", "a", {}}}), // Goris
        event("armed_clash", "2022-09-13", 45.66, 39.84, {}, "2022-09-15"), // Jermuk, a period
        event("statement", "2022-09-13", 44.51, 40.18), // Yerevan: nothing of theirs
    };
    const std::vector<Incident> theirs{
        event("armed_clash", "2022-09-14", 45.6695, 39.8417), // within our period
        event("shelling", "2022-09-13", 46.3417, 39.5111, {{"Military Forces of Azerbaijan (2018-)", "a", "state_forces"}}),
        event("shelling", "2022-09-13", 46.40, 39.52), // Goris too, but ours is taken by a better one
        event("shelling", "2022-09-25", 46.3417, 39.5111), // Goris, twelve days later
        event("shelling", "2022-09-13", 47.14, 39.60), // Fuzuli: 70 km off
    };
    const EventMatches m = EventMatch::match(ours, theirs, {25, 3}, familyOf);
    REQUIRE(m.pairs.size() == 2);
    CHECK(m.pairs[0].ours == 0);
    CHECK(m.pairs[0].theirs == 1);
    CHECK(m.pairs[0].type == EventPair::Type::Same);
    CHECK(m.pairs[0].sharedActors == QStringList{"Armed Forces of Azerbaijan = Military Forces of Azerbaijan (2018-)"});
    CHECK(m.pairs[0].km == Approx(1.6).margin(0.1));
    CHECK(m.pairs[1].ours == 1);
    CHECK(m.pairs[1].theirs == 0);
    CHECK(m.pairs[1].daysApart == 0); // inside our period
    CHECK(m.pairs[0].score > m.pairs[1].score);
    CHECK(m.onlyOurs == std::vector<size_t>{2});
    CHECK(m.onlyTheirs == std::vector<size_t>{2, 3, 4});

    // Wider limits: Fuzuli (70 km) is in reach of Goris, but ours there is
    // already paired with a better one; twelve days late pairs when allowed.
    const EventMatches wide = EventMatch::match(ours, theirs, {100, 3}, familyOf);
    CHECK(std::none_of(wide.pairs.begin(), wide.pairs.end(), [](const EventPair &p) { return p.theirs == 4; }));
    CHECK(wide.pairs.size() == 2);
    CHECK(EventMatch::match({ours[0]}, {theirs[4]}, {100, 3}, familyOf).pairs.size() == 1);
    CHECK(EventMatch::match({ours[0]}, {theirs[4]}, {25, 3}, familyOf).pairs.empty());
    const EventMatches late = EventMatch::match({ours[0]}, {theirs[3]}, {25, 12}, familyOf);
    REQUIRE(late.pairs.size() == 1);
    CHECK(late.pairs[0].daysApart == 12);
}

TEST_CASE("a record known only to its unit pairs with what lies in that unit, a country alone is not enough", "[match]")
{
    Incident unit = event("armed_clash", "2022-09-14", 45.33, 39.76);
    unit.precision = LocationPrecision::Region;
    unit.region = "AM-VD";
    Incident country = event("armed_clash", "2022-09", 45.0, 40.1);
    country.precision = LocationPrecision::Country;
    country.region = "AM";
    Incident jermuk = event("armed_clash", "2022-09-14", 45.6695, 39.8417);
    jermuk.region = "AM-VD";
    Incident yerevan = event("statement", "2022-09-14", 44.51, 40.18);
    yerevan.region = "AM-ER";

    const EventMatches byUnit = EventMatch::match({unit}, {jermuk}, {5, 0}, familyOf);
    REQUIRE(byUnit.pairs.size() == 1);
    CHECK(byUnit.pairs[0].sameUnit);
    CHECK(byUnit.pairs[0].km == 0);
    // The same country and month: too little, even for the same kind of
    // event (a month overlaps every day in it).
    CHECK(EventMatch::match({country}, {yerevan}, {25, 3}, familyOf).pairs.empty());
    Incident clashInYerevan = yerevan;
    clashInYerevan.type = "armed_clash";
    CHECK(EventMatch::match({country}, {clashInYerevan}, {25, 3}, familyOf).pairs.empty());
    // A different unit is measured as points are: 40 km, beyond 25.
    Incident elsewhere = jermuk;
    elsewhere.region = "AM-AR";
    elsewhere.lon = 44.9;
    CHECK(EventMatch::match({unit}, {elsewhere}, {25, 3}, familyOf).pairs.empty());
}

TEST_CASE("parties are the same when a word that is not generic is shared", "[match]")
{
    CHECK(EventMatch::sameParty("Military Forces of Azerbaijan (2018-)", "Government of Azerbaijan"));
    CHECK(EventMatch::sameParty("Military Forces of Armenia (2018-)", "Armed Forces of Armenia"));
    CHECK_FALSE(EventMatch::sameParty("Military Forces of Armenia (2018-)", "Military Forces of Azerbaijan (2018-)"));
    CHECK_FALSE(EventMatch::sameParty("Civilians (Armenia)", "Civilians (Azerbaijan)"));
    CHECK(EventMatch::sameParty(QString::fromUtf8("Azərbaycan Silahlı Qüvvələri"), QString::fromUtf8("Azərbaycan Ordusu")));
}
