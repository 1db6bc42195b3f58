// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
const QByteArray kAcled
    = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,location,latitude,"
      "longitude,geo_precision,source,notes,fatalities\n"
      "ARM1,2022-09-13,1,Explosions/Remote violence,Shelling/artillery/missile attack,Military Forces of Azerbaijan "
      "(2018-),1,Military Forces of Armenia (2018-),1,Goris,39.5111,46.3417,1,Azatutyun,Shelling.,2\n"
      "ARM2,2022-09-14,1,Battles,Armed clash,Military Forces of Armenia (2018-),1,Military Forces of Azerbaijan "
      "(2018-),1,Jermuk,39.8417,45.6695,1,Armenpress,Clash.,0\n"
      "ARM5,2022-09-20,1,Protests,Peaceful protest,Protesters (Armenia),6,,,Yerevan,40.18,44.51,1,Armenpress,Protest.,0\n";
} // namespace

TEST_CASE("match lists the events both sides have, and those only one side has", "[cli][match]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    REQUIRE(cli(dir,
                {"add", "--type", "shelling", "--title", "Goris shelled", "--date", "2022-09-13", "--lat", "39.50", "--lon",
                    "46.33", "--actor", "Armed Forces of Azerbaijan"})
                .exitCode
        == 0);
    REQUIRE(cli(dir,
                {"add", "--type", "armed_clash", "--title", "Fighting near Jermuk", "--date", "2022-09-13", "--until",
                    "2022-09-14", "--region", "AM-VD"})
                .exitCode
        == 0);
    REQUIRE(cli(dir,
                {"add", "--type", "statement", "--title", QString::fromUtf8("بيان وزارة الدفاع"), "--date", "2022-09-15", "--lat",
                    "40.18", "--lon", "44.51"})
                .exitCode
        == 0);
    // Far from theirs in time: not one of "ours" for this file.
    REQUIRE(
        cli(dir,
            {"add", "--type", "shelling", "--title", "Goris, 2021", "--date", "2021-05-13", "--lat", "39.50", "--lon", "46.33"})
            .exitCode
        == 0);
    const QString file = dir.filePath("acled.csv");
    writeFile(file, kAcled);

    const Run run = cli(dir, {"match", "--with", file, "--format", "acled", "--output", "json"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray matched = result["matched"].toArray();
    REQUIRE(matched.size() == 2);
    CHECK(matched[0].toObject()["ours"].toObject()["title"].toString() == "Goris shelled");
    CHECK(matched[0].toObject()["theirs"].toObject()["id"].toString() == "ARM1");
    CHECK(matched[0]["type"].toString() == "same");
    CHECK(matched[0]["shared_actors"].toArray().size() == 1);
    CHECK(matched[1].toObject()["ours"].toObject()["title"].toString() == "Fighting near Jermuk");
    CHECK(matched[1].toObject()["theirs"].toObject()["id"].toString() == "ARM2");
    CHECK(matched[1]["same_unit"].toBool());
    const QJsonArray onlyOurs = result["only_ours"].toArray();
    REQUIRE(onlyOurs.size() == 1);
    CHECK(onlyOurs[0]["title"].toString() == QString::fromUtf8("بيان وزارة الدفاع"));
    const QJsonArray onlyTheirs = result["only_theirs"].toArray();
    REQUIRE(onlyTheirs.size() == 1);
    CHECK(onlyTheirs[0]["id"].toString() == "ARM5");

    // The table says the same; a tighter distance leaves Goris unmatched
    // (1.6 km apart) while Jermuk still shares its unit.
    const Run table = cli(dir, {"match", "--with", file, "--format", "acled"});
    CHECK(table.out.startsWith("likely the same event (2, within 25 km and 3 days):\n"));
    CHECK(table.out.contains("only theirs (1):"));
    const Run tight = cli(dir, {"match", "--with", file, "--format", "acled", "--km", "1", "--output", "json"});
    const QJsonObject tightResult = QJsonDocument::fromJson(tight.out.toUtf8()).object();
    REQUIRE(tightResult["matched"].toArray().size() == 1);
    CHECK(tightResult["matched"].toArray()[0].toObject()["theirs"].toObject()["id"].toString() == "ARM2");

    // ACLED's own events, once imported, are not "ours" for ACLED's file.
    REQUIRE(cli(dir, {"import", "--format", "acled", file}).exitCode == 0);
    const Run after = cli(dir, {"match", "--with", file, "--format", "acled", "--output", "json"});
    CHECK(QJsonDocument::fromJson(after.out.toUtf8()).object()["matched"].toArray().size() == 2);
}

TEST_CASE("match refuses what it cannot compare in one line, and changes nothing", "[cli][match]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init", "--sample"}).exitCode == 0);
    const QString before = dir.dump({"SELECT id, title, updated FROM incidents ORDER BY id", "SELECT id FROM sources"});
    const QString file = dir.filePath("acled.csv");
    writeFile(file, kAcled);
    const QString bad = dir.filePath("bad.csv");
    writeFile(bad, "event_id_cnty,event_date,event_type,latitude,longitude\nX,2022-09-13,Battles,N/A,45\n");
    const struct {
        QStringList arguments;
        const char *says;
    } cases[] = {
        {{"match", "--format", "acled"}, "--with FILE is required"},
        {{"match", "--with", file}, "--format must be acled or ucdp"},
        {{"match", "--with", file, "--format", "ucdp"}, "no column id (not a UCDP GED file?)"},
        {{"match", "--with", bad, "--format", "acled"}, "line 2, column 4 (latitude): 'N/A' is not a number"},
        {{"match", "--with", file, "--format", "acled", "--km", "-1"}, "--km '-1' is not a distance"},
        {{"match", "--with", file, "--format", "acled", "--days", "x"}, "--days 'x' is not a whole number"},
        {{"match", "--with", dir.filePath("missing.csv"), "--format", "acled"}, "missing.csv"},
    };
    for (const auto &c : cases) {
        const Run run = cli(dir, c.arguments);
        INFO(c.arguments.join(' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QString::fromUtf8(c.says)));
        CHECK(run.err.count('\n') == 1);
    }
    CHECK(dir.dump({"SELECT id, title, updated FROM incidents ORDER BY id", "SELECT id FROM sources"}) == before);
}
