// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "CliRun.h"
#include "Commands.h"
#include "JsonOutput.h"
#include "TestPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

TEST_CASE("a user records the article by hand and finds it by region", "[cli]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString source = addOk(dir,
        {"source", "add", "--title", QString::fromUtf8("مكالمة هاتفية بين رئيس الأركان العامة الإيراني ووزير الدفاع الأذربيجاني"),
            "--publisher", QString::fromUtf8("موقع تطورات العالم الاسلامي"), "--lang", "ar"});
    CHECK(source == "1");
    const QString hasanov = "Zakir Hasanov, Minister of Defence of Azerbaijan";
    addOk(dir,
        {"add", "--type", "troop_movement", "--title", "About 60 military trucks sent to the Fuzuli region", "--date", "2022-10",
            "--region", "AZ-FUZ", "--equipment", "military trucks", "--quantity", "60", "--actor", "Armed Forces of Azerbaijan",
            "--source", source, "--quote", QString::fromUtf8("About 60 military trucks sent to «منطقة فضولي»")});
    addOk(dir,
        {"add", "--type", "equipment_deployment", "--title", "S-300 air-defence systems deployed in Baku", "--date", "2022-10",
            "--region", "AZ-BA", "--equipment", "S-300", "--source", source});
    addOk(dir,
        {"add", "--type", "territory_captured", "--title", "Seven mountain military positions taken inside Armenia", "--date",
            "2022-09", "--region", "AM", "--claimed-by", hasanov, "--source", source});
    for (const char *region : {"AM-SU", "AM-VD", "AM-GR"}) {
        const QString id = addOk(dir,
            {"add", "--type", "statement", "--title", QString("Assessed intent to seize parts of %1").arg(region), "--date",
                "2022-10", "--region", region, "--status", "disputed", "--source", source, "--stance", "claims"});
        addOk(dir,
            {"claim", "add", id, "--source", source, "--claimed-by", hasanov, "--stance", "denies", "--quote",
                QString::fromUtf8("«الأراضي الأرمنية»")});
    }
    addOk(dir,
        {"add", "--type", "diplomatic_contact", "--title", "Bagheri–Hasanov phone call", "--date", "2022-10-03", "--region",
            "AZ-BA", "--actor", "Mohammad Bagheri", "--actor", "Zakir Hasanov", "--source", source});

    const QJsonArray all = listJson(dir);
    REQUIRE(all.size() == 7);
    const QJsonObject positions = all[0].toObject(); // the oldest: 2022-09
    CHECK(positions.value("status").toString() == "claimed"); // a claim is claimed
    CHECK(positions.value("precision").toString() == "country");
    CHECK(positions.value("sources").toArray()[0].toObject().value("claimant").toString() == hasanov);
    CHECK(positions.value("sources").toArray()[0].toObject().value("stance").toString() == "claims");

    CHECK(listJson(dir, {"--region", "AZ-FUZ"}).size() == 1);
    CHECK(listJson(dir, {"--region", "AZ-BA"}).size() == 2);
    CHECK(listJson(dir, {"--region", "AM"}).size() == 4);
    CHECK(listJson(dir, {"--region", "AM-SU"})[0].toObject().value("sources").toArray().size() == 2);
    CHECK(listJson(dir, {"--text", QString::fromUtf8("فضولي")}).size() == 1);
    CHECK(listJson(dir, {"--since", "2022-10-02", "--until", "2022-10-03", "--type", "diplomatic_contact"}).size() == 1);
    CHECK(listJson(dir, {"--bbox", "46.5,39,48,40.5"}).size() == 1);

    const Run regions = cli(dir, {"regions", "--format", "json"});
    REQUIRE(regions.exitCode == 0);
    std::map<QString, int> counts;
    for (const QJsonValue &v : QJsonDocument::fromJson(regions.out.toUtf8()).array())
        if (v.toObject().value("incidents").toInt() > 0)
            counts[v.toObject().value("code").toString()] = v.toObject().value("incidents").toInt();
    CHECK(counts == std::map<QString, int>{{"AZ-FUZ", 1}, {"AZ-BA", 2}, {"AM-SU", 1}, {"AM-VD", 1}, {"AM-GR", 1}});
    // Each unit's area, geodesic: Syunik is some 4,500 km².
    for (const QJsonValue &v : QJsonDocument::fromJson(regions.out.toUtf8()).array())
        if (v.toObject().value("code") == "AM-SU")
            CHECK(v.toObject().value("area_km2").toDouble() == Approx(4506).epsilon(0.05));

    const Run table = cli(dir, {"regions"});
    CHECK(table.out.contains("AM (whole country): 1 incidents"));
    const Run show = cli(dir, {"show", "1"});
    CHECK(show.exitCode == 0);
    CHECK(show.out.contains(QString::fromUtf8("«منطقة فضولي»")));
    CHECK(show.out.contains("only the region is known"));
    const Run csv = cli(dir, {"list", "--format", "csv"});
    CHECK(csv.out.count("\r\n") == 8);
    CHECK(csv.out.startsWith("id,date,date_precision,type,"));
}

TEST_CASE("init --sample loads the article's incidents into a new database", "[cli]")
{
    CliDatabase dir;
    const Run init = cli(dir, {"init", "--sample"});
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains("7 incidents, 1 sources"));
    CHECK(listJson(dir, {"--status", "disputed"}).size() == 3);
    const Run again = cli(dir, {"init", "--sample"});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("only into an empty database"));
}

TEST_CASE("only init creates a database: every other command refuses a missing one and creates nothing", "[cli][sqlite]")
{
    CliDatabase dir;
    const QString typo = dir.filePath("typo/incidents.sqlite");
    const QString refusal = QString("conflictmap-cli: no database at %1; create one with 'conflictmap-cli init'\n");
    for (const QStringList &command :
        {QStringList{"list"}, {"show", "1"}, {"export"}, {"export", "-o", dir.filePath("x.geojson")}, {"regions"}, {"types"},
            {"source", "list"}, {"source", "add", "--title", "t"},
            {"add", "--type", "shelling", "--title", "t", "--date", "2022", "--region", "AM-SU"}, {"edit", "1", "--title", "t"},
            {"delete", "1"}, {"claim", "add", "1", "--source", "1"}, {"claim", "delete", "1"},
            {"types", "add", "mine_incident", "--family", "clash"}, {"import", testpaths::data("points.geojson")}}) {
        INFO(command.join(' ').toStdString());
        const Run run = cli(dir, QStringList{"--db", typo} + command);
        CHECK(run.exitCode == 1);
        CHECK(run.err == refusal.arg(typo));
        CHECK(run.out.isEmpty());
    }
    // The default database ($CONFLICTMAP_DB here) is refused the same way.
    const Run list = cli(dir, {"list"});
    CHECK(list.exitCode == 1);
    CHECK(list.err == refusal.arg(dir.filePath("incidents.sqlite")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());

    // init makes it, directory and all; then the others find it.
    REQUIRE(cli(dir, {"--db", typo, "init"}).exitCode == 0);
    CHECK(cli(dir, {"--db", typo, "list"}).exitCode == 0);
    CHECK(cli(dir, {"--db", typo, "source", "add", "--title", "t"}).out == "1\n");
}

TEST_CASE("edit changes only the options given, and delete removes", "[cli]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString id = addOk(dir,
        {"add", "--type", "shelling", "--title", "Shelling of Goris", "--date", "2022-09-13", "--lat", "39.507", "--lon",
            "46.338", "--fatalities", "2"});
    QJsonObject incident = listJson(dir)[0].toObject();
    CHECK(incident.value("precision").toString() == "near"); // coordinates alone claim no more than "near"
    CHECK(incident.value("region").toString() == "AM-SU");
    addOk(dir, {"edit", id, "--status", "confirmed", "--description", QString::fromUtf8("قصف")});
    incident = listJson(dir)[0].toObject();
    CHECK(incident.value("status").toString() == "confirmed");
    CHECK(incident.value("title").toString() == "Shelling of Goris");
    CHECK(incident.value("fatalities").toInt() == 2);
    CHECK(incident.value("description").toString() == QString::fromUtf8("قصف"));
    addOk(dir, {"edit", id, "--region", "AZ-FUZ"}); // only the region known now
    incident = listJson(dir)[0].toObject();
    CHECK(incident.value("precision").toString() == "region");
    CHECK(incident.value("region").toString() == "AZ-FUZ");
    addOk(dir, {"edit", id, "--fatalities", ""});
    CHECK(listJson(dir)[0].toObject().value("fatalities").isNull());
    addOk(dir, {"delete", id});
    CHECK(listJson(dir).isEmpty());
}

TEST_CASE("edit and delete with --if-version are refused when the incident changed since that version", "[cli][version]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString id
        = addOk(dir, {"add", "--type", "shelling", "--title", "Shelling of Goris", "--date", "2022-09-13", "--region", "AM-SU"});
    const auto version = [&] {
        return QJsonDocument::fromJson(cli(dir, {"show", id, "--format", "json"}).out.toUtf8()).object().value("version").toInt();
    };
    REQUIRE(version() == 1);
    addOk(dir, {"edit", id, "--if-version", "1", "--status", "disputed"});
    REQUIRE(version() == 2);

    const QString before = cli(dir, {"show", id, "--format", "json"}).out;
    for (const QStringList &stale : {QStringList{"edit", id, "--if-version", "1", "--title", "Shelling of Kapan"},
             QStringList{"delete", id, "--if-version", "1"}}) {
        const auto refused = cli(dir, stale);
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.startsWith(QStringLiteral("conflictmap-cli: version: incident %1 was changed by ").arg(id)));
        CHECK(refused.err.count('\n') == 1);
    }
    for (const QString &bad : {QStringLiteral("x"), QStringLiteral("0"), QStringLiteral("-2")}) {
        const auto refused = cli(dir, {"delete", id, "--if-version", bad});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err
            == QStringLiteral("conflictmap-cli: delete: --if-version takes a version number (1 or more), not '%1'\n").arg(bad));
    }
    CHECK(cli(dir, {"show", id, "--format", "json"}).out == before);

    addOk(dir, {"delete", id, "--if-version", "2"});
    CHECK(listJson(dir).isEmpty());
}

TEST_CASE("every bad value gets one clear line, exit 1, and the database unchanged", "[cli]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init", "--sample"}).exitCode == 0);
    const QString before = cli(dir, {"list", "--format", "json"}).out + cli(dir, {"source", "list", "--format", "json"}).out;
    const QStringList base{"add", "--type", "shelling", "--title", "t", "--date", "2022-09-13"};
    struct Case {
        QStringList arguments;
        int exitCode;
        const char *message;
    };
    const Case cases[] = {
        {base + QStringList{"--lat", "95", "--lon", "46"}, 1, "lat: 95 is outside [-90, 90]"},
        {base + QStringList{"--lat", "39", "--lon", "-181"}, 1, "lon: -181 is outside [-180, 180]"},
        {base + QStringList{"--lat", "nan", "--lon", "46"}, 1, "lat: nan is not a finite number"},
        {base + QStringList{"--lat", "3x", "--lon", "46"}, 1, "--lat: '3x' is not a number"},
        {base + QStringList{"--lat", "39"}, 1, "--lat and --lon go together"},
        {base + QStringList{"--region", "AM-XX"}, 1, "region: 'AM-XX' is not a region of the boundary layer"},
        {base + QStringList{"--region", "AM-SU", "--precision", "somewhere"}, 1,
            "--precision: 'somewhere' is not one of exact, near, region, country"},
        {base + QStringList{"--region", "AM-SU", "--status", "rumour"}, 1, "--status: 'rumour' is not one of"},
        {base + QStringList{"--region", "AM-SU", "--fatalities", "-1"}, 1, "--fatalities: -1 is negative"},
        {base + QStringList{"--region", "AM-SU", "--quantity", "many"}, 1, "--quantity: 'many' is not a whole number"},
        {base + QStringList{"--region", "AM-SU", "--source", "99"}, 1, "source: there is no source 99"},
        {base + QStringList{"--region", "AM-SU", "--source", "1", "--stance", "maybe"}, 1, "--stance: 'maybe' is not one of"},
        {base + QStringList{"--region", "AM-SU", "--quote", "q"}, 1, "--source:"},
        {base + QStringList{"--region", "AM-SU", "--actor", ""}, 1, "actor: an actor's name is empty"},
        {{"add", "--type", "bombing", "--title", "t", "--date", "2022", "--region", "AM-SU"}, 1,
            "type: 'bombing' is not an incident type"},
        {{"add", "--type", "shelling", "--title", "t", "--date", "2022-02-30", "--region", "AM-SU"}, 1,
            "--date: '2022-02-30' is not a day of the calendar"},
        {{"add", "--type", "shelling", "--title", " ", "--date", "2022", "--region", "AM-SU"}, 1,
            "title: an incident needs a title"},
        {{"add", "--type", "shelling", "--title", "t", "--region", "AM-SU"}, 2, "add: --date is required"},
        {{"add", "--type", "shelling", "--title", "t", "--date", "2022"}, 1, "an incident needs a position"},
        {{"edit", "99", "--title", "x"}, 1, "edit: there is no incident 99"},
        {{"edit", "1", "--lat", "100", "--lon", "46"}, 1, "lat: 100 is outside [-90, 90]"},
        {{"edit", "1", "--type", "nope"}, 1, "type: 'nope' is not an incident type"},
        {{"edit", "x"}, 1, "edit: 'x' is not an id"},
        {{"delete", "99"}, 1, "id: there is no incident 99"},
        {{"show", "99"}, 1, "show: there is no incident 99"},
        {{"claim", "add", "1"}, 2, "claim add: --source is required"},
        {{"claim", "add", "99", "--source", "1"}, 1, "incident: there is no incident 99"},
        {{"claim", "add", "1", "--source", "1", "--source", "77"}, 1, "source: there is no source 77"},
        {{"source", "add", "--title", "t", "--url", "no url"}, 1, "url: 'no url' is not an absolute URL"},
        {{"source", "add", "--title", "t", "--lang", "12"}, 1, "language: '12' is not a BCP 47 language tag"},
        {{"source", "add", "--title", "t", "--published", "2022-13"}, 1, "--published: '2022-13' has no month 13"},
        {{"source", "add", "--title", "t", "--text-file", "/no/such/file"}, 1, "--text-file: /no/such/file:"},
        {{"source", "add", "--url", "https://a.example"}, 2, "source add: --title is required"},
        {{"list", "--bbox", "1,2,3"}, 1, "--bbox: '1,2,3' is not W,S,E,N in degrees"},
        {{"list", "--since", "yesterday"}, 1, "--since: 'yesterday' is not a date"},
        {{"list", "--type", "nope"}, 1, "--type: 'nope' is not an incident type"},
        {{"list", "--format", "xml"}, 2, "--format: 'xml' is not one of table, json, csv"},
        {{"list", "--bogus"}, 2, "Unknown option 'bogus'"},
        {{"types", "add", "Bad Name", "--family", "clash"}, 1, "name: 'Bad Name' must be"},
        {{"region-at", "46.3"}, 2, "region-at: expected 2 arguments (LON LAT), got 1"},
        {{"region-at", "abc", "39"}, 1, "longitude 'abc' is not a number in [-180, 180]"},
        {{"region-at", "2.35", "48.85"}, 1, "no region of"},
        {{"--layer", "/no/such.gpkg", "regions"}, 1, "/no/such.gpkg: no such file"},
        {{"regions", "--layer", testpaths::data("points.geojson")}, 1, "no polygon layer"},
        {{"frobnicate"}, 2, "unknown command 'frobnicate'"},
        {{}, 2, "usage: conflictmap-cli"},
    };
    for (const Case &c : cases) {
        INFO(c.arguments.join(' ').toStdString());
        const Run run = cli(dir, c.arguments);
        CHECK(run.exitCode == c.exitCode);
        CHECK(run.err.contains(QString::fromUtf8(c.message)));
        CHECK(run.out.isEmpty());
        if (!c.arguments.isEmpty())
            CHECK(run.err.count('\n') == 1);
    }
    const QString after = cli(dir, {"list", "--format", "json"}).out + cli(dir, {"source", "list", "--format", "json"}).out;
    CHECK(after == before);
}

TEST_CASE("a date after today is refused in one line naming the field", "[cli]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString future = QDate::currentDate().addMonths(2).toString("yyyy-MM");
    const Run add = cli(dir, {"add", "--type", "shelling", "--title", "t", "--date", future, "--region", "AM-SU"});
    CHECK(add.exitCode == 1);
    CHECK(add.err == QString("conflictmap-cli: date: %1 is in the future\n").arg(future));
    const Run source = cli(dir, {"source", "add", "--title", "t", "--published", future});
    CHECK(source.exitCode == 1);
    CHECK(source.err == QString("conflictmap-cli: published: %1 is in the future\n").arg(future));
    CHECK(cli(dir, {"list", "--format", "json"}).out.trimmed() == "[\n]");
    CHECK(cli(dir, {"source", "list", "--format", "json"}).out.trimmed() == "[\n]");
    // The current month is no future.
    CHECK(cli(dir,
              {"add", "--type", "shelling", "--title", "t", "--date", QDate::currentDate().toString("yyyy-MM"), "--region",
                  "AM-SU"})
              .exitCode
        == 0);
}

TEST_CASE("a region or country code the layer does not know is refused, not answered with nothing", "[cli]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init", "--sample"}).exitCode == 0);
    const QString file = dir.filePath("out.geojson");
    for (const QStringList &command : {QStringList{"list"}, {"list", "--format", "json"}, {"export"}, {"export", "-o", file}}) {
        INFO(command.join(' ').toStdString());
        const Run run = cli(dir, command + QStringList{"--region", "XX"});
        CHECK(run.exitCode == 1);
        CHECK(run.err == "conflictmap-cli: --region: unknown region or country code 'XX'\n");
        CHECK(run.out.isEmpty());
    }
    CHECK_FALSE(QFile::exists(file));
    CHECK(cli(dir, {"list", "--region", "AM-XX"}).exitCode == 1);
    // Codes are found whatever their case; a country of the layer with no
    // incidents is an empty answer, not an error.
    CHECK(listJson(dir, {"--region", "am"}).size() == 4);
    CHECK(listJson(dir, {"--region", "am-su"}).size() == 1);
    CHECK(listJson(dir, {"--region", "IR"}).isEmpty());
    // Codes stored with another layer are still found through one that lacks them.
    const QStringList bowtie{"--layer", testpaths::data("bowtie.geojson")};
    CHECK(listJson(dir, bowtie + QStringList{"--region", "AM"}).size() == 4);
    CHECK(listJson(dir, bowtie + QStringList{"--region", "XX-BOW"}).isEmpty());
    CHECK(cli(dir, QStringList{"list"} + bowtie + QStringList{"--region", "FR"}).exitCode == 1);
}

TEST_CASE("a point outside the boundary layer is stored with a warning that suggests a swap when it fits", "[cli]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QStringList base{"add", "--type", "shelling", "--title", "t", "--date", "2022"};
    // Baku with latitude and longitude exchanged.
    const Run swapped = cli(dir, base + QStringList{"--lat", "49.87", "--lon", "40.41"});
    CHECK(swapped.exitCode == 0);
    CHECK(swapped.out == "1\n");
    CHECK(swapped.err == "conflictmap-cli: warning: 49.87, 40.41 is outside the boundary layer; were --lat and --lon swapped?\n");
    const Run far = cli(dir, base + QStringList{"--lat", "10", "--lon", "10"});
    CHECK(far.exitCode == 0);
    CHECK(far.err == "conflictmap-cli: warning: 10, 10 is outside the boundary layer\n");
    const QJsonArray stored = listJson(dir);
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].toObject().value("lat").toDouble() == 49.87);
    CHECK(stored[0].toObject().value("region").isNull());

    // Inside, no warning; an edit that moves a point out gets one, other edits none.
    const Run goris = cli(dir, base + QStringList{"--lat", "39.507", "--lon", "46.338"});
    CHECK(goris.exitCode == 0);
    CHECK(goris.err.isEmpty());
    const Run moved = cli(dir, {"edit", "3", "--lat", "10", "--lon", "10"});
    CHECK(moved.exitCode == 0);
    CHECK(moved.err == "conflictmap-cli: warning: 10, 10 is outside the boundary layer\n");
    const Run retitled = cli(dir, {"edit", "3", "--title", "t2"});
    CHECK(retitled.exitCode == 0);
    CHECK(retitled.err.isEmpty());
}

TEST_CASE("only the table isolates right-to-left text: CSV and JSON carry it as stored", "[cli]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString publisher = QString::fromUtf8("موقع تطورات العالم الاسلامي");
    const QString claimant = QString::fromUtf8("وزير الدفاع الأذربيجاني");
    const QString title = QString::fromUtf8("نحو 60 شاحنة عسكرية إلى منطقة فضولي");
    addOk(dir, {"source", "add", "--title", QString::fromUtf8("مكالمة هاتفية"), "--publisher", publisher, "--lang", "ar"});
    addOk(dir,
        {"add", "--type", "troop_movement", "--title", title, "--date", "2022-10", "--region", "AZ-FUZ", "--source", "1",
            "--claimed-by", claimant});
    addOk(dir, {"add", "--type", "statement", "--title", title, "--date", "2022-10", "--region", "AM-SU", "--source", "1"});
    auto hasDirectionalMarks = [](const QString &text) {
        for (const QChar c : text)
            if ((c.unicode() >= 0x2066 && c.unicode() <= 0x2069) || (c.unicode() >= 0x202A && c.unicode() <= 0x202E))
                return true;
        return false;
    };

    const Run csv = cli(dir, {"list", "--format", "csv"});
    REQUIRE(csv.exitCode == 0);
    CHECK_FALSE(hasDirectionalMarks(csv.out));
    const QStringList rows = csv.out.split("\r\n", Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 3);
    // The claimants, then the (empty) kept properties.
    // ... claims, extra, date_until, fatalities_low, fatalities_high
    CHECK(rows[1].endsWith("," + title + ",,,,,," + claimant + " claims,,,,"));
    CHECK(rows[2].endsWith("," + title + ",,,,,," + publisher + " reports,,,,"));

    const Run json = cli(dir, {"list", "--format", "json"});
    REQUIRE(json.exitCode == 0);
    CHECK_FALSE(hasDirectionalMarks(json.out));
    CHECK(listJson(dir)[0].toObject().value("title").toString() == title);

    // The terminal table still isolates them, so columns keep their order.
    const Run table = cli(dir, {"list"});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QChar(0x2068) + claimant + QChar(0x2069) + " claims"));
}

TEST_CASE("every command and group of the command table answers --help and is in the usage", "[cli]")
{
    CliDatabase dir;
    const Run usage = cli(dir, {"--help"});
    CHECK(usage.exitCode == 0);
    QStringList walked;
    for (const conflictmap::cli::Command &command : conflictmap::cli::commands()) {
        std::vector<QStringList> paths{{command.name}};
        for (const conflictmap::cli::Command &sub : command.subcommands)
            paths.push_back({command.name, sub.name});
        for (const QStringList &path : paths) {
            walked << path.join(' ');
            for (const char *help : {"--help", "-h"}) {
                INFO(path.join(' ').toStdString() << ' ' << help);
                const Run run = cli(dir, path + QStringList{help});
                CHECK(run.exitCode == 0);
                CHECK(run.out.startsWith("Usage: conflictmap-cli " + path.join(' ') + ' '));
                CHECK(run.err.isEmpty());
            }
            CHECK(usage.out.contains("\n  " + path.join(' ')));
        }
    }
    for (const char *command : {"export", "import", "source", "source add", "claim", "types", "types add", "region-at"})
        CHECK(walked.contains(command));
    CHECK(QDir(dir.path()).isEmpty()); // help touches nothing

    const Run bare = cli(dir, {"source"});
    CHECK(bare.exitCode == 2);
    CHECK(bare.err == "conflictmap-cli: source: add, list, show, get, verify or grade? (see conflictmap-cli source --help)\n");
    const Run unknown = cli(dir, {"claim", "edit"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == "conflictmap-cli: claim: unknown subcommand 'edit' (add, delete, grade)\n");
}

TEST_CASE("region-at names the unit containing a point, in every script, negative numbers included", "[cli]")
{
    CliDatabase dir;
    const Run run = cli(dir, {"region-at", "46.338", "39.507"});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QString::fromUtf8("AM-SU\tSyunik\tՍյունիք\tمحافظة سيونيك\tСюникская область\n"));
    const Run json = cli(dir, {"region-at", "--json", "47.145", "39.601"});
    REQUIRE(json.exitCode == 0);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value("name_local").toString() == QString::fromUtf8("Füzuli"));
    const Run south = cli(dir, {"region-at", "-70.6", "-33.4"});
    CHECK(south.exitCode == 1);
    CHECK(south.err.contains("contains -70.6, -33.4 (lon, lat)"));
}

TEST_CASE("source add reads the article's text from a file or standard input, as UTF-8", "[cli]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QByteArray text = QString::fromUtf8("نص المقال\nسطر ثان").toUtf8();
    const Run run = cli(dir, {"source", "add", "--title", "t", "--text-file", "-"}, text);
    REQUIRE(run.exitCode == 0);
    const QJsonArray sources = QJsonDocument::fromJson(cli(dir, {"source", "list", "--format", "json"}).out.toUtf8()).array();
    CHECK(sources[0].toObject().value("text").toString().toUtf8() == text);
    const Run invalid = cli(dir, {"source", "add", "--title", "t2", "--text-file", "-"}, QByteArray("\xff\xfe bad"));
    CHECK(invalid.exitCode == 1);
    CHECK(invalid.err.contains("is not valid UTF-8"));
}

TEST_CASE("export writes GeoJSON to a file or standard output, and import brings it back, all or nothing", "[cli][transfer]")
{
    CliDatabase source;
    REQUIRE(cli(source, {"init", "--sample"}).exitCode == 0);
    const Run toStdout = cli(source, {"export", "--region", "AM"});
    REQUIRE(toStdout.exitCode == 0);
    const QJsonObject collection = QJsonDocument::fromJson(toStdout.out.toUtf8()).object();
    CHECK(collection.value("type").toString() == "FeatureCollection");
    CHECK(collection.value("features").toArray().size() == 4);

    const QString file = source.filePath("all.geojson");
    const Run toFile = cli(source, {"export", "-o", file});
    REQUIRE(toFile.exitCode == 0);
    CHECK(toFile.out.isEmpty());
    CHECK(toFile.err.contains("exported 7 incidents to"));

    CliDatabase target;
    REQUIRE(cli(target, {"init"}).exitCode == 0);
    const Run imported = cli(target, {"import", file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out == "imported 7 features: 7 added, 0 updated, 0 unchanged (1 new sources)\n");
    // The same features came back (ids aside: an import gives new ones).
    auto withoutIds = [](const QString &json) {
        QJsonArray features = QJsonDocument::fromJson(json.toUtf8()).object().value("features").toArray();
        for (int i = 0; i < features.size(); ++i) {
            QJsonObject feature = features[i].toObject();
            feature.remove("id");
            features[i] = feature;
        }
        return features;
    };
    CHECK(withoutIds(cli(target, {"export"}).out) == withoutIds(cli(source, {"export"}).out));

    // A bad file changes nothing and says which feature and why.
    const QString before = cli(target, {"list", "--format", "json"}).out;
    const Run bad = cli(target, {"import", testpaths::data("malformed/bad-after-many-good.geojson")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("feature 5000: geometry: [46, -91] is outside"));
    CHECK(bad.err.count('\n') == 1);
    CHECK(cli(target, {"list", "--format", "json"}).out == before);

    const Run mapped = cli(target, {"import", "--type", "nope", file});
    CHECK(mapped.exitCode == 1);
    CHECK(mapped.err.contains("--type: 'nope' is not an incident type"));
    CHECK(cli(target, {"import"}).exitCode == 2);
    CHECK(cli(target, {"export", "extra-argument"}).exitCode == 2);
}

TEST_CASE("a file whose own type property is not ours imports once told to ignore it, and the error names the option",
    "[cli][transfer]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString file = testpaths::data("unit-positions.geojson");
    const Run refused = cli(dir, {"import", "--title-field", "unit", file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err
        == QString("conflictmap-cli: %1: feature 0: type: 'Headquarters' is not an incident type (read from property 'type' by "
                   "--type-field; give --type-field '' to ignore it, or --type to set one type)\n")
               .arg(file));
    const Run untyped = cli(dir, {"import", "--title-field", "unit", "--type-field", "", file});
    CHECK(untyped.err.contains("feature 0: type: missing (--type-field '' reads none; give --type-field NAME to read another "
                               "property, or --type to set one type)"));
    const Run untitled = cli(dir, {"import", "--title-field", "", "--type-field", "", "--type", "other", file});
    CHECK(untitled.err.contains("feature 0: title: missing (--title-field '' reads none; give --title-field NAME to read another "
                                "property)"));
    CHECK(listJson(dir).isEmpty());

    const Run imported
        = cli(dir, {"import", "--title-field", "unit", "--type-field", "", "--type", "position_established", file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonArray all = listJson(dir);
    REQUIRE(all.size() == 3);
    CHECK(all[0].toObject().value("type").toString() == "position_established");
    CHECK(all[0].toObject().value("title").toString() == "4th Army Corps");

    const Run help = cli(dir, {"import", "--help"});
    CHECK(help.out.contains("An empty NAME ('') for a --*-field option means the file has no such property"));
}

TEST_CASE("importing a file again updates what changed and adds nothing twice, and our own export keeps apart from local ids",
    "[cli][transfer]")
{
    CliDatabase a, b;
    REQUIRE(cli(a, {"init", "--sample"}).exitCode == 0);
    const QString file = a.filePath("border.geojson");
    REQUIRE(cli(a, {"export", "-o", file}).exitCode == 0);
    // b holds records of its own with the same ids 1 to 7 as a's export.
    REQUIRE(cli(b, {"init", "--sample"}).exitCode == 0);
    const QJsonArray own = listJson(b);

    const Run first = cli(b, {"import", file});
    INFO(first.err.toStdString());
    CHECK(first.out == "imported 7 features: 7 added, 0 updated, 0 unchanged (0 new sources)\n");
    const Run again = cli(b, {"import", file});
    CHECK(again.out == "imported 7 features: 0 added, 0 updated, 7 unchanged (0 new sources)\n");
    QJsonArray all = listJson(b);
    CHECK(all.size() == 14);
    QJsonArray kept;
    for (const QJsonValue &incident : all)
        if (incident.toObject().value("id").toInt() <= 7)
            kept.append(incident);
    CHECK(kept == own); // b's own records, untouched

    addOk(a, {"edit", "2", "--title", "Trucks seen near Horadiz"});
    REQUIRE(cli(a, {"export", "-o", file}).exitCode == 0);
    const Run changed = cli(b, {"import", file});
    CHECK(changed.out == "imported 7 features: 0 added, 1 updated, 6 unchanged (0 new sources)\n");
    CHECK(listJson(b).size() == 14);
    const QJsonArray found = listJson(b, {"--text", "Horadiz"});
    REQUIRE(found.size() == 1);
    CHECK(found[0].toObject().value("id").toInt() > 7);
    CHECK(cli(b, {"show", QString::number(found[0].toObject().value("id").toInt())}).out.contains("border.geojson"));

    // Under another name it is another dataset, unless told otherwise.
    const QString copy = a.filePath("border-copy.geojson");
    REQUIRE(QFile::copy(file, copy));
    CHECK(cli(b, {"import", "--dataset", "border.geojson", copy}).out.contains("0 added, 0 updated, 7 unchanged"));
    CHECK(cli(b, {"import", "--id-field", "", copy}).out.contains("7 added, 0 updated, 0 unchanged"));
    CHECK(listJson(b).size() == 21);
}

TEST_CASE("one id twice in a file is refused, naming both features and how to ignore ids", "[cli][transfer]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    QFile file(dir.filePath("twice.geojson"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[
      {"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[46.338,39.507]},"properties":{"type":"shelling","title":"a","date":"2022"}},
      {"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[46.338,39.507]},"properties":{"type":"shelling","title":"b","date":"2022"}}]})");
    file.close();
    const Run twice = cli(dir, {"import", file.fileName()});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains("feature 1: id: '7' is also the id of feature 0 (read from the feature's \"id\", as --id-field does "
                             "by default; give --id-field '' to ignore it)"));
    CHECK(cli(dir, {"import", "--id-field", "", file.fileName()}).exitCode == 0);
    CHECK(listJson(dir).size() == 2);
}

TEST_CASE(
    "a third-party file with source URLs gets them as cited sources, and its unit and country as the actors", "[cli][transfer]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString known = addOk(dir, {"source", "add", "--title", "Report four", "--url", "https://example.org/report/4"});
    const QStringList mapping{"import", "--type-field", "", "--type", "position_established", "--title-field", "unit",
        "--source-url-field", "sources_url", "--source-date-field", "date", "--actor-field", "unit", "--actor-field", "country"};
    const Run imported = cli(dir, mapping + QStringList{testpaths::data("unit-positions.geojson")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out == "imported 3 features: 3 added, 0 updated, 0 unchanged (3 new sources)\n");
    const QJsonArray all = listJson(dir);
    REQUIRE(all.size() == 3);
    const QJsonObject first = all[0].toObject();
    CHECK(first.value("actors").toArray() == QJsonArray{"4th Army Corps", "Azerbaijan"});
    const QJsonArray sources = first.value("sources").toArray();
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].toObject().value("url").toString() == "https://example.org/report/1");
    CHECK(sources[0].toObject().value("stance").toString() == "reports");
    CHECK(sources[0].toObject().value("published").toString() == "2022-09-14");
    CHECK(sources[1].toObject().value("url").toString() == "https://example.org/report/2");
    // "a; b" gives two, and a URL seen before is the same source.
    const QJsonArray second = all[2].toObject().value("sources").toArray(); // 2022-10-03, after "2022-10"
    REQUIRE(second.size() == 2);
    CHECK(second[0].toObject().value("source_id") == sources[1].toObject().value("source_id"));
    const QJsonArray third = all[1].toObject().value("sources").toArray();
    REQUIRE(third.size() == 1);
    CHECK(third[0].toObject().value("source_id").toInt() == known.toInt());

    QFile bad(dir.filePath("bad-url.geojson"));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[46.3,39.5]},
      "properties":{"date":"2022","unit":"u","sources_url":"see report"}}]})");
    bad.close();
    const Run refused = cli(dir, mapping + QStringList{bad.fileName()});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("feature 0: source url: 'see' is not an absolute URL (read from property 'sources_url' by "
                               "--source-url-field; give --source-url-field '' to ignore it)"));
    CHECK(listJson(dir).size() == 3);
}

TEST_CASE("kept properties are shown, listed as CSV and found by full-text search, values not keys", "[cli][transfer]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString file = dir.filePath("units.geojson");
    REQUIRE(QFile::copy(testpaths::data("unit-positions.geojson"), file));
    const QStringList import{"import", "--type-field", "", "--type", "position_established", "--title-field", "unit", file};
    REQUIRE(cli(dir, import).exitCode == 0);
    const QJsonArray found = listJson(dir, {"--text", "Western Military District"});
    REQUIRE(found.size() == 1);
    CHECK(found[0].toObject().value("extra").toObject().value("notes").toString() == "Moved from the Western Military District");
    CHECK(listJson(dir, {"--text", "Yeghegnadzor"}).size() == 1);
    CHECK(listJson(dir, {"--text", "sidc"}).isEmpty()); // a key, not a value
    const QString id = QString::number(found[0].toObject().value("id").toInt());
    CHECK(cli(dir, {"show", id}).out.contains(R"("notes":"Moved from the Western Military District")"));
    const Run csv = cli(dir, {"list", "--format", "csv"});
    CHECK(csv.out.startsWith("id,date,date_precision,type,status,precision,region,lon,lat,title,description,actors,fatalities,"
                             "equipment,quantity,claims,extra,date_until,fatalities_low,fatalities_high\r\n"));
    CHECK(csv.out.contains(R"(,"{""type"":""Headquarters"",""country"":""Azerbaijan"",)"));

    // An update through a new import is searched anew.
    QFile edited(file);
    REQUIRE(edited.open(QIODevice::ReadOnly));
    QByteArray json = edited.readAll();
    edited.close();
    json.replace("Moved from the Western Military District", "Moved from the Southern Military District");
    REQUIRE(edited.open(QIODevice::WriteOnly | QIODevice::Truncate));
    edited.write(json);
    edited.close();
    CHECK(cli(dir, import).out.contains("0 added, 1 updated, 2 unchanged"));
    CHECK(listJson(dir, {"--text", "Western"}).isEmpty());
    CHECK(listJson(dir, {"--text", "Southern Military"}).size() == 1);
}

namespace {
TEST_CASE("on a server, only init gives a database the schema, and a server that is down or a database of another program gets "
          "one line",
    "[cli][postgres]")
{
    PgTestDatabase empty;
    const QString refusal
        = QString("conflictmap-cli: %1: no conflictmap database there; create one with 'conflictmap-cli init'\n")
              .arg(conflictmap::PgConnection::redacted(empty.uri()));
    for (const QStringList &command : {QStringList{"list"}, {"source", "add", "--title", "t"},
             {"add", "--type", "shelling", "--title", "t", "--date", "2022", "--region", "AM-SU"}}) {
        INFO(command.join(' ').toStdString());
        const Run run = cli(empty.uri(), command);
        CHECK(run.exitCode == 1);
        CHECK(run.err == refusal);
        CHECK(run.out.isEmpty());
    }
    CHECK(empty.connection().exec("SELECT to_regclass('conflictmap_schema')").isNull(0, 0));

    const Run init = cli(empty.uri(), {"init"});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains("schema version"));
    CHECK(cli(empty.uri(), {"source", "add", "--title", "t"}).out == "1\n");

    PgTestDatabase foreign;
    REQUIRE(foreign.connection().exec("CREATE TABLE accounts (id int)").ok());
    for (const QStringList &command : {QStringList{"init"}, QStringList{"list"}}) {
        const Run run = cli(foreign.uri(), command);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains("not conflictmap's"));
        CHECK(run.err.count('\n') == 1);
    }
    CHECK(foreign.connection().exec("SELECT to_regclass('conflictmap_schema')").isNull(0, 0));

    // Nothing listens on this socket directory.
    QTemporaryDir nowhere;
    const QString down = QStringLiteral("postgresql:///conflictmap?host=%1&password=hunter2").arg(nowhere.path());
    for (const QStringList &command : {QStringList{"init"}, QStringList{"list"}}) {
        const Run run = cli(down, command);
        CHECK(run.exitCode == 1);
        CHECK(run.err.count('\n') == 1);
        CHECK(run.err.contains(nowhere.path()));
        CHECK_FALSE(run.err.contains("hunter2"));
    }
}

// Runs conflictmap-cli on a pseudo-terminal (util-linux's script), as a user
// at a terminal would: what the terminal shows, standard error included.
Run onTerminal(const CliDatabase &dir, const QStringList &arguments)
{
    QStringList command{testpaths::cli()};
    for (const QString &argument : arguments)
        command << QLatin1Char('\'') + argument + QLatin1Char('\'');
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("CONFLICTMAP_DB", dir.location());
    process.setProcessEnvironment(environment);
    process.start("script", {"-qec", command.join(' '), "/dev/null"});
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), {}};
}
} // namespace

TEST_CASE("import and export draw a progress line on a terminal, and nothing when standard error is not one", "[cli][transfer]")
{
    CliDatabase source;
    REQUIRE(cli(source, {"init", "--sample"}).exitCode == 0);
    const QString file = source.filePath("all.geojson");
    const Run piped = cli(source, {"export", "-o", file});
    REQUIRE(piped.exitCode == 0);
    CHECK(piped.err == QString("exported 7 incidents to %1 (%2 bytes)\n").arg(file).arg(QFileInfo(file).size()));
    const QString exported = onTerminal(source, {"export", "-o", source.filePath("again.geojson")}).out;
    INFO(exported.toStdString());
    CHECK(exported.startsWith("\rexport  [########################]  7 features"));
    CHECK(exported.contains("\r\nexported 7 incidents to"));

    CliDatabase target;
    REQUIRE(cli(target, {"init"}).exitCode == 0);
    const Run imported = cli(target, {"import", file});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.err.isEmpty());
    CliDatabase shown;
    REQUIRE(cli(shown, {"init"}).exitCode == 0);
    const QString drawn = onTerminal(shown, {"import", file}).out;
    INFO(drawn.toStdString());
    CHECK(drawn.startsWith("\rimport  [########################]  7 features"));
    CHECK(drawn.endsWith("\r\nimported 7 features: 7 added, 0 updated, 0 unchanged (1 new sources)\r\n"));

    // A failed import ends its line before the error.
    const QString badFile = testpaths::data("malformed/bad-after-many-good.geojson");
    const Run bad = cli(target, {"import", badFile});
    CHECK(bad.err.count('\n') == 1);
    CHECK_FALSE(bad.err.contains("import  ["));
    const Run badDrawn = onTerminal(target, {"import", badFile});
    INFO(badDrawn.out.toStdString());
    CHECK(badDrawn.exitCode == 1);
    CHECK(badDrawn.out.contains("]  5,000 features"));
    CHECK(badDrawn.out.contains("\r\nconflictmap-cli: " + badFile + ": feature 5000: geometry"));
}

TEST_CASE("list --text finds Arabic without its article and prints it as typed", "[cli][fts]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString title = QString::fromUtf8("لن نسمح بتغيير الحدود بالقوة");
    addOk(dir, {"add", "--type", "statement", "--title", title, "--date", "2022-10", "--region", "AM"});
    const QJsonArray found = listJson(dir, {"--text", QString::fromUtf8("حدود")});
    REQUIRE(found.size() == 1);
    CHECK(found[0].toObject().value("title").toString().toUtf8() == title.toUtf8());
    CHECK(listJson(dir, {"--text", QString::fromUtf8("قوة")}).size() == 1);
    CHECK(cli(dir, {"export"}).out.toUtf8().contains(title.toUtf8()));
}

TEST_CASE("history lists each change with who, what and the reason given, for all or one incident", "[cli][history]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString id = addOk(dir,
        {"--reason", "first report", "add", "--type", "shelling", "--title", "Shelling near Sotk", "--date", "2022-09-13",
            "--region", "AM-GR"});
    const QString other = addOk(dir, {"add", "--type", "other", "--title", "t", "--date", "2022", "--region", "AM-SU"});
    const QString reason = QString::fromUtf8("مصدر ثانٍ — a second source");
    addOk(dir, {"edit", id, "--title", "Shelling of Sotk", "--status", "disputed", "--reason", reason});
    addOk(dir, {"delete", other, "--reason", "duplicate"});

    const Run table = cli(dir, {"history", id});
    INFO(table.err.toStdString());
    REQUIRE(table.exitCode == 0);
    const QStringList lines = table.out.trimmed().split('\n');
    REQUIRE(lines.size() == 3); // header, the edit, the add
    CHECK(lines[1].contains("incident " + id));
    CHECK(lines[1].contains("title, status") != lines[1].contains("status, title"));
    CHECK(lines[1].contains(reason));
    CHECK(lines[2].contains("added"));
    CHECK(lines[2].contains("first report"));

    const Run json = cli(dir, {"history", "--format", "json", "--limit", "1"});
    REQUIRE(json.exitCode == 0);
    const QJsonArray last = jsonArrayOf(json.out);
    REQUIRE(last.size() == 1);
    CHECK(last[0]["operation"].toString() == "delete");
    CHECK(last[0]["reason"].toString() == "duplicate");
    CHECK(last[0]["before"]["title"].toString() == "t");
    CHECK(last[0]["after"].isNull());
    CHECK_FALSE(last[0]["by"].toString().isEmpty());

    // The deletion restored: the incident is back, and that is a change too.
    const Run restored = cli(dir, {"restore", QString::number(last[0]["id"].toInteger())});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out == other + "\n");
    CHECK(cli(dir, {"show", other}).exitCode == 0);
    const QJsonArray after = jsonArrayOf(cli(dir, {"history", other, "--format", "json", "--limit", "1"}).out);
    REQUIRE(after.size() == 1);
    CHECK(after[0]["operation"].toString() == "insert");
    CHECK(after[0]["reason"].toString() == "restores change " + QString::number(last[0]["id"].toInteger()));
    CHECK(cli(dir, {"restore", "x"}).exitCode == 2);
    CHECK(cli(dir, {"restore", "99999"}).exitCode == 1);

    CHECK(cli(dir, {"history", "x"}).exitCode == 2);
    CHECK(cli(dir, {"history", "--limit", "-3"}).exitCode == 2);
    // A refused write leaves no trace in the history.
    const int before = jsonArrayOf(cli(dir, {"history", "--format", "json"}).out).size();
    CHECK(cli(dir, {"edit", id, "--lat", "95", "--reason", "typo"}).exitCode == 1);
    CHECK(jsonArrayOf(cli(dir, {"history", "--format", "json"}).out).size() == before);
}
