// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StoreFixture.h"

#include "store/RecordValidation.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <set>

using namespace conflictmap;

TEST_CASE("an incident is stored with its claims and read back field for field", "[store]")
{
    StoreFixture db;
    const qint64 source = db.addSource("مكالمة هاتفية", "https://example.org/a?b=1&c='x'");
    Incident incident = db.pointIncident();
    incident.description = "Line one\nline two with <b>tags</b>, 'quotes', \"double\", \\ and ; DROP TABLE incidents;--";
    incident.actors = actorsNamed({"Armed Forces of Azerbaijan", "Հայաստանի զինված ուժեր"});
    incident.fatalities = 2;
    incident.equipment = "artillery";
    incident.quantity = 4;
    incident.status = IncidentStatus::Disputed;
    Claim claim;
    claim.sourceId = source;
    claim.claimant = "Ministry of Defence of Azerbaijan";
    claim.stance = Stance::Denies;
    claim.quote = QString::fromUtf8("«منطقة فضولي» — Füzuli, Şuşa, Гадрут");
    claim.translation = "the Fuzuli region";
    incident.claims = {claim};

    auto id = db.store->addIncident(incident);
    REQUIRE(id);
    db.store = db.open(); // read back through a fresh connection
    const auto read = db.store->incident(id.value());
    REQUIRE(read);
    CHECK(read->type == "shelling");
    CHECK(read->title == incident.title);
    CHECK(read->description == incident.description);
    CHECK(read->date->toString() == "2022-09-13");
    CHECK(read->lon == incident.lon);
    CHECK(read->lat == incident.lat);
    CHECK(read->precision == LocationPrecision::Exact);
    CHECK(read->region == "AM-SU"); // found by point in polygon
    CHECK(read->status == IncidentStatus::Disputed);
    CHECK(read->actors == incident.actors);
    CHECK(read->fatalities == 2);
    CHECK(read->equipment == "artillery");
    CHECK(read->quantity == 4);
    CHECK(!read->created.isEmpty());
    CHECK(read->created == read->updated);
    REQUIRE(read->claims.size() == 1);
    CHECK(read->claims[0].claimant == claim.claimant);
    CHECK(read->claims[0].stance == Stance::Denies);
    CHECK(read->claims[0].quote == claim.quote);
    CHECK(read->claims[0].translation == claim.translation);
    CHECK(read->claims[0].source.title == QString::fromUtf8("مكالمة هاتفية"));
    CHECK(read->claims[0].source.url == "https://example.org/a?b=1&c='x'");
}

TEST_CASE("text in any script is kept byte for byte", "[store]")
{
    StoreFixture db;
    const QStringList texts{
        QString::fromUtf8("محافظة سيونيك — نص عربي مع تشكيل: مُحَمَّد"), QString::fromUtf8("Սյունիքի մարզ, Գորիս"),
        QString::fromUtf8("Сюникская область, «кавычки»"), QString::fromUtf8("Füzuli rayonu, Şuşa, Ağdam, İsmayıllı, Xocavənd"),
        QString::fromUtf8("mixed: Fuzuli فضولي Füzuli Физули 60 شاحنة"),
        QString::fromUtf8("emoji 🚚 and CJK 坦克 and zero-width joiner \u200d and RLM \u200f"),
        QString::fromUtf8("tabs\tand\r\nCRLF and trailing spaces   "), QString(10000, QChar(0x0634)), // a long Arabic string
    };
    for (const QString &text : texts) {
        INFO(text.left(40).toStdString());
        Incident incident = db.pointIncident();
        incident.title = text;
        incident.description = text;
        incident.actors = actorsNamed({text});
        auto id = db.store->addIncident(incident);
        REQUIRE(id);
        const auto read = db.store->incident(id.value());
        REQUIRE(read);
        CHECK(read->title.toUtf8() == text.toUtf8());
        CHECK(read->description.toUtf8() == text.toUtf8());
        CHECK(actorNames(read->actors).value(0).toUtf8() == text.toUtf8());
    }
}

TEST_CASE("region and country precision place the incident at the unit's representative point", "[store]")
{
    StoreFixture db;
    Incident incident = db.pointIncident(0, 0);
    incident.precision = LocationPrecision::Region;
    incident.region = "AZ-FUZ";
    auto id = db.store->addIncident(incident);
    REQUIRE(id);
    auto read = db.store->incident(id.value());
    const Region *fuzuli = db.layer->regionByCode("AZ-FUZ");
    CHECK(read->lon == fuzuli->labelPoint.x());
    CHECK(read->lat == fuzuli->labelPoint.y());
    CHECK(db.layer->regionAt({read->lon, read->lat}) == fuzuli);

    incident.precision = LocationPrecision::Country;
    incident.region = "am";
    id = db.store->addIncident(incident);
    REQUIRE(id);
    read = db.store->incident(id.value());
    CHECK(read->region == "AM");
    const Region *inside = db.layer->regionAt({read->lon, read->lat});
    REQUIRE(inside);
    CHECK(inside->country == "AM");

    // Points outside the layer are allowed and have no region.
    Incident far = db.pointIncident(2.35, 48.85);
    id = db.store->addIncident(far);
    REQUIRE(id);
    CHECK(db.store->incident(id.value())->region.isEmpty());
}

TEST_CASE("every invalid value is refused with its field named, and nothing is written", "[store]")
{
    StoreFixture db;
    const qint64 source = db.addSource();
    REQUIRE(db.store->addIncident(db.pointIncident()));
    const QString before = db.snapshot();

    struct Case {
        const char *what;
        std::function<void(Incident &)> change;
        const char *message;
    };
    const Case cases[] = {
        {"latitude over 90", [](Incident &i) { i.lat = 90.5; }, "lat: 90.5 is outside [-90, 90]"},
        {"latitude under -90", [](Incident &i) { i.lat = -91; }, "lat: -91 is outside [-90, 90]"},
        {"longitude over 180", [](Incident &i) { i.lon = 180.01; }, "lon: 180.01 is outside [-180, 180]"},
        {"NaN latitude", [](Incident &i) { i.lat = qQNaN(); }, "lat: nan is not a finite number"},
        {"infinite longitude", [](Incident &i) { i.lon = -qInf(); }, "lon: -inf is not a finite number"},
        {"unknown type", [](Incident &i) { i.type = "bombing"; }, "type: 'bombing' is not an incident type"},
        {"empty type", [](Incident &i) { i.type.clear(); }, "type: an incident needs a type"},
        {"empty title", [](Incident &i) { i.title = "   "; }, "title: an incident needs a title"},
        {"no date", [](Incident &i) { i.date.reset(); }, "date: an incident needs a date"},
        {"negative fatalities", [](Incident &i) { i.fatalities = -1; }, "fatalities: -1 is negative"},
        {"negative quantity", [](Incident &i) { i.quantity = -5; }, "quantity: -5 is negative"},
        {"empty actor",
            [](Incident &i) {
                i.actors = actorsNamed({"a", " "});
            },
            "actor: an actor's name is empty"},
        {"unknown region",
            [](Incident &i) {
                i.precision = LocationPrecision::Region;
                i.region = "AM-XX";
            },
            "region: 'AM-XX' is not a region of the boundary layer"},
        {"region precision without region",
            [](Incident &i) {
                i.precision = LocationPrecision::Region;
                i.region.clear();
            },
            "region: region precision needs a region code"},
        {"unknown country",
            [](Incident &i) {
                i.precision = LocationPrecision::Country;
                i.region = "FR";
            },
            "country precision needs a country code of the boundary layer"},
        {"region that does not contain the point", [](Incident &i) { i.region = "AZ-FUZ"; },
            "region: AZ-FUZ does not contain 39.507, 46.338 (lat, lon), AM-SU does"},
        {"claim without source", [](Incident &i) { i.claims = {Claim{}}; }, "source: a claim needs a source"},
        {"claim with a missing source",
            [&](Incident &i) {
                Claim c;
                c.sourceId = source + 100;
                i.claims = {c};
            },
            "source: there is no source"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        Incident incident = db.pointIncident();
        c.change(incident);
        const auto id = db.store->addIncident(incident);
        REQUIRE_FALSE(id);
        CHECK(id.error().contains(QString::fromUtf8(c.message)));
        // An update with the same bad value is refused too (claims are not
        // an update's business: one would succeed and touch 'updated').
        if (QByteArray(c.message).contains("claim") || QByteArray(c.message).contains("source"))
            continue;
        Incident existing = *db.store->incident(1);
        c.change(existing);
        existing.claims.clear();
        CHECK_FALSE(db.store->updateIncident(existing));
    }
    CHECK(db.snapshot() == before);
}

TEST_CASE("dates after today are refused with the field named, but not periods that include today", "[store]")
{
    StoreFixture db;
    REQUIRE(db.store->addIncident(db.pointIncident()));
    const QString before = db.snapshot();
    const QDate today = QDate::currentDate();
    // Far enough ahead to be the future in every time zone.
    const QString nextYear = QString::number(today.year() + 1);
    const QString inTwoMonths = today.addMonths(2).toString("yyyy-MM");
    const QString inThreeDays = today.addDays(3).toString(Qt::ISODate);
    QString error;
    for (const QString &future : {nextYear, inTwoMonths, inThreeDays}) {
        INFO(future.toStdString());
        Incident incident = db.pointIncident();
        incident.date = PartialDate::parse(future, &error);
        CHECK(db.store->addIncident(incident).error() == QString("date: %1 is in the future").arg(future));
        incident.id = 1;
        CHECK(db.store->updateIncident(incident).error() == QString("date: %1 is in the future").arg(future));
        Source source;
        source.title = "An article from the future";
        source.published = PartialDate::parse(future, &error);
        CHECK(db.store->addSource(source).error() == QString("published: %1 is in the future").arg(future));
        source.published.reset();
        source.retrieved = PartialDate::parse(future, &error);
        CHECK(db.store->addSource(source).error() == QString("retrieved: %1 is in the future").arg(future));
    }
    CHECK(db.snapshot() == before);

    for (const QString &now : {today.toString(Qt::ISODate), today.toString("yyyy-MM"), QString::number(today.year())}) {
        INFO(now.toStdString());
        Incident incident = db.pointIncident();
        incident.date = PartialDate::parse(now, &error);
        CHECK(db.store->addIncident(incident));
        Source source;
        source.title = "Today's article " + now;
        source.published = source.retrieved = PartialDate::parse(now, &error);
        CHECK(db.store->addSource(source));
    }
}

TEST_CASE("bad sources are refused, urls are unique and matching reuses sources", "[store]")
{
    StoreFixture db;
    Source source;
    CHECK(db.store->addSource(source).error() == "title: a source needs a title");
    source.title = "t";
    source.url = "not a url";
    CHECK(db.store->addSource(source).error().startsWith("url: 'not a url' is not an absolute URL"));
    source.url.clear();
    source.language = "arabic!";
    CHECK(db.store->addSource(source).error().startsWith("language: 'arabic!' is not a BCP 47 language tag"));
    source.language = "ar\n"; // a trailing newline is no tag either
    CHECK(db.store->addSource(source).error().startsWith("language: "));
    source.language = "az-Latn";
    // A javascript: url is stored verbatim; the UI never opens it.
    source.url = "javascript:alert(1)";
    auto first = db.store->addSource(source);
    REQUIRE(first);
    CHECK(db.store->source(first.value())->url == "javascript:alert(1)");
    CHECK(db.store->addSource(source).error().contains("already has the url"));
    CHECK(db.store->findOrAddSource(source).value() == first.value());

    Source print;
    print.title = "Azatutyun print edition";
    print.publisher = "RFE/RL";
    auto a = db.store->findOrAddSource(print);
    auto b = db.store->findOrAddSource(print);
    REQUIRE(a);
    CHECK(a.value() == b.value());
    print.publisher = "Other";
    CHECK(db.store->findOrAddSource(print).value() != a.value());
    CHECK(db.store->sources().size() == 3);
}

TEST_CASE("updates replace fields and actors, and deletes cascade to claims but keep sources", "[store]")
{
    StoreFixture db;
    const qint64 source = db.addSource();
    Incident incident = db.pointIncident();
    incident.actors = actorsNamed({"a", "b"});
    Claim claim;
    claim.sourceId = source;
    incident.claims = {claim};
    const qint64 id = db.store->addIncident(incident).value();

    Incident changed = *db.store->incident(id);
    changed.title = "Shelling of Goris";
    changed.actors = actorsNamed({"c"});
    changed.lon = 47.145;
    changed.lat = 39.601;
    const auto updated = db.store->updateIncident(changed);
    INFO(updated.error().toStdString());
    REQUIRE(updated);
    const Incident read = *db.store->incident(id);
    CHECK(read.title == "Shelling of Goris");
    CHECK(actorNames(read.actors) == QStringList{"c"});
    CHECK(read.region == "AZ-FUZ");
    CHECK(read.claims.size() == 1); // untouched by update

    auto second = db.store->addClaim(id, claim);
    REQUIRE(second);
    CHECK(db.store->incident(id)->claims.size() == 2);
    REQUIRE(db.store->deleteClaim(second.value()));
    CHECK(db.store->incident(id)->claims.size() == 1);
    CHECK(db.store->deleteClaim(second.value()).error() == QString("id: there is no claim %1").arg(second.value()));

    REQUIRE(db.store->deleteIncident(id));
    CHECK_FALSE(db.store->incident(id));
    CHECK(db.store->deleteIncident(id).error() == QString("id: there is no incident %1").arg(id));
    CHECK(db.store->sources().size() == 1);
    CHECK(db.store->incidents().value().empty());
}

TEST_CASE("the bounding-box query finds exactly what a scan finds", "[store][rtree]")
{
    StoreFixture db;
    QRandomGenerator random(42);
    std::vector<std::pair<qint64, QPointF>> all;
    REQUIRE(db.store->writeAll([&]() -> Result<void> {
        for (int i = 0; i < 2000; ++i) {
            Incident incident = db.pointIncident(43 + random.generateDouble() * 8, 37 + random.generateDouble() * 7);
            incident.title = QString("random %1").arg(i);
            auto id = db.store->addIncident(incident);
            if (!id)
                return Result<void>::failure(id.error());
            all.push_back({id.value(), {incident.lon, incident.lat}});
        }
        return {};
    }));
    for (int q = 0; q < 50; ++q) {
        const double west = 43 + random.generateDouble() * 7, south = 37 + random.generateDouble() * 6;
        const QRectF box(west, south, random.generateDouble() * 2, random.generateDouble() * 2);
        IncidentFilter filter;
        filter.bbox = box;
        const auto found = db.store->incidents(filter);
        REQUIRE(found);
        std::set<qint64> expected, got;
        for (const auto &[id, p] : all)
            if (p.x() >= box.left() && p.x() <= box.right() && p.y() >= box.top() && p.y() <= box.bottom())
                expected.insert(id);
        for (const Incident &incident : found.value())
            got.insert(incident.id);
        CHECK(got == expected);
    }
}

TEST_CASE("filters combine: region, country, type, status, dates", "[store][filter]")
{
    StoreFixture db;
    auto add = [&](const char *date, const char *type, IncidentStatus status, double lon, double lat) {
        Incident incident = db.pointIncident(lon, lat);
        QString error;
        incident.date = PartialDate::parse(date, &error);
        incident.type = type;
        incident.status = status;
        return db.store->addIncident(incident).value();
    };
    const qint64 goris = add("2022-09-13", "shelling", IncidentStatus::Claimed, 46.338, 39.507); // AM-SU
    const qint64 jermuk = add("2022-09", "armed_clash", IncidentStatus::Confirmed, 45.67, 39.84); // AM-VD
    const qint64 fuzuli = add("2022", "troop_movement", IncidentStatus::Reported, 47.145, 39.601); // AZ-FUZ
    auto ids = [&](IncidentFilter filter) {
        std::vector<qint64> out;
        const auto found = db.store->incidents(filter);
        for (const Incident &i : found.value())
            out.push_back(i.id);
        // The map's compact read selects the same, in the same order.
        std::vector<qint64> points;
        const auto compact = db.store->points(filter);
        REQUIRE(compact);
        for (const IncidentPoint &p : compact.value().points)
            points.push_back(p.id);
        CHECK(points == out);
        return out;
    };
    IncidentFilter f;
    f.region = "AM-SU";
    CHECK(ids(f) == std::vector<qint64>{goris});
    f.region = "AM"; // a country: all its units
    CHECK(ids(f) == std::vector<qint64>{jermuk, goris});
    f.type = "armed_clash";
    CHECK(ids(f) == std::vector<qint64>{jermuk});
    f = {};
    f.status = "reported";
    CHECK(ids(f) == std::vector<qint64>{fuzuli});
    // Date periods overlap the asked range: "2022" reaches into any 2022 day.
    f = {};
    f.since = QDate(2022, 9, 14);
    CHECK(ids(f) == std::vector<qint64>{fuzuli, jermuk});
    f.until = QDate(2022, 9, 30);
    CHECK(ids(f) == std::vector<qint64>{fuzuli, jermuk});
    f = {};
    f.until = QDate(2021, 12, 31);
    CHECK(ids(f).empty());
}

TEST_CASE("full-text search finds Arabic, English and quotes, and takes any input", "[store][fts]")
{
    StoreFixture db;
    const qint64 source = db.addSource("مكالمة هاتفية بين رئيس الأركان");
    Incident trucks = db.pointIncident(47.145, 39.601);
    trucks.title = "About 60 military trucks sent to the Fuzuli region";
    Claim claim;
    claim.sourceId = source;
    claim.claimant = "Zakir Hasanov";
    claim.quote = QString::fromUtf8("إرسال حوالي 60 شاحنة عسكرية إلى «منطقة فضولي»");
    trucks.claims = {claim};
    const qint64 t = db.store->addIncident(trucks).value();
    Incident s300 = db.pointIncident(49.867, 40.409);
    s300.title = QString::fromUtf8("نشر أنظمة الدفاع الجوي S300 في باكو");
    s300.description = "S-300 air-defence systems in Baku";
    const qint64 s = db.store->addIncident(s300).value();

    auto search = [&](const QString &text) {
        IncidentFilter f;
        f.text = text;
        std::vector<qint64> out;
        auto found = db.store->incidents(f);
        REQUIRE(found);
        for (const Incident &i : found.value())
            out.push_back(i.id);
        return out;
    };
    CHECK(search("trucks") == std::vector<qint64>{t});
    CHECK(search("TRUCKS fuzuli") == std::vector<qint64>{t});
    CHECK(search("truck") == std::vector<qint64>{t}); // word beginnings match
    CHECK(search(QString::fromUtf8("فضولي")) == std::vector<qint64>{t}); // in the quote
    CHECK(search(QString::fromUtf8("شاحنة")) == std::vector<qint64>{t});
    CHECK(search(QString::fromUtf8("باكو")) == std::vector<qint64>{s}); // in the title
    CHECK(search("Hasanov") == std::vector<qint64>{t}); // the claimant
    CHECK(search(QString::fromUtf8("الأركان")) == std::vector<qint64>{t}); // the source's title
    CHECK(search("baku") == std::vector<qint64>{s});
    CHECK(search("nothing-like-this").empty());
    // FTS5 syntax is taken literally, never an error.
    for (const char *odd : {"\"", "AND", "trucks OR", "NEAR(", "*", "a:b", "'; DROP TABLE incidents; --", "(((", "-"})
        CHECK_NOTHROW(search(odd));
    CHECK(db.store->incidentCount() == 2);
    // Editing a title updates the index.
    Incident edited = *db.store->incident(s);
    edited.title = "Air defence in the capital";
    REQUIRE(db.store->updateIncident(edited));
    CHECK(search(QString::fromUtf8("باكو")).empty());
    CHECK(search("capital") == std::vector<qint64>{s});
}

TEST_CASE("Arabic is found without its article, proclitics, hamza forms and diacritics, and text stays as typed", "[store][fts]")
{
    // Sentences of the seed article (tests: /work/shared/seeds), and text in
    // the other scripts the analysts search.
    const QStringList titles{QString::fromUtf8("وليست لدينا نيّة باحتلال الأراضي الأرمنية"),
        QString::fromUtf8("ولن نسمح بحدوث نزاع وتغيير الحدود بالقوة"),
        QString::fromUtf8("مكالمة هاتفية بين رئيس الأركان العامة الإيراني ووزير الدفاع الأذربيجاني"),
        QString::fromUtf8("من خلال نجاحه بالاستيلاء على سبعة مواقع عسكرية جبلية"), QString::fromUtf8("نیروهای مسلح ایران در مرز"),
        QString::fromUtf8("Սյունիքի մարզում"), QString::fromUtf8("Сюникская область"), QString::fromUtf8("Füzuli rayonu, Ağdam"),
        "Trucks sent to the Fuzuli region"};
    StoreFixture db;
    std::vector<qint64> ids;
    for (const QString &title : titles) {
        Incident incident = db.pointIncident();
        incident.title = title;
        ids.push_back(db.store->addIncident(incident).value());
    }
    auto search = [&](const char *text) {
        IncidentFilter f;
        f.text = QString::fromUtf8(text);
        const auto found = db.store->incidents(f);
        INFO(found.error().toStdString());
        REQUIRE(found);
        std::vector<qint64> out;
        for (const Incident &i : found.value())
            out.push_back(i.id);
        return out;
    };
    CHECK(search("اراضي") == std::vector<qint64>{ids[0]});
    CHECK(search("أراضي") == std::vector<qint64>{ids[0]});
    CHECK(search("الاراضي") == std::vector<qint64>{ids[0]});
    CHECK(search("نية") == std::vector<qint64>{ids[0]}); // typed نيّة
    CHECK(search("حدود") == std::vector<qint64>{ids[1]});
    CHECK(search("الحُدود") == std::vector<qint64>{ids[1]});
    CHECK(search("وزير") == std::vector<qint64>{ids[2]}); // typed ووزير
    CHECK(search("اركان") == std::vector<qint64>{ids[2]});
    CHECK(search("استيلاء") == std::vector<qint64>{ids[3]}); // typed بالاستيلاء
    CHECK(search("نیروهای ایران") == std::vector<qint64>{ids[4]});
    CHECK(search("Սյունիքի") == std::vector<qint64>{ids[5]});
    CHECK(search("сюникская") == std::vector<qint64>{ids[6]});
    CHECK(search("ağdam") == std::vector<qint64>{ids[7]});
    CHECK(search("fuzuli") == std::vector<qint64>{ids[7], ids[8]});
    CHECK(search("trucks") == std::vector<qint64>{ids[8]});
    CHECK(search("حدودها").empty());
    for (size_t i = 0; i < ids.size(); ++i)
        CHECK(db.store->incident(ids[i])->title.toUtf8() == titles[int(i)].toUtf8());
}

TEST_CASE("a bulk write indexes its incidents as the triggers index one", "[store][fts]")
{
    StoreFixture db;
    const qint64 source = db.addSource(QString::fromUtf8("تقرير ميداني عن الحدود"));
    Incident incident = db.pointIncident();
    incident.title = QString::fromUtf8("نشر أنظمة الدفاع الجوي في باكو");
    incident.description = QString::fromUtf8("مُحَمَّد");
    incident.extra = QString::fromUtf8(R"({"note":"الأراضي"})");
    Claim claim;
    claim.sourceId = source;
    claim.quote = QString::fromUtf8("إرسال حوالي 60 شاحنة عسكرية");
    incident.claims = {claim};
    const qint64 single = db.store->addIncident(incident).value();
    qint64 bulk = 0;
    REQUIRE(db.store->addAll([&]() -> Result<void> {
        auto added = db.store->addIncident(incident);
        bulk = added ? added.value() : 0;
        return added ? Result<void>() : Result<void>::failure(added.error());
    }));
    if (StoreFixture::onServer()) {
        // The words each is found by, as the server indexed them.
        auto indexed = [&](qint64 id) {
            return db.rows(
                QStringLiteral("SELECT document FROM incident_search WHERE incident_id = %1").arg(id).toUtf8().constData());
        };
        REQUIRE(indexed(single).size() == 1);
        CHECK(indexed(single).front().contains(QString::fromUtf8("'شاحنه'")));
        CHECK(indexed(single).front().contains(QString::fromUtf8("'الاراضي'")));
        CHECK(indexed(bulk) == indexed(single));
        return;
    }
    auto raw = SqliteDatabase::open(db.path, SqliteDatabase::Mode::ReadOnly);
    REQUIRE(raw);
    auto indexed = [&](qint64 id) {
        SqliteStatement select
            = raw.value()->prepare("SELECT title, description, claims, extra FROM incident_text WHERE rowid = ?1");
        select.bind(1, id);
        REQUIRE(select.next());
        return QStringList{select.text(0), select.text(1), select.text(2), select.text(3)};
    };
    const QStringList expected{QString::fromUtf8("نشر انظمه الدفاع الجوي في باكو"), QString::fromUtf8("محمد"),
        QString::fromUtf8(" ارسال حوالي 60 شاحنه عسكريه  تقرير ميداني عن الحدود "), QString::fromUtf8("الاراضي")};
    CHECK(indexed(single) == expected);
    CHECK(indexed(bulk) == expected);
}

TEST_CASE("the taxonomy starts with the built-in types and users can extend it", "[store]")
{
    StoreFixture db;
    const auto types = db.store->incidentTypes();
    QStringList names;
    for (const IncidentType &type : types)
        names << type.name;
    CHECK(names
        == QStringList{"armed_clash", "shelling", "air_or_drone_strike", "territory_captured", "territory_withdrawn",
            "troop_movement", "equipment_deployment", "position_established", "ceasefire_violation", "diplomatic_contact",
            "statement", "other"});
    CHECK(db.store->incidentType("equipment_deployment")->deployment);
    CHECK_FALSE(db.store->incidentType("shelling")->deployment);
    REQUIRE(db.store->addIncidentType({"mine_incident", "Mine incident", "clash", false, false}));
    Incident incident = db.pointIncident();
    incident.type = "mine_incident";
    CHECK(db.store->addIncident(incident));
    CHECK(db.store->addIncidentType({"mine_incident", "", "clash", false, false}).error().contains("exists already"));
    CHECK(db.store->addIncidentType({"Bad Name", "", "clash", false, false}).error().startsWith("name:"));
    CHECK(db.store->addIncidentType({"mine\n", "", "clash", false, false}).error().startsWith("name:"));
    CHECK(db.store->addIncidentType({"ok_name", "", "weather", false, false}).error().startsWith("family:"));
}

TEST_CASE("a failed write inside writeAll undoes the earlier ones", "[store]")
{
    StoreFixture db;
    const auto result = db.store->writeAll([&]() -> Result<void> {
        REQUIRE(db.store->addIncident(db.pointIncident()));
        REQUIRE(db.store->addIncident(db.pointIncident()));
        Incident bad = db.pointIncident();
        bad.lat = 100;
        auto id = db.store->addIncident(bad);
        return id ? Result<void>() : Result<void>::failure(id.error());
    });
    CHECK_FALSE(result);
    CHECK(db.store->incidentCount() == 0);
}

TEST_CASE("a region's stand-in point is never promoted to an exact position", "[store]")
{
    StoreFixture db;
    Incident incident = db.pointIncident();
    incident.precision = LocationPrecision::Region;
    incident.region = "AZ-FUZ";
    const qint64 id = db.store->addIncident(incident).value();
    Incident edited = *db.store->incident(id);
    edited.precision = LocationPrecision::Exact;
    CHECK(db.store->updateIncident(edited).error()
        == "precision: exact precision needs a point of its own: give its longitude and latitude");
    edited.lon = 47.145;
    edited.lat = 39.601;
    CHECK(db.store->updateIncident(edited)); // with a point of its own it may
}

TEST_CASE("a failed nested write cannot be committed by its caller", "[store]")
{
    StoreFixture db;
    const auto result = db.store->writeAll([&]() -> Result<void> {
        REQUIRE(db.store->addIncident(db.pointIncident()));
        // Fails inside its (nested) transaction; the caller ignores that, by mistake.
        CHECK_FALSE(db.store->deleteIncident(999));
        return {};
    });
    CHECK_FALSE(result); // the commit is refused: the failed write may have left part of itself
    CHECK(db.store->incidentCount() == 0);
}

TEST_CASE("the bounding box is exact at its edges", "[store][rtree]")
{
    StoreFixture db;
    const qint64 id = db.store->addIncident(db.pointIncident(44.5000001, 39.2000001)).value();
    IncidentFilter filter;
    filter.bbox = QRectF(QPointF(44.50000005, 39.20000005), QPointF(44.6, 39.3));
    const auto found = db.store->incidents(filter);
    REQUIRE(found.value().size() == 1);
    CHECK(found.value()[0].id == id);
    filter.bbox = QRectF(QPointF(44.50000015, 39.2), QPointF(44.6, 39.3));
    CHECK(db.store->incidents(filter).value().empty());
}

TEST_CASE("the compact points read carries position, type, status, precision and region of each incident", "[store][points]")
{
    StoreFixture db;
    Incident goris = db.pointIncident(46.338, 39.507);
    goris.status = IncidentStatus::Disputed;
    goris.precision = LocationPrecision::Near;
    const qint64 gorisId = db.store->addIncident(goris).value();
    Incident syunik = db.pointIncident();
    syunik.type = QStringLiteral("troop_movement");
    syunik.precision = LocationPrecision::Region;
    syunik.region = QStringLiteral("AM-SU");
    QString error;
    syunik.date = PartialDate::parse(QStringLiteral("2021"), &error);
    const qint64 syunikId = db.store->addIncident(syunik).value();
    Incident sea = db.pointIncident(50.5, 41.0); // the Caspian: in no unit
    sea.status = IncidentStatus::Confirmed;
    const qint64 seaId = db.store->addIncident(sea).value();

    const auto read = db.store->points({});
    REQUIRE(read);
    const IncidentPoints &all = read.value();
    REQUIRE(all.points.size() == 3);
    const IncidentPoint &first = all.points[0]; // 2021: the oldest
    CHECK(first.id == syunikId);
    CHECK(all.types[first.type] == "troop_movement");
    CHECK(first.precision == LocationPrecision::Region);
    CHECK(all.regions[first.region] == "AM-SU");
    const Incident stored = db.store->incident(syunikId).value();
    CHECK(first.lon == stored.lon);
    CHECK(first.lat == stored.lat);
    const IncidentPoint &second = all.points[1];
    CHECK(second.id == gorisId);
    CHECK(second.lon == 46.338);
    CHECK(second.lat == 39.507);
    CHECK(all.types[second.type] == "shelling");
    CHECK(second.status == IncidentStatus::Disputed);
    CHECK(second.precision == LocationPrecision::Near);
    CHECK(all.regions[second.region] == "AM-SU");
    CHECK(all.regions.size() == 1); // interned once
    CHECK(all.points[2].id == seaId);
    CHECK(all.points[2].region == -1);
    CHECK(all.points[2].status == IncidentStatus::Confirmed);
    CHECK(sizeof(IncidentPoint) <= 32);
}

TEST_CASE("a deleted incident's or source's id is never given to a new one", "[store]")
{
    StoreFixture db;
    const qint64 first = db.store->addIncident(db.pointIncident()).value();
    const qint64 newest = db.store->addIncident(db.pointIncident()).value();
    REQUIRE(db.store->deleteIncident(newest));
    const qint64 next = db.store->addIncident(db.pointIncident()).value();
    CHECK(next > newest);
    CHECK(next > first);
    // Through a bulk write too.
    REQUIRE(db.store->deleteIncident(next));
    qint64 bulk = 0;
    REQUIRE(db.store->addAll([&]() -> Result<void> {
        bulk = db.store->addIncident(db.pointIncident()).value();
        return {};
    }));
    CHECK(bulk > next);

    const qint64 source = db.addSource("Report");
    db.store.reset();
    db.rows("DELETE FROM sources"); // no command deletes sources yet
    db.store = db.open();
    CHECK(db.addSource("Another report") > source);
}

TEST_CASE("an incident put back after deletion keeps its id, created time, claims and searchability", "[store][undo]")
{
    StoreFixture db;
    const qint64 source = db.addSource("Գորիսը հրետակոծվել է", "https://example.org/goris");
    Incident incident = db.pointIncident();
    incident.title = "Shelling of Goris";
    Claim claim;
    claim.sourceId = source;
    claim.claimant = "Ministry of Defence of Armenia";
    claim.quote = QString::fromUtf8("Գորիս");
    incident.claims = {claim};
    const qint64 id = db.store->addIncident(incident).value();
    REQUIRE(db.store->addIncident(db.pointIncident())); // a later one: the put-back id is not the newest
    const Incident stored = *db.store->incident(id);
    REQUIRE(db.store->deleteIncident(id));
    REQUIRE_FALSE(db.store->incident(id));

    REQUIRE(db.store->putIncident(stored));
    const auto back = db.store->incident(id);
    REQUIRE(back);
    CHECK(back->title == "Shelling of Goris");
    CHECK(back->created == stored.created);
    REQUIRE(back->claims.size() == 1);
    CHECK(back->claims[0].claimant == "Ministry of Defence of Armenia");
    CHECK(back->claims[0].source.id == source);
    IncidentFilter byText;
    byText.text = QString::fromUtf8("Գորիս");
    const auto found = db.store->incidents(byText);
    REQUIRE(found);
    REQUIRE(found.value().size() == 1);
    CHECK(found.value()[0].id == id);

    // On a stored incident it replaces fields and claims, in one transaction.
    Incident changed = *back;
    changed.title = "Shelling of Goris, confirmed";
    changed.claims.clear();
    REQUIRE(db.store->putIncident(changed));
    CHECK(db.store->incident(id)->title == "Shelling of Goris, confirmed");
    CHECK(db.store->incident(id)->claims.empty());
    // A refused value changes nothing.
    Incident bad = changed;
    bad.title.clear();
    bad.claims = back->claims;
    CHECK_FALSE(db.store->putIncident(bad));
    CHECK(db.store->incident(id)->title == "Shelling of Goris, confirmed");
    CHECK(db.store->incident(id)->claims.empty());
}

TEST_CASE("search finds Armenian, Russian and Azerbaijani words in either case and without their diacritics", "[store][fts]")
{
    StoreFixture db;
    Incident armenian = db.pointIncident();
    armenian.title = QString::fromUtf8("Գորիսի մոտ հրետակոծություն");
    const qint64 a = db.store->addIncident(armenian).value();
    Incident russian = db.pointIncident();
    russian.title = QString::fromUtf8("Обстрел у Гориса");
    const qint64 r = db.store->addIncident(russian).value();
    Incident azerbaijani = db.pointIncident(46.75, 39.76);
    azerbaijani.title = QString::fromUtf8("Şuşa istiqamətində atışma");
    const qint64 z = db.store->addIncident(azerbaijani).value();

    auto search = [&](const char *text) {
        IncidentFilter f;
        f.text = QString::fromUtf8(text);
        auto found = db.store->incidents(f);
        REQUIRE(found);
        std::vector<qint64> ids;
        for (const Incident &i : found.value())
            ids.push_back(i.id);
        return ids;
    };
    CHECK(search("գորիս") == std::vector<qint64>{a}); // a word's beginning, lower case
    CHECK(search("ԳՈՐԻՍԻ") == std::vector<qint64>{a});
    CHECK(search("гориса") == std::vector<qint64>{r});
    CHECK(search("ОБСТРЕЛ") == std::vector<qint64>{r});
    CHECK(search("Şuşa") == std::vector<qint64>{z});
    CHECK(search("susa") == std::vector<qint64>{z}); // typed without the cedillas
    CHECK(search("istiqamətində") == std::vector<qint64>{z});
    CHECK(search("Баку").empty());
}

TEST_CASE("another connection's commit changes the data version and the store's own does not", "[store]")
{
    StoreFixture db;
    auto other = db.open();
    const qint64 before = db.store->dataVersion();
    const qint64 otherBefore = other->dataVersion();
    // NOTIFY is delivered at commit, but may reach the socket a moment later.
    const auto changes = [](const conflictmap::IncidentStore &store, qint64 from) {
        QElapsedTimer waited;
        waited.start();
        while (store.dataVersion() == from && waited.elapsed() < 5000)
            QThread::msleep(10);
        return store.dataVersion() != from;
    };
    REQUIRE(db.store->addIncident(db.pointIncident()));
    CHECK(db.store->dataVersion() == before); // its own write is no news to it
    CHECK(changes(*other, otherBefore));
    const qint64 seen = other->dataVersion();
    REQUIRE(other->addIncident(db.pointIncident()));
    CHECK(other->dataVersion() == seen);
    CHECK(changes(*db.store, before));
}

TEST_CASE(
    "saving an incident someone changed since it was read is refused, saying who, when and what differs", "[store][version]")
{
    StoreFixture db;
    const auto id = db.store->addIncident(db.pointIncident());
    REQUIRE(id);
    CHECK(db.store->incident(*id)->version == 1);

    // Two analysts read it; the colleague saves first.
    auto colleague = db.open();
    Incident theirs = *colleague->incident(*id);
    Incident mine = *db.store->incident(*id);
    theirs.title = QString::fromUtf8("Обстрел у Сотка");
    REQUIRE(colleague->updateIncident(theirs));
    CHECK(colleague->incident(*id)->version == 2);

    mine.status = IncidentStatus::Disputed;
    const auto refused = db.store->updateIncident(mine);
    REQUIRE_FALSE(refused);
    CHECK(refused.problem().code == ErrorCode::Conflict);
    CHECK(refused.problem().field == "version");
    const QString who = colleague->self().name;
    CHECK(refused.error().startsWith(QStringLiteral("version: incident %1 was changed by %2 at ").arg(*id).arg(who)));
    CHECK(refused.error().contains("theirs differs from yours in title, status"));
    CHECK(refused.error().count('\n') == 0);
    // Nothing of mine was written; theirs stands.
    const Incident stored = *db.store->incident(*id);
    CHECK(stored.title == QString::fromUtf8("Обстрел у Сотка"));
    CHECK(stored.status == IncidentStatus::Reported);
    CHECK(stored.version == 2);

    // Saved over theirs knowingly (the version now read): it goes through.
    mine.version = stored.version;
    REQUIRE(db.store->updateIncident(mine));
    CHECK(db.store->incident(*id)->status == IncidentStatus::Disputed);
    CHECK(db.store->incident(*id)->version == 3);
    // Without a version read, an update writes whatever is there.
    Incident blind = *db.store->incident(*id);
    blind.version = 0;
    blind.fatalities = 2;
    REQUIRE(db.store->updateIncident(blind));
    CHECK(db.store->incident(*id)->version == 4);
}

TEST_CASE("deleting an incident someone changed since it was read is refused, saying who and when", "[store][version]")
{
    StoreFixture db;
    const auto id = db.store->addIncident(db.pointIncident());
    REQUIRE(id);
    const qint64 read = db.store->incident(*id)->version;

    auto colleague = db.open();
    Incident theirs = *colleague->incident(*id);
    theirs.description = QString::fromUtf8("تم التأكيد من مصدر ثانٍ");
    REQUIRE(colleague->updateIncident(theirs));

    const auto refused = db.store->deleteIncident(*id, read);
    REQUIRE_FALSE(refused);
    CHECK(refused.problem().code == ErrorCode::Conflict);
    CHECK(refused.error()
        == QStringLiteral("version: incident %1 was changed by %2 at %3 UTC after you read it: look at theirs before deleting it")
               .arg(*id)
               .arg(colleague->self().name, QString(colleague->incident(*id)->updated.left(16)).replace('T', ' ')));
    REQUIRE(db.store->incident(*id));
    CHECK(db.store->incident(*id)->description == theirs.description);

    // At the version now read it goes; without one, whatever is there goes.
    REQUIRE(db.store->deleteIncident(*id, db.store->incident(*id)->version));
    CHECK_FALSE(db.store->incident(*id));
    CHECK(db.store->deleteIncident(*id, 1).problem().code == ErrorCode::NotFound);
    const auto other = db.store->addIncident(db.pointIncident());
    REQUIRE(other);
    REQUIRE(colleague->updateIncident(*colleague->incident(*other)));
    REQUIRE(db.store->deleteIncident(*other));
    CHECK(db.store->incidentCount() == 0);
}

TEST_CASE("a period, low/best/high fatalities and actors' sides and types are kept, and a period is found by any day of it",
    "[store][ranges]")
{
    StoreFixture db;
    Incident incident = db.pointIncident();
    QString error;
    incident.date = PartialDate::parse("2022-09-13", &error);
    incident.dateUntil = PartialDate::parse("2022-10", &error);
    incident.fatalities = 20;
    incident.fatalitiesLow = 12;
    incident.fatalitiesHigh = 31;
    incident.actors = {{"Military Forces of Azerbaijan (2003-)", "a", "state_forces"},
        {QString::fromUtf8("Հայաստանի զինված ուժեր"), "b", "state_forces"}, {"Civilians (Armenia)", "b", "civilians"},
        {"Unknown", {}, {}}};
    const auto id = db.store->addIncident(incident);
    REQUIRE(id);
    db.store = db.open();
    const auto read = db.store->incident(*id);
    REQUIRE(read);
    CHECK(read->date->toString() == "2022-09-13");
    CHECK(read->dateUntil->toString() == "2022-10");
    CHECK(read->fatalities == 20);
    CHECK(read->fatalitiesLow == 12);
    CHECK(read->fatalitiesHigh == 31);
    CHECK(read->actors == incident.actors);

    // The filter sees the whole period: a day in October finds it, a day
    // after its last does not.
    IncidentFilter filter;
    filter.since = QDate(2022, 10, 31);
    filter.until = QDate(2022, 10, 31);
    CHECK(db.store->incidents(filter)->size() == 1);
    filter.since = filter.until = QDate(2022, 11, 1);
    CHECK(db.store->incidents(filter)->empty());

    // Clearing them clears them.
    Incident cleared = *read;
    cleared.dateUntil.reset();
    cleared.fatalitiesLow.reset();
    cleared.fatalitiesHigh.reset();
    cleared.actors = actorsNamed({"Unknown"});
    REQUIRE(db.store->updateIncident(cleared));
    const auto after = db.store->incident(*id);
    CHECK(!after->dateUntil);
    CHECK(!after->fatalitiesLow);
    CHECK(!after->fatalitiesHigh);
    CHECK(after->actors == cleared.actors);

    // What cannot be is refused, the field named, nothing written.
    const auto refused = [&](auto change, const char *field) {
        Incident bad = *after;
        change(bad);
        const auto written = db.store->updateIncident(bad);
        INFO(field);
        REQUIRE(!written);
        CHECK(written.error().contains(QLatin1String(field)));
        CHECK(db.store->incident(*id)->actors == cleared.actors);
    };
    refused([&](Incident &i) { i.dateUntil = PartialDate::parse("2022-09-12", &error); }, "until");
    refused(
        [](Incident &i) {
            i.fatalitiesLow = 10;
            i.fatalitiesHigh = 5;
        },
        "fatalities-low");
    refused(
        [](Incident &i) {
            i.fatalities = 40;
            i.fatalitiesHigh = 31;
        },
        "fatalities");
    refused([](Incident &i) { i.actors = {{"X", "c", {}}}; }, "side 'c'");
    refused([](Incident &i) { i.actors = {{"X", "a", "army"}}; }, "type 'army'");
}

TEST_CASE("an actor's label reads back as the actor, and names with parentheses stay names", "[store][ranges]")
{
    const Actor full{"Military Forces of Azerbaijan (2003-)", "a", "state_forces"};
    CHECK(full.label() == "Military Forces of Azerbaijan (2003-) (side a, state forces)");
    CHECK(Actor::fromLabel(full.label()) == full);
    CHECK(Actor::fromLabel("Military Forces of Azerbaijan (2003-)") == Actor{"Military Forces of Azerbaijan (2003-)", {}, {}});
    CHECK(Actor::fromLabel("b: Police Forces of Armenia") == Actor{"Police Forces of Armenia", "b", {}});
    CHECK(Actor::fromLabel("Protesters (Armenia) (protesters)") == Actor{"Protesters (Armenia)", {}, "protesters"});
    CHECK(Actor::fromLabel("Group (unknown words)") == Actor{"Group (unknown words)", {}, {}});
    CHECK(Actor::fromLabel(QString::fromUtf8("القوات المسلحة")).name == QString::fromUtf8("القوات المسلحة"));
}

TEST_CASE("a record imported before actors had sides is not changed by getting them on re-import", "[store][ranges]")
{
    StoreFixture db;
    Incident imported = db.pointIncident();
    imported.importDataset = "acled";
    imported.importId = "ARM1";
    imported.actors = actorsNamed({"Military Forces of Azerbaijan (2018-)", "Military Forces of Armenia (2018-)"});
    REQUIRE(db.store->importIncident(imported).value() == IncidentStore::ImportOutcome::Added);
    imported.actors = {{"Military Forces of Azerbaijan (2018-)", "a", "state_forces"},
        {"Military Forces of Armenia (2018-)", "b", "state_forces"}};
    CHECK(db.store->importIncident(imported).value() == IncidentStore::ImportOutcome::Unchanged);
    // A new period or estimate is a change.
    QString error;
    imported.dateUntil = PartialDate::parse("2022-09-14", &error);
    CHECK(db.store->importIncident(imported).value() == IncidentStore::ImportOutcome::Updated);
}

TEST_CASE("a query's incidents carry their own actors, claims and unit shares, with or without a limit", "[store][filter]")
{
    StoreFixture db;
    const qint64 first = db.addSource("Հայկական աղբյուր");
    const qint64 second = db.addSource("مصدر", "https://example.org/second");
    // Incidents with none, one or several of each, a line among them, added
    // out of date order: the details are found by id, not by position.
    std::vector<qint64> ids;
    for (int n = 0; n < 6; ++n) {
        Incident incident = db.pointIncident(46.3 + n * 0.01, 39.5);
        incident.date = PartialDate::parse(QStringLiteral("2022-09-%1").arg(20 - n), nullptr);
        incident.title = QStringLiteral("Incident %1").arg(n);
        for (int a = 0; a < n % 3; ++a)
            incident.actors.push_back({QStringLiteral("Actor %1.%2").arg(n).arg(a), a == 0 ? "a" : "b", {}});
        for (int c = 0; c < n % 4; ++c) {
            Claim claim;
            claim.sourceId = c % 2 ? second : first;
            claim.claimant = QStringLiteral("Claimant %1.%2").arg(n).arg(c);
            incident.claims.push_back(claim);
        }
        if (n == 4) {
            incident.shape = Geometry::lineString({{46.2, 39.5}, {46.6, 39.55}}); // Syunik into Lachin
            incident.lon = incident.lat = 0;
        }
        auto id = db.store->addIncident(incident);
        INFO(id.error().toStdString());
        REQUIRE(id);
        ids.push_back(id.value());
    }
    auto check = [&](const IncidentFilter &filter, const std::vector<qint64> &expected) {
        const auto found = db.store->incidents(filter);
        REQUIRE(found);
        std::vector<qint64> got;
        for (const Incident &incident : found.value()) {
            got.push_back(incident.id);
            const auto alone = db.store->incident(incident.id); // read by itself
            REQUIRE(alone);
            CHECK(incident.actors == alone->actors);
            REQUIRE(incident.claims.size() == alone->claims.size());
            for (size_t c = 0; c < incident.claims.size(); ++c) {
                CHECK(incident.claims[c].id == alone->claims[c].id);
                CHECK(incident.claims[c].claimant == alone->claims[c].claimant);
                CHECK(incident.claims[c].source.title == alone->claims[c].source.title);
            }
            REQUIRE(incident.regionShares.size() == alone->regionShares.size());
            for (size_t r = 0; r < incident.regionShares.size(); ++r)
                CHECK(incident.regionShares[r].region == alone->regionShares[r].region);
        }
        CHECK(got == expected);
        return found.value();
    };
    // Date order is the reverse of the order added.
    const auto all = check({}, {ids[5], ids[4], ids[3], ids[2], ids[1], ids[0]});
    CHECK(all[0].actors.size() == 2); // incident 5: 5 % 3
    CHECK(all[0].claims.size() == 1); // 5 % 4
    CHECK(all[1].regionShares.size() == 2); // the line: Syunik and Lachin
    CHECK(all[2].claims.size() == 3);
    CHECK(all[2].claims[1].source.title == QString::fromUtf8("مصدر"));
    CHECK(all[5].actors.empty());
    CHECK(all[5].claims.empty());
    IncidentFilter limited;
    limited.limit = 2;
    check(limited, {ids[5], ids[4]});
    limited.since = QDate(2022, 9, 16);
    limited.until = QDate(2022, 9, 18);
    check(limited, {ids[4], ids[3]});
    // The details' queries choose their incidents by every kind of filter.
    IncidentFilter byText;
    byText.text = "claimant"; // in the claims of 1, 2, 3 and 5
    check(byText, {ids[5], ids[3], ids[2], ids[1]});
    IncidentFilter byRegion;
    byRegion.region = "AZ"; // only the line reaches into Lachin
    check(byRegion, {ids[4]});
    IncidentFilter byBox;
    byBox.bbox = QRectF(QPointF(46.305, 39.45), QPointF(46.335, 39.55)); // points 1 to 3, and the line through it
    check(byBox, {ids[4], ids[3], ids[2], ids[1]});
    byBox.text = "claimant";
    byBox.limit = 2;
    check(byBox, {ids[3], ids[2]});
}
