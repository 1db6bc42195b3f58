// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {
// UCDP GED's columns (version 23.1), in its order.
const QStringList kColumns = QStringLiteral(
    "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,"
    "dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,"
    "source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,"
    "where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,"
    "date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob")
                                 .split(QLatin1Char(','));

QByteArray csvField(const QString &value)
{
    QByteArray bytes = value.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n'))
        return bytes;
    return '"' + bytes.replace("\"", "\"\"") + '"';
}

// A GED record: the fields given, the others empty.
QByteArray record(const QMap<QString, QString> &fields)
{
    QList<QByteArray> out;
    for (const QString &column : kColumns)
        out << csvField(fields.value(column));
    return out.join(',') + "\r\n";
}

QMap<QString, QString> clash(const QString &id, const QString &wherePrec, const QString &datePrec, const QString &start,
    const QString &end, double lat, double lon, const QString &where)
{
    return {{"id", id}, {"year", start.left(4)}, {"type_of_violence", "1"}, {"conflict_name", "Armenia - Azerbaijan"},
        {"dyad_name", "Government of Armenia - Government of Azerbaijan"}, {"side_a", "Government of Armenia"},
        {"side_b", "Government of Azerbaijan"},
        {"source_article",
            "\"Azatutyun,2022-09-13,Clashes on the border, Goris shelled\nCR Source: coder's note\";"
            "\"Reuters, India,2022-09-14,Armenia and Azerbaijan trade fire\""},
        {"source_office", "Azatutyun;Reuters, India"}, {"where_prec", wherePrec}, {"where_description", where},
        {"adm_1", "Syunik province"}, {"adm_2", "Goris"}, {"latitude", QString::number(lat)}, {"longitude", QString::number(lon)},
        {"country", "Armenia"}, {"date_prec", datePrec}, {"date_start", start + " 00:00:00.000"},
        {"date_end", end + " 00:00:00.000"}, {"deaths_a", "10"}, {"deaths_b", "3"}, {"deaths_civilians", "1"},
        {"deaths_unknown", "0"}, {"best", "14"}, {"high", "20"}, {"low", "9"}};
}

QByteArray sevenEvents()
{
    QByteArray csv = kColumns.join(QLatin1Char(',')).toUtf8() + "\r\n";
    csv += record(clash("1001", "1", "1", "2022-09-13", "2022-09-13", 39.5111, 46.3417, "Goris town"));
    // Its articles unquoted, a ';' in a headline.
    QMap<QString, QString> jermuk = clash("1002", "2", "2", "2022-09-13", "2022-09-16", 39.8417, 45.6695, "near Jermuk");
    jermuk["source_article"] = "Azatutyun,2022-09-14,Jermuk shelled; residents leave;Armenpress,2022-09-15,Ceasefire holds";
    csv += record(jermuk);
    // A headline ending in a quotation, an entry that is no article, a ';' at the end.
    QMap<QString, QString> district = clash("1003", "3", "3", "2022-09-12", "2022-09-18", 39.45, 46.2, "Goris district");
    district["source_article"] = "\"Azatutyun,2022-09-12,Aliyev: \"We will win\"\";\"UCDP Field Research\";";
    csv += record(district);
    csv += record(clash("1004", "4", "4", "2022-09-01", "2022-09-30", 39.76, 45.33, "Vayots Dzor province"));
    csv += record(clash("1005", "5", "5", "2022-01-01", "2022-12-31", 40.3, 45.3, "eastern Armenia"));
    csv += record(clash("1006", "6", "1", "2022-09-14", "2022-09-14", 40.07, 45.04, "Armenia"));
    QMap<QString, QString> oneSided = clash("1007", "7", "1", "2022-09-15", "2022-09-15", 40.5, 51.0, "Caspian Sea");
    oneSided["type_of_violence"] = "3";
    oneSided["dyad_name"] = "Government of Azerbaijan - civilians";
    oneSided["side_a"] = "Government of Azerbaijan";
    oneSided["side_b"] = "Civilians";
    oneSided["source_article"] = ""; // its outlets stand for the articles
    oneSided["source_office"] = "Azatutyun;Agence France Presse";
    csv += record(oneSided);
    return csv;
}

QJsonObject byTitle(const CliDatabase &dir, const QString &title)
{
    for (const QJsonValue &incident : listJson(dir))
        if (incident["title"].toString() == title) {
            const Run shown = cli(dir, {"show", QString::number(incident["id"].toInteger()), "--format", "json"});
            return QJsonDocument::fromJson(shown.out.toUtf8()).object();
        }
    FAIL("no incident titled " << title.toStdString());
    return {};
}
} // namespace

TEST_CASE("import --format ucdp maps every where_prec and date_prec, keeps periods and low/best/high, and updates", "[cli][ucdp]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString file = dir.filePath("ged.csv");
    writeFile(file, sevenEvents());
    const Run run = cli(dir, {"import", "--format", "ucdp", file});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // Five articles, and two outlets of an event that lists no articles.
    CHECK(run.out == "imported 7 features: 7 added, 0 updated, 0 unchanged (7 new sources)\n");

    const QString dyad = "Government of Armenia - Government of Azerbaijan at ";
    const QJsonObject goris = byTitle(dir, dyad + "Goris town");
    CHECK(goris["type"].toString() == "armed_clash");
    CHECK(goris["precision"].toString() == "exact");
    CHECK(goris["region"].toString() == "AM-SU");
    CHECK(goris["date"].toString() == "2022-09-13");
    CHECK(goris["date_until"].isNull());
    CHECK(goris["fatalities"].toInteger() == 14);
    CHECK(goris["fatalities_low"].toInteger() == 9);
    CHECK(goris["fatalities_high"].toInteger() == 20);
    const QJsonArray actors = goris["actors"].toArray();
    REQUIRE(actors.size() == 2);
    CHECK(actors[0].toObject() == QJsonObject{{"name", "Government of Armenia"}, {"side", "a"}, {"type", "state_forces"}});
    CHECK(actors[1].toObject() == QJsonObject{{"name", "Government of Azerbaijan"}, {"side", "b"}, {"type", "state_forces"}});
    // Each article a source: its outlet (a comma in it too), its day, its
    // headline (commas in it, UCDP's note after the line break left out).
    const QJsonArray sources = goris["sources"].toArray();
    REQUIRE(sources.size() == 2);
    CHECK(sources[0]["title"].toString() == "Clashes on the border, Goris shelled");
    CHECK(sources[0]["publisher"].toString() == "Azatutyun");
    CHECK(sources[0]["published"].toString() == "2022-09-13");
    CHECK(sources[1]["title"].toString() == "Armenia and Azerbaijan trade fire");
    CHECK(sources[1]["publisher"].toString() == "Reuters, India");
    CHECK(sources[1]["published"].toString() == "2022-09-14");
    CHECK(goris["extra"].toObject()["source_article"].toString().contains("coder's note"));
    CHECK(goris["extra"].toObject()["deaths_civilians"].toString() == "1");
    CHECK(goris["extra"].toObject()["where_prec"].toString() == "1");
    CHECK(goris["extra"].toObject()["adm_2"].toString() == "Goris");

    // A period stays a period; a whole month or year is that month or year.
    const QJsonObject jermuk = byTitle(dir, dyad + "near Jermuk");
    CHECK(jermuk["precision"].toString() == "near");
    CHECK(jermuk["date"].toString() == "2022-09-13");
    CHECK(jermuk["date_until"].toString() == "2022-09-16");
    const QJsonArray articles = jermuk["sources"].toArray();
    REQUIRE(articles.size() == 2);
    CHECK(articles[0]["title"].toString() == "Jermuk shelled; residents leave");
    CHECK(articles[0]["publisher"].toString() == "Azatutyun");
    CHECK(articles[1]["title"].toString() == "Ceasefire holds");
    CHECK(articles[1]["published"].toString() == "2022-09-15");
    const QJsonObject district = byTitle(dir, dyad + "Goris district");
    CHECK(district["precision"].toString() == "region");
    CHECK(district["region"].toString() == "AM-SU");
    CHECK(district["date_until"].toString() == "2022-09-18");
    const QJsonArray quoted = district["sources"].toArray();
    REQUIRE(quoted.size() == 1);
    CHECK(quoted[0]["title"].toString() == "Aliyev: \"We will win\"");
    CHECK(district["extra"].toObject()["source_office"].toString() == "Azatutyun;Reuters, India"); // kept
    const QJsonObject province = byTitle(dir, dyad + "Vayots Dzor province");
    CHECK(province["precision"].toString() == "region");
    CHECK(province["region"].toString() == "AM-VD");
    CHECK(province["date"].toString() == "2022-09");
    CHECK(province["date_precision"].toString() == "month");
    CHECK(province["date_until"].isNull());
    const QJsonObject east = byTitle(dir, dyad + "eastern Armenia");
    CHECK(east["precision"].toString() == "country");
    CHECK(east["region"].toString() == "AM");
    CHECK(east["date"].toString() == "2022");
    CHECK(byTitle(dir, dyad + "Armenia")["precision"].toString() == "country");
    const QJsonObject sea = byTitle(dir, "Government of Azerbaijan - civilians at Caspian Sea");
    CHECK(sea["precision"].toString() == "near");
    CHECK(sea["type"].toString() == "other");
    CHECK(sea["actors"].toArray()[1].toObject()["type"].toString() == "civilians");
    const QJsonArray outlets = sea["sources"].toArray();
    REQUIRE(outlets.size() == 2);
    CHECK(outlets[0]["title"].toString() == "Azatutyun");
    CHECK(outlets[1]["title"].toString() == "Agence France Presse");

    // The days of a period are found by a filter on any of them.
    // (all but the 13th and the 14th: 13–16, 12–18, September, 2022, the 15th)
    CHECK(listJson(dir, {"--since", "2022-09-15", "--until", "2022-09-15"}).size() == 5);

    // A later file: one event revised, the others the same.
    QByteArray later = sevenEvents();
    later.replace("\"Goris town\"", "Goris town");
    later.replace(",Goris town,", ",Goris city,");
    writeFile(file, later);
    const Run again = cli(dir, {"import", "--format", "ucdp", file});
    INFO(again.err.toStdString());
    CHECK(again.out == "imported 7 features: 0 added, 1 updated, 6 unchanged (0 new sources)\n");
    CHECK(listJson(dir).size() == 7);

    // show says the period, the estimates and the sides.
    const Run shown = cli(dir, {"show", QString::number(jermuk["id"].toInteger())});
    CHECK(shown.out.contains("2022-09-13 to 2022-09-16 (day)"));
    CHECK(shown.out.contains("14 (9 to 20)"));
    CHECK(shown.out.contains("Government of Armenia (side a, state forces)"));
}

TEST_CASE("a period, estimates and sides go out and come back through GeoJSON and the command line", "[cli][ucdp]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const Run added = cli(dir,
        {"add", "--type", "armed_clash", "--title", "Clashes on the border", "--date", "2022-09-13", "--until", "2022-09-14",
            "--lat", "39.51", "--lon", "46.34", "--fatalities", "49", "--fatalities-low", "40", "--fatalities-high", "105",
            "--actor", "a:Military Forces of Azerbaijan", "--actor", "Military Forces of Armenia (side b, state forces)",
            "--actor", "Observers"});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString out = dir.filePath("out.geojson");
    REQUIRE(cli(dir, {"export", "-o", out}).exitCode == 0);
    CliDatabase other;
    REQUIRE(cli(other, {"init"}).exitCode == 0);
    const Run imported = cli(other, {"import", out});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QJsonObject back = byTitle(other, "Clashes on the border");
    CHECK(back["date_until"].toString() == "2022-09-14");
    CHECK(back["fatalities_low"].toInteger() == 40);
    CHECK(back["fatalities_high"].toInteger() == 105);
    const QJsonArray actors = back["actors"].toArray();
    REQUIRE(actors.size() == 3);
    CHECK(actors[0].toObject() == QJsonObject{{"name", "Military Forces of Azerbaijan"}, {"side", "a"}, {"type", QJsonValue()}});
    CHECK(actors[1].toObject() == QJsonObject{{"name", "Military Forces of Armenia"}, {"side", "b"}, {"type", "state_forces"}});
    CHECK(actors[2].toObject()["side"].isNull());

    // ACLED's columns: actor 1 on side a, actor 2 on side b with its inter code.
    const QString acled = dir.filePath("out.csv");
    REQUIRE(cli(dir, {"export", "--format", "acled", "-o", acled}).exitCode == 0);
    CHECK(fileBytes(acled).contains(",Military Forces of Azerbaijan,,,Military Forces of Armenia,Observers,1,"));

    // Estimates that cannot be are refused, the option named, nothing written.
    const Run bad = cli(dir, {"edit", "1", "--fatalities-low", "200"});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains("fatalities-low"));
    const Run badUntil = cli(dir, {"edit", "1", "--until", "2022-09-01"});
    CHECK(badUntil.exitCode == 1);
    CHECK(badUntil.err.contains("until"));
    CHECK(byTitle(dir, "Clashes on the border")["fatalities_low"].toInteger() == 40);
}

TEST_CASE("import --format ucdp refuses a bad file in one line naming the line and column, and writes nothing", "[cli][ucdp]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init", "--sample"}).exitCode == 0);
    const QString before = dir.dump({"SELECT id, title FROM incidents ORDER BY id", "SELECT id FROM sources"});
    const QByteArray head = "id,date_start,date_end,latitude,longitude,best,low,high\n";
    const struct {
        const char *name;
        QByteArray bytes;
        const char *says;
    } bad[] = {
        {"no-column.csv", "id,date_start,latitude,longitude\n1,2022-09-13,40,45\n", "line 1: no column date_end"},
        {"na.csv", head + "1,2022-09-13,2022-09-13,40,45,1,1,1\n2,2022-09-13,2022-09-13,N/A,45,1,1,1\n",
            "line 3, column 4 (latitude): 'N/A' is not a number"},
        {"backwards.csv", head + "1,2022-09-13,2022-09-10,40,45,1,1,1\n",
            "line 2, column 3 (date_end): 2022-09-10 is before date_start 2022-09-13"},
        {"estimates.csv", head + "1,2022-09-13,2022-09-13,40,45,30,1,20\n", "30 is more than the high estimate 20"},
        {"count.csv", head + "1,2022-09-13,2022-09-13,40,45,many,1,20\n", "column 6 (best): 'many' is not a count"},
    };
    for (const auto &b : bad) {
        const QString path = dir.filePath(QLatin1String(b.name));
        writeFile(path, b.bytes);
        const Run run = cli(dir, {"import", "--format", "ucdp", path});
        INFO(b.name << ": " << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QLatin1String(b.name)));
        CHECK(run.err.contains(QString::fromUtf8(b.says)));
        CHECK(run.err.count('\n') == 1);
    }
    CHECK(dir.dump({"SELECT id, title FROM incidents ORDER BY id", "SELECT id FROM sources"}) == before);
}
