#include "../store/StoreFixture.h"

#include "io/GeoJsonImport.h"
#include "io/SampleData.h"

using namespace conflictmap;

TEST_CASE("the sample data records the article with honest precision and claimants", "[io][sample]")
{
    StoreFixture db;
    auto loaded = SampleData::loadInto(*db.store);
    INFO(loaded.error().toStdString());
    REQUIRE(loaded);
    CHECK(loaded.value() == 7);
    const auto incidents = db.store->incidents().value();
    std::map<QString, int> byRegion;
    for (const Incident &incident : incidents) {
        ++byRegion[incident.region];
        CHECK_FALSE(incident.claims.empty());
        CHECK(incident.description.contains("2022 is the analyst's inference"));
        for (const Claim &claim : incident.claims) {
            CHECK(claim.source.language == "ar");
            CHECK(claim.source.url.isEmpty());
            CHECK(claim.source.title
                == QString::fromUtf8("مكالمة هاتفية بين رئيس الأركان العامة الإيراني ووزير الدفاع الأذربيجاني"));
        }
    }
    CHECK(byRegion == std::map<QString, int>{{"AZ-FUZ", 1}, {"AZ-BA", 2}, {"AM-SU", 1}, {"AM-VD", 1}, {"AM-GR", 1}, {"AM", 1}});
    CHECK(db.store->sources().size() == 1); // one article, matched, not duplicated

    IncidentFilter filter;
    filter.type = "territory_captured";
    const Incident positions = db.store->incidents(filter).value().at(0);
    CHECK(positions.status == IncidentStatus::Claimed);
    CHECK(positions.precision == LocationPrecision::Country);
    CHECK(positions.claims.at(0).claimant.contains("Hasanov"));
    CHECK(positions.claims.at(0).stance == Stance::Claims);

    filter.type = "statement";
    const auto statements = db.store->incidents(filter);
    for (const Incident &intent : statements.value()) {
        CHECK(intent.status == IncidentStatus::Disputed);
        REQUIRE(intent.claims.size() == 2); // the outlet claims, Hasanov denies
        CHECK(intent.claims[0].stance == Stance::Claims);
        CHECK(intent.claims[1].stance == Stance::Denies);
    }
    filter.type = "troop_movement";
    const Incident trucks = db.store->incidents(filter).value().at(0);
    CHECK(trucks.quantity == 60);
    CHECK(trucks.precision == LocationPrecision::Region);
    CHECK(trucks.claims.at(0).quote.contains(QString::fromUtf8("منطقة فضولي")));

    // Only into an empty database.
    CHECK(SampleData::loadInto(*db.store).error().contains("only into an empty database"));
}

TEST_CASE("importing stops at the first bad feature, names it and adds nothing", "[io]")
{
    StoreFixture db;
    const QByteArray json = R"({"type":"FeatureCollection","features":[
      {"type":"Feature","geometry":{"type":"Point","coordinates":[46.338,39.507]},
       "properties":{"type":"shelling","title":"ok","date":"2022-09-13","precision":"exact",
                     "sources":[{"title":"A","stance":"reports"}]}},
      {"type":"Feature","geometry":{"type":"Point","coordinates":[46.338,95]},
       "properties":{"type":"shelling","title":"bad","date":"2022-09-13","precision":"exact"}}]})";
    auto parsed = GeoJsonImport::parse(json);
    REQUIRE(parsed);
    auto added = GeoJsonImport::addAll(*db.store, parsed.value());
    REQUIRE_FALSE(added);
    CHECK(added.error() == "feature 1: lat: 95 is outside [-90, 90]");
    CHECK(db.store->incidentCount() == 0);
    CHECK(db.store->sources().empty());

    struct Bad {
        QByteArray json;
        const char *message;
    };
    for (const Bad &bad :
        {Bad{"{", "not valid JSON"}, Bad{"[]", "not a GeoJSON FeatureCollection"},
            Bad{R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString"}}]})",
                "feature 0: geometry: must be a Point"},
            Bad{R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"title":"t","date":"2022"}}]})",
                "feature 0: type: missing"},
            Bad{R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"type":"other","title":"t","date":"2022","status":"rumour"}}]})",
                "feature 0: status: 'rumour' is not one of"},
            Bad{R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"type":"other","title":"t","date":"2022","quantity":1.5}}]})",
                "feature 0: quantity: must be a whole number"}}) {
        INFO(bad.message);
        auto result = GeoJsonImport::parse(bad.json);
        REQUIRE_FALSE(result);
        CHECK(result.error().contains(bad.message));
    }
}
