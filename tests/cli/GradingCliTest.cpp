// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"
#include "JsonOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace conflictmap;

namespace {
// The ids of the incidents a list prints as JSON, in its order.
QStringList idsOf(const Run &run)
{
    QStringList ids;
    for (const QJsonValue &incident : QJsonDocument::fromJson(run.out.toUtf8()).array())
        ids << QString::number(incident["id"].toInteger());
    return ids;
}
} // namespace

TEST_CASE("sources are graded A-F and claims 1-6: shown, exported, filtered, and bad grades refused", "[cli][grading]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString ministry = addOk(dir, {"source", "add", "--title", "Ministry of Defence", "--reliability", "b"});
    const QString channel = addOk(dir, {"source", "add", "--title", "Anonymous channel", "--reliability", "E"});
    const QString ungraded = addOk(dir, {"source", "add", "--title", "Ungraded"});
    const QStringList base{"add", "--type", "shelling", "--date", "2022-09-13", "--region", "AM-SU"};
    const QString confirmed = addOk(dir, base + QStringList{"--title", "Confirmed", "--source", ministry, "--credibility", "2"});
    const QString rumour = addOk(dir, base + QStringList{"--title", "Rumour", "--source", channel, "--credibility", "5"});
    const QString plain = addOk(dir, base + QStringList{"--title", "Ungraded", "--source", ungraded});
    REQUIRE(cli(dir, {"claim", "add", rumour, "--source", ministry, "--credibility", "3", "--claimed-by", "MoD"}).exitCode == 0);

    // show names each claim's grade in the Admiralty system's words.
    const Run shown = cli(dir, {"show", confirmed});
    CHECK(shown.out.contains("  grade       B2: usually reliable, probably true\n"));
    CHECK_FALSE(cli(dir, {"show", plain}).out.contains("  grade "));
    CHECK(cli(dir, {"source", "show", channel}).out.contains("grade      E (reliability)\n"));
    const QJsonArray sources = QJsonDocument::fromJson(cli(dir, {"show", rumour, "--format", "json"}).out.toUtf8())
                                   .object()
                                   .value("sources")
                                   .toArray();
    REQUIRE(sources.size() == 2);
    CHECK(sources[0]["reliability"] == QJsonValue("E"));
    CHECK(sources[0]["credibility"] == QJsonValue(5));
    CHECK(sources[1]["reliability"] == QJsonValue("B"));
    CHECK(sources[1]["credibility"] == QJsonValue(3));

    // Filters: at least one claim graded this well.
    CHECK(idsOf(cli(dir, {"list", "--format", "json", "--reliability", "B"})) == QStringList{confirmed, rumour});
    CHECK(idsOf(cli(dir, {"list", "--format", "json", "--credibility", "2"})) == QStringList{confirmed});
    CHECK(idsOf(cli(dir, {"list", "--format", "json", "--reliability", "B", "--credibility", "3"}))
        == QStringList{confirmed, rumour});
    CHECK(idsOf(cli(dir, {"list", "--format", "json", "--reliability", "E", "--credibility", "4"}))
        == QStringList{confirmed, rumour});
    CHECK(idsOf(cli(dir, {"list", "--format", "json", "--reliability", "A"})).isEmpty());

    // The export keeps the grades, and an import of it brings them back.
    const QString file = dir.filePath("graded.geojson");
    REQUIRE(cli(dir, {"export", "-o", file, "--credibility", "5"}).exitCode == 0);
    CliDatabase other;
    REQUIRE(cli(other, {"init"}).exitCode == 0);
    REQUIRE(cli(other, {"import", file}).exitCode == 0);
    CHECK(idsOf(cli(other, {"list", "--format", "json", "--reliability", "B", "--credibility", "2"})).size() == 1);
    CHECK(idsOf(cli(other, {"list", "--format", "json", "--reliability", "E"})).size() == 2);

    const char *tables[] = {"SELECT * FROM sources", "SELECT * FROM claims"};
    const QString before = dir.dump({tables[0], tables[1]});
    struct Case {
        QStringList arguments;
        int exitCode;
        const char *message;
    };
    const Case cases[] = {
        {{"source", "add", "--title", "t", "--reliability", "G"}, 1,
            "reliability: 'G' is not a reliability: A (completely reliable) to F (cannot be judged)"},
        {{"source", "add", "--title", "t", "--reliability", "AB"}, 1, "reliability: 'AB' is not a reliability"},
        {{"claim", "add", plain, "--source", ungraded, "--credibility", "7"}, 1,
            "--credibility: '7' is not 1 (confirmed) to 6 (cannot be judged)"},
        {{"claim", "add", plain, "--source", ungraded, "--credibility", "two"}, 1, "--credibility: 'two' is not 1"},
        {{"list", "--reliability", "Z"}, 1, "--reliability: 'Z' is not A (completely reliable) to F (cannot be judged)"},
        {{"list", "--credibility", "0"}, 1, "--credibility: '0' is not 1 (confirmed) to 6 (cannot be judged)"},
    };
    for (const Case &c : cases) {
        const Run run = cli(dir, c.arguments);
        INFO(c.arguments.join(' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == c.exitCode);
        CHECK(run.err.startsWith(QStringLiteral("conflictmap-cli: ") + QString::fromUtf8(c.message)));
        CHECK(run.err.count('\n') == 1);
    }
    CHECK(dir.dump({tables[0], tables[1]}) == before);
}

TEST_CASE(
    "source grade and claim grade change the grades of stored records, in the history, and refuse bad ones", "[cli][grading]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString source = addOk(dir, {"source", "add", "--title", "Regional news site"});
    const QString incident = addOk(dir,
        {"add", "--type", "shelling", "--date", "2022-09-13", "--region", "AM-SU", "--title", "Shelling", "--source", source,
            "--quote", "shells fell"});
    const QJsonObject shown = QJsonDocument::fromJson(cli(dir, {"show", incident, "--format", "json"}).out.toUtf8()).object();
    REQUIRE(shown["sources"].toArray().size() == 1);
    const QString claim = QString::number(shown["sources"].toArray()[0].toObject()["claim_id"].toInteger());
    REQUIRE(claim != "0");

    Run graded = cli(dir, {"source", "grade", source, "C", "--reason", "two reports checked"});
    INFO(graded.err.toStdString());
    REQUIRE(graded.exitCode == 0);
    CHECK(graded.out == QStringLiteral("source %1: reliability C (fairly reliable)\n").arg(source));
    graded = cli(dir, {"claim", "grade", claim, "3"});
    REQUIRE(graded.exitCode == 0);
    CHECK(graded.out == QStringLiteral("claim %1: credibility 3 (possibly true)\n").arg(claim));
    CHECK(cli(dir, {"show", incident}).out.contains("  grade       C3: fairly reliable, possibly true\n"));
    CHECK(idsOf(cli(dir, {"list", "--format", "json", "--credibility", "3"})) == QStringList{incident});
    const Run history = cli(dir, {"history"});
    CHECK(history.out.contains("two reports checked"));
    CHECK(history.out.contains(QStringLiteral("source %1").arg(source)));
    CHECK(history.out.contains(QStringLiteral("claim %1").arg(claim)));

    // none takes a grade away.
    REQUIRE(cli(dir, {"claim", "grade", claim, "none"}).exitCode == 0);
    CHECK(idsOf(cli(dir, {"list", "--format", "json", "--credibility", "6"})).isEmpty());

    const QString before = dir.dump({"SELECT id, reliability FROM sources", "SELECT id, credibility FROM claims"});
    struct Refused {
        QStringList arguments;
        int exitCode;
        const char *says;
    };
    const Refused refused[] = {
        {{"source", "grade", source, "G"}, 1, "'G' is not a reliability"},
        {{"source", "grade", "99", "A"}, 1, "there is no source 99"},
        {{"source", "grade", source}, 2, "expects a source ID and a reliability"},
        {{"source", "grade", "x", "A"}, 2, "'x' is not a source id"},
        {{"claim", "grade", claim, "7"}, 1, "7 is not a credibility"},
        {{"claim", "grade", claim, "likely"}, 2, "'likely' is not a credibility"},
        {{"claim", "grade", "99", "2"}, 1, "there is no claim 99"},
    };
    for (const Refused &r : refused) {
        const Run run = cli(dir, r.arguments);
        INFO(r.arguments.join(' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == r.exitCode);
        CHECK(run.err.contains(r.says));
        CHECK(run.err.count('\n') == 1);
    }
    CHECK(dir.dump({"SELECT id, reliability FROM sources", "SELECT id, credibility FROM claims"}) == before);
}
