// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../store/StoreFixture.h"

#include "TestPaths.h"
#include "io/GeoJsonImport.h"
#include "io/SampleData.h"

#include <QDir>
#include <QTextStream>

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

    CHECK(SampleData::loadInto(*db.store).error().contains("only into an empty database"));
}

TEST_CASE("every class of malformed GeoJSON is refused with its reason, and nothing is written", "[io][malformed]")
{
    StoreFixture db;
    REQUIRE(SampleData::loadInto(*db.store));
    const QString before = db.snapshot();

    QFile expected(testpaths::data("malformed/EXPECTED.tsv"));
    REQUIRE(expected.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream lines(&expected);
    lines.setEncoding(QStringConverter::Utf8);
    int cases = 0;
    while (!lines.atEnd()) {
        const QString line = lines.readLine();
        if (line.startsWith('#') || line.isEmpty())
            continue;
        const QString file = line.section('\t', 0, 0), message = line.section('\t', 1);
        INFO(file.toStdString());
        const auto imported = GeoJsonImport::fromFile(*db.store, testpaths::data("malformed/" + file));
        REQUIRE_FALSE(imported);
        CHECK(imported.error().contains(message));
        CHECK(imported.error().count('\n') == 0);
        ++cases;
    }
    CHECK(cases >= 50);

    SECTION("a string longer than 16 MiB")
    {
        QByteArray huge
            = R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[46,39]},"properties":{"type":"other","date":"2022","title":")";
        huge.append(QByteArray(17 << 20, 'A'));
        huge.append(R"("}}]})");
        const auto imported = GeoJsonImport::fromBytes(*db.store, std::string_view(huge.constData(), size_t(huge.size())));
        REQUIRE_FALSE(imported);
        CHECK(imported.error().contains("a string longer than 16 MiB"));
    }
    SECTION("not a file")
    {
        CHECK(GeoJsonImport::fromFile(*db.store, QDir::tempPath()).error().contains("is a directory"));
        CHECK(GeoJsonImport::fromFile(*db.store, "/no/such.geojson").error().startsWith("/no/such.geojson: "));
    }
    CHECK(db.snapshot() == before);
}

TEST_CASE("plain GeoJSON points come in through a field mapping, their other properties kept", "[io]")
{
    StoreFixture db;
    const QByteArray json = R"({"type":"FeatureCollection","features":[
      {"type":"Feature","id":"acled-1","geometry":{"type":"Point","coordinates":[46.338,39.507,1200]},
       "properties":{"name":"Shelling near Goris","event_date":"2022-09-13T04:00:00Z","fatalities":3,
                     "source_scale":"National","tags":["artillery","night"],"notes":null}}]})";
    const std::string_view bytes(json.constData(), size_t(json.size()));
    CHECK(GeoJsonImport::fromBytes(*db.store, bytes).error() == "feature 0: type: missing (read from property 'type')");
    ImportOptions options;
    options.defaultType = "shelling";
    CHECK(
        GeoJsonImport::fromBytes(*db.store, bytes, options).error() == "feature 0: title: missing (read from property 'title')");
    options.titleField = "name";
    options.dateField = "event_date";
    auto imported = GeoJsonImport::fromBytes(*db.store, bytes, options);
    INFO(imported.error().toStdString());
    REQUIRE(imported);
    const Incident incident = db.store->incidents().value().at(0);
    CHECK(incident.type == "shelling");
    CHECK(incident.title == "Shelling near Goris");
    CHECK(incident.date->toString() == "2022-09-13"); // the day of a date-time
    CHECK(incident.precision == LocationPrecision::Near); // a point from elsewhere claims no more
    CHECK(incident.region == "AM-SU");
    CHECK(incident.fatalities == 3);
    CHECK(incident.extra == R"({"source_scale":"National","tags":["artillery","night"],"notes":null})");
}

TEST_CASE("sources are matched by url, or by title and publisher, across imports", "[io]")
{
    StoreFixture db;
    const QByteArray json = R"({"type":"FeatureCollection","features":[
      {"type":"Feature","geometry":{"type":"Point","coordinates":[46.338,39.507]},"properties":{"type":"shelling","title":"a","date":"2022",
       "sources":[{"title":"Article","url":"https://news.example/1","stance":"reports"},{"title":"Print","publisher":"Azg","stance":"claims"}]}},
      {"type":"Feature","geometry":{"type":"Point","coordinates":[46.338,39.507]},"properties":{"type":"shelling","title":"b","date":"2022",
       "sources":[{"title":"Same url, other title","url":"https://news.example/1"},{"title":"Print","publisher":"Azg"},{"title":"Print","publisher":"Other"}]}}]})";
    const std::string_view bytes(json.constData(), size_t(json.size()));
    auto first = GeoJsonImport::fromBytes(*db.store, bytes);
    REQUIRE(first);
    CHECK(first->features == 2);
    CHECK(first->sources == 3);
    auto second = GeoJsonImport::fromBytes(*db.store, bytes);
    REQUIRE(second);
    CHECK(second->sources == 0);
    CHECK(db.store->sources().size() == 3);
}

TEST_CASE("kept properties keep their exact numbers and one value per key, and WGS 84 crs members pass", "[io]")
{
    StoreFixture db;
    const QByteArray json = R"({"type":"FeatureCollection",
      "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}},"features":[
      {"type":"Feature","geometry":{"type":"Point","coordinates":[46.338,39.507]},
       "properties":{"type":"shelling","title":"t","date":"2022","tweet_id":1580000000000000001,"ratio":0.1,
                     "extra":{"tweet_id":5,"kept":true}}}]})";
    auto imported = GeoJsonImport::fromBytes(*db.store, std::string_view(json.constData(), size_t(json.size())));
    INFO(imported.error().toStdString());
    REQUIRE(imported);
    CHECK(db.store->incidents().value().at(0).extra == R"({"tweet_id":1580000000000000001,"kept":true,"ratio":0.1})");
}

TEST_CASE("an empty field name means the file has no such property, and a bad mapped value names its property", "[io]")
{
    StoreFixture db;
    const QByteArray json = R"({"type":"FeatureCollection","features":[
      {"type":"Feature","geometry":{"type":"Point","coordinates":[46.338,39.507]},
       "properties":{"type":"Headquarters","unit":"4th Army Corps","date":"2022-09-14","description":7}}]})";
    const std::string_view bytes(json.constData(), size_t(json.size()));
    ImportOptions options;
    options.titleField = "unit";
    options.descriptionField.clear();
    ImportFailure failure;
    auto refused = GeoJsonImport::fromBytes(*db.store, bytes, options, &failure);
    CHECK(refused.error() == "feature 0: type: 'Headquarters' is not an incident type (read from property 'type')");
    CHECK(failure.problem == "feature 0: type: 'Headquarters' is not an incident type");
    CHECK(failure.field == ImportField::Type);
    CHECK(failure.property == "type");

    options.typeField.clear();
    CHECK(GeoJsonImport::fromBytes(*db.store, bytes, options).error() == "feature 0: type: missing (no property is read for it)");
    options.defaultType = "other";
    options.descriptionField = "description";
    CHECK(GeoJsonImport::fromBytes(*db.store, bytes, options, &failure).error()
        == "feature 0: description: must be a string or null (read from property 'description')");
    CHECK(failure.field == ImportField::Description);
    options.descriptionField.clear();
    auto imported = GeoJsonImport::fromBytes(*db.store, bytes, options);
    INFO(imported.error().toStdString());
    REQUIRE(imported);
    const Incident incident = db.store->incidents().value().at(0);
    CHECK(incident.type == "other");
    CHECK(incident.title == "4th Army Corps");
    CHECK(incident.description.isEmpty());
    // The properties no field reads are kept, the file's own "type" among them.
    CHECK(incident.extra == R"({"type":"Headquarters","description":7})");

    options.titleField.clear();
    CHECK(
        GeoJsonImport::fromBytes(*db.store, bytes, options).error() == "feature 0: title: missing (no property is read for it)");
    options.titleField = "unit";
    options.dateField.clear();
    CHECK(GeoJsonImport::fromBytes(*db.store, bytes, options).error() == "feature 0: date: missing (no property is read for it)");
    CHECK(db.store->incidentCount() == 1);
}

TEST_CASE("a feature imported again is updated in place if it changed, skipped if not, and a new one is added", "[io]")
{
    StoreFixture db;
    auto collection = [](const QString &secondTitle, const QString &secondSource) {
        return QStringLiteral(R"({"type":"FeatureCollection","features":[
          {"type":"Feature","id":"a","geometry":{"type":"Point","coordinates":[46.338,39.507]},
           "properties":{"type":"shelling","title":"Shelling near Goris","date":"2022-09-13"}},
          {"type":"Feature","id":2,"geometry":{"type":"Point","coordinates":[47.145,39.601]},
           "properties":{"type":"troop_movement","title":"%1","date":"2022-10","actors":["Border guards"],
                         "sources":[{"title":"%2","stance":"reports"}]}}]})")
            .arg(secondTitle, secondSource)
            .toUtf8();
    };
    ImportOptions options;
    options.dataset = "units";
    auto import = [&](const QByteArray &json) {
        auto imported = GeoJsonImport::fromBytes(*db.store, std::string_view(json.constData(), size_t(json.size())), options);
        INFO(imported.error().toStdString());
        REQUIRE(imported);
        return std::array<qint64, 3>{imported->added, imported->updated, imported->unchanged};
    };
    CHECK(import(collection("Trucks to Fuzuli", "Report 1")) == std::array<qint64, 3>{2, 0, 0});
    CHECK(import(collection("Trucks to Fuzuli", "Report 1")) == std::array<qint64, 3>{0, 0, 2});
    const qint64 id = db.store->incidents().value().at(1).id;
    CHECK(import(collection("Trucks to Horadiz", "Report 2")) == std::array<qint64, 3>{0, 1, 1});
    REQUIRE(db.store->incidentCount() == 2);
    const Incident updated = *db.store->incident(id);
    CHECK(updated.title == "Trucks to Horadiz");
    CHECK(updated.importDataset == "units");
    CHECK(updated.importId == "2");
    CHECK(actorNames(updated.actors) == QStringList{"Border guards"});
    REQUIRE(updated.claims.size() == 1);
    CHECK(updated.claims[0].source.title == "Report 2");
    // The full-text index follows the update, claims included.
    IncidentFilter text;
    text.text = "Horadiz";
    CHECK(db.store->incidents(text).value().size() == 1);
    text.text = "Fuzuli";
    CHECK(db.store->incidents(text).value().empty());
    text.text = "Report 2";
    CHECK(db.store->incidents(text).value().size() == 1);

    options.dataset = "other";
    CHECK(import(collection("Trucks to Horadiz", "Report 2")) == std::array<qint64, 3>{2, 0, 0});
}

TEST_CASE("an import reports the features and bytes read as it goes, ending at the feature count", "[io][progress]")
{
    StoreFixture db;
    QByteArray json = R"({"type":"FeatureCollection","features":[)";
    for (int i = 0; i < 2500; ++i)
        json += (i ? "," : "")
            + QStringLiteral(R"({"type":"Feature","geometry":{"type":"Point","coordinates":[46.338,39.507]},)"
                             R"("properties":{"type":"shelling","title":"Shelling %1","date":"2022-09-13"}})")
                  .arg(i)
                  .toUtf8();
    json += "]}";
    const QString path = db.dir.filePath("many.geojson");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    struct Call {
        qint64 features, read, total;
    };
    std::vector<Call> calls;
    auto imported = GeoJsonImport::fromFile(*db.store, path, {}, nullptr, [&](qint64 features, qint64 read, qint64 total) {
        calls.push_back({features, read, total});
        return true;
    });
    INFO(imported.error().toStdString());
    REQUIRE(imported);
    REQUIRE(calls.size() >= 3);
    for (size_t i = 0; i < calls.size(); ++i) {
        CHECK(calls[i].total == json.size());
        CHECK(calls[i].read <= calls[i].total);
        if (i > 0) {
            CHECK(calls[i].features > calls[i - 1].features);
            CHECK(calls[i].read > calls[i - 1].read);
        }
    }
    CHECK(calls.front().features == 1000);
    CHECK(calls.front().read < json.size() / 2);
    CHECK(calls.back().features == 2500);
    CHECK(calls.back().read == json.size());
    CHECK(imported->features == 2500);

    // Returning false cancels: nothing is written.
    auto cancelled = GeoJsonImport::fromFile(*db.store, path, {}, nullptr, [](qint64, qint64, qint64) { return false; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().contains("import cancelled"));
    CHECK(db.store->incidentCount() == 2500);
}
