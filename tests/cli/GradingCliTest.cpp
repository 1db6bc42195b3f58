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
