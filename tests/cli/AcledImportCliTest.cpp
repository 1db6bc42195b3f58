// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QByteArray kHeader = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                           "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
                           "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,"
                           "notes,fatalities,tags,timestamp\r\n";
// Before disorder_type (and civilian_targeting, tags) were added.
const QByteArray kOldHeader = "event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,"
                              "inter1,actor2,assoc_actor_2,inter2,interaction,iso,region,country,admin1,admin2,admin3,"
                              "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp\n";

// Four events of September 2022: every precision code, both date forms.
QByteArray fourEvents()
{
    return kHeader
        + "ARM1,2022-09-13,2022,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,"
          "Military Forces of Azerbaijan (2018-),,8,Military Forces of Armenia (2018-),Civilians (Armenia),8,88,,51,"
          "Caucasus and Central Asia,Armenia,Syunik,Goris,,Goris,39.5111,46.3417,1,\"Azatutyun; Armenpress\",National,"
          "\"Shelling of Goris, with \"\"heavy\"\" artillery.\nTwo killed.\",2,,1663200000\r\n"
        + "ARM2,14 September 2022,2022,2,Political violence,Battles,Armed clash,Military Forces of Armenia (2018-),,8,,,,"
          "80,,51,Caucasus and Central Asia,Armenia,Vayots Dzor,Jermuk,,Jermuk,39.8417,45.6695,2,Armenpress,National,"
          "Clashes near Jermuk.,0,,1663200000\r\n"
        + "ARM3,2022-09-20,2022,3,Strategic developments,Strategic developments,Headquarters or base established,"
          "Military Forces of Azerbaijan (2018-),,8,,,,80,,51,Caucasus and Central Asia,Armenia,Vayots Dzor,,,Vayots "
          "Dzor,39.76,45.33,3,Armenpress,National,A position set up.,,,1663200000\r\n"
        + "ARM4,2022-09-21,2022,1,Demonstrations,Protests,Peaceful protest,Protesters (Armenia),,6,,,,60,,51,"
          "Caucasus and Central Asia,Armenia,Yerevan,,,Yerevan,40.18,44.51,1,Armenpress,National,A protest.,0,,1\r\n";
}

QJsonObject shownJson(const CliDatabase &dir, const QString &id)
{
    const Run shown = cli(dir, {"show", id, "--format", "json"});
    REQUIRE(shown.exitCode == 0);
    return QJsonDocument::fromJson(shown.out.toUtf8()).object();
}

QString idOfTitle(const CliDatabase &dir, const QString &title)
{
    for (const QJsonValue &incident : listJson(dir))
        if (incident["title"].toString() == title)
            return QString::number(incident["id"].toInteger());
    FAIL("no incident titled " << title.toStdString());
    return {};
}
} // namespace

TEST_CASE(
    "import --format acled maps ACLED's columns, both date forms, every precision code, and updates on re-import", "[cli][acled]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString file = dir.filePath("acled.csv");
    writeFile(file, fourEvents());
    Run run = cli(dir, {"import", "--format", "acled", file});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == "imported 4 features: 4 added, 0 updated, 0 unchanged (2 new sources)\n");

    const QJsonObject goris = shownJson(dir, idOfTitle(dir, "Shelling/artillery/missile attack in Goris"));
    CHECK(goris["type"].toString() == "shelling");
    CHECK(goris["date"].toString() == "2022-09-13");
    CHECK(goris["precision"].toString() == "exact");
    CHECK(goris["region"].toString() == "AM-SU");
    CHECK(goris["fatalities"].toInteger() == 2);
    CHECK(goris["description"].toString() == "Shelling of Goris, with \"heavy\" artillery.\nTwo killed.");
    CHECK(goris["actors"].toArray().size() == 3);
    CHECK(goris["sources"].toArray().size() == 2);
    const QJsonObject jermuk = shownJson(dir, idOfTitle(dir, "Armed clash in Jermuk"));
    CHECK(jermuk["type"].toString() == "armed_clash");
    CHECK(jermuk["date"].toString() == "2022-09-14"); // "14 September 2022"
    CHECK(jermuk["precision"].toString() == "near");
    const QJsonObject base = shownJson(dir, idOfTitle(dir, "Headquarters or base established in Vayots Dzor"));
    CHECK(base["type"].toString() == "position_established");
    CHECK(base["date"].toString() == "2022-09"); // time_precision 3: the month
    CHECK(base["precision"].toString() == "region");
    CHECK(base["region"].toString() == "AM-VD");
    const QJsonObject protest = shownJson(dir, idOfTitle(dir, "Peaceful protest in Yerevan"));
    CHECK(protest["type"].toString() == "other"); // not one of ours: ACLED's kept
    CHECK(protest["extra"].toObject()["acled_event_type"].toString() == "Protests");

    // A later file with one event changed updates it and adds nothing.
    QByteArray later = fileBytes(file);
    later.replace("Clashes near Jermuk.", "Clashes near Jermuk; two wounded.");
    writeFile(file, later);
    run = cli(dir, {"import", "--format", "acled", file});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == "imported 4 features: 0 added, 1 updated, 3 unchanged (0 new sources)\n");
    CHECK(
        shownJson(dir, idOfTitle(dir, "Armed clash in Jermuk"))["description"].toString() == "Clashes near Jermuk; two wounded.");

    // An older file without disorder_type loads too.
    const QString old = dir.filePath("old.csv");
    writeFile(old,
        kOldHeader
            + "AZE9,2020-10-04,2020,1,Battles,Armed clash,Military Forces of Azerbaijan (2018-),,8,Military Forces of "
              "Armenia (2018-),,8,88,31,Caucasus and Central Asia,Azerbaijan,Fuzuli,,,Fuzuli,39.60,47.14,2,Trend,"
              "National,Fighting near Fuzuli.,5,1601800000\n");
    run = cli(dir, {"import", "--format", "acled", old});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith("imported 1 features: 1 added"));
}

TEST_CASE("import --format acled refuses a bad file in one line naming the line and column, and writes nothing", "[cli][acled]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init", "--sample"}).exitCode == 0);
    const QString before = dir.dump({"SELECT id, title FROM incidents ORDER BY id", "SELECT id FROM sources"});
    const QByteArray head = "event_id_cnty,event_date,event_type,latitude,longitude\n";
    struct Bad {
        const char *name;
        QByteArray bytes;
        const char *says;
    };
    const Bad bad[] = {
        {"no-column.csv", "event_id_cnty,event_date,latitude,longitude\nX,2022-09-13,40,45\n", "line 1: no column event_type"},
        {"na.csv", head + "X1,2022-09-13,Battles,40,45\nX2,2022-09-13,Battles,N/A,45\n",
            "line 3, column 4 (latitude): 'N/A' is not a number"},
        {"date.csv", head + "X1,13/09/2022,Battles,40,45\n", "line 2, column 2 (event_date): '13/09/2022' is not a date"},
        {"truncated.csv", head + "X1,2022-09-13,Battles,40,45\nX2,2022-09-14,Bat", "line 3: 3 fields where the header has 5"},
        {"quote.csv", head + "X1,2022-09-13,\"Battles,40,45\n", "line 2, column 15: a quoted field is never closed"},
        {"latin1.csv", head + "X1,2022-09-13,Batt\xe9les,40,45\n", "line 2, column 15: not UTF-8 text"},
        {"twice.csv", head + "X1,2022-09-13,Battles,40,45\nX1,2022-09-14,Battles,40,45\n", "'X1' is also the id of feature 1"},
        {"empty.csv", "", "empty file"},
    };
    for (const Bad &b : bad) {
        const QString path = dir.filePath(QLatin1String(b.name));
        writeFile(path, b.bytes);
        const Run run = cli(dir, {"import", "--format", "acled", path});
        INFO(b.name << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QLatin1String(b.name)));
        CHECK(run.err.contains(QString::fromUtf8(b.says)));
        CHECK(run.err.count('\n') == 1);
    }
    CHECK(cli(dir, {"import", "--format", "xlsx", dir.filePath("na.csv")}).err.contains("--format 'xlsx' is not acled or ucdp"));
    CHECK(dir.dump({"SELECT id, title FROM incidents ORDER BY id", "SELECT id FROM sources"}) == before);
}

TEST_CASE("export --format acled writes ACLED's columns, and ACLED's events come back the same through import", "[cli][acled]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init", "--sample"}).exitCode == 0);
    const QString file = dir.filePath("acled.csv");
    writeFile(file, fourEvents());
    REQUIRE(cli(dir, {"import", "--format", "acled", file}).exitCode == 0);
    const QString out = dir.filePath("ours-as-acled.csv");
    const Run run = cli(dir, {"export", "--format", "acled", "-o", out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err == QStringLiteral("exported 11 incidents as ACLED CSV to %1\n").arg(out));
    const QByteArray written = fileBytes(out);
    CHECK(written.startsWith(kHeader));
    CHECK(written.contains("\r\nCM1,2022-10-03,2022,1,,Strategic developments,Agreement,")); // a sample record
    CHECK(written.contains("ARM2,2022-09-14,2022,2,Political violence,Battles,Armed clash,")); // within a week

    // Into a new database: the four events as they were.
    CliDatabase other;
    REQUIRE(cli(other, {"init"}).exitCode == 0);
    const Run again = cli(other, {"import", "--format", "acled", out});
    INFO(again.err.toStdString());
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.startsWith("imported 11 features: 11 added"));
    for (const char *title : {"Shelling/artillery/missile attack in Goris", "Armed clash in Jermuk",
             "Headquarters or base established in Vayots Dzor", "Peaceful protest in Yerevan"}) {
        INFO(title);
        const QJsonObject before = shownJson(dir, idOfTitle(dir, QString::fromUtf8(title)));
        const QJsonObject after = shownJson(other, idOfTitle(other, QString::fromUtf8(title)));
        for (const char *field : {"type", "date", "precision", "region", "fatalities", "description"})
            CHECK(after[field] == before[field]);
        CHECK(after["actors"] == before["actors"]);
        CHECK(after["sources"].toArray().size() == before["sources"].toArray().size());
    }
}

TEST_CASE("export --format acled: a retyped event is exported as its type now, text a spreadsheet would run is defused, and "
          "capitalised headers read as ACLED's",
    "[cli][acled]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString file = dir.filePath("upper.csv");
    writeFile(file,
        "EVENT_ID_CNTY,EVENT_DATE,EVENT_TYPE,SUB_EVENT_TYPE,LOCATION,LATITUDE,LONGITUDE,NOTES\n"
        "ARM7,2022-09-13,Battles,Armed clash,Sotk,40.21,45.93,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"\n");
    Run run = cli(dir, {"import", "--format", "acled", file});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString id = idOfTitle(dir, "Armed clash in Sotk");
    REQUIRE(cli(dir, {"edit", id, "--type", "shelling"}).exitCode == 0);
    run = cli(dir, {"export", "--format", "acled"});
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split("\r\n");
    REQUIRE(lines.size() >= 2);
    CHECK(lines[1].startsWith("ARM7,2022-09-13,2022,1,,Explosions/Remote violence,Shelling/artillery/missile attack,"));
    CHECK(lines[1].contains(",Sotk,40.2100,45.9300,"));
    CHECK(lines[1].contains("\"'=HYPERLINK("));
    CHECK_FALSE(lines[1].contains(",=HYPERLINK"));
}
