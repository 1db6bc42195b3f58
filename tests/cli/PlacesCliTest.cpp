// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "CliRun.h"
#include "JsonOutput.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
// conflictmap-cli with a database path where there is none: place search
// must not need one.
Run places(const QStringList &arguments)
{
    CliDatabase dir;
    return cli(dir, QStringList{"places"} + arguments);
}

QJsonArray searchJson(const QStringList &arguments)
{
    const Run run = places(QStringList{"search", "--format", "json"} + arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return jsonArrayOf(run.out);
}

bool hasName(const QJsonObject &place, const QString &name, const QString &lang)
{
    for (const QJsonValue &value : place["names"].toArray())
        if (value["name"].toString() == name && value["lang"].toString() == lang)
            return true;
    return false;
}
} // namespace

TEST_CASE("places search prints a place found in another script as JSON with all it needs", "[cli][gazetteer]")
{
    const QJsonArray results = searchJson({QString::fromUtf8("Шуша")});
    REQUIRE_FALSE(results.isEmpty());
    const QJsonObject shusha = results.first().toObject();
    CHECK(shusha["geonameid"].toInteger() == 147105);
    CHECK(shusha["kind"].toString() == "place");
    CHECK(shusha["name"].toString() == QString::fromUtf8("Şuşa")); // the local name: no language asked for
    CHECK(std::abs(shusha["lon"].toDouble() - 46.74989) < 1e-6);
    CHECK(std::abs(shusha["lat"].toDouble() - 39.76006) < 1e-6);
    CHECK(shusha["country"].toString() == "AZ");
    CHECK(shusha["admin_unit"]["code"].toString() == "AZ-X01~");
    CHECK_FALSE(shusha["admin_unit"]["name"].toString().isEmpty());
    CHECK(shusha["population"].toInteger() == 18662);
    CHECK(shusha["feature_code"].toString() == "PPLA");
    CHECK(shusha["match"].toString() == "exact");
    CHECK(hasName(shusha, QString::fromUtf8("Շուշի"), "hy"));
    CHECK(hasName(shusha, QString::fromUtf8("شوشی"), "fa"));
    CHECK(hasName(shusha, QString::fromUtf8("Shushi"), QString())); // a name no catalog tags: lang null
    for (const QJsonValue &name : shusha["names"].toArray())
        CHECK((name["lang"].isNull() || name["lang"].isString()));
}

TEST_CASE("places search shows names in the language asked for and limits the results", "[cli][gazetteer]")
{
    const QJsonArray goris = searchJson({"Goris", "--language", "hy", "--limit", "1"});
    REQUIRE(goris.size() == 1);
    CHECK(goris.first()["name"].toString() == QString::fromUtf8("Գորիս"));
    CHECK(goris.first()["admin_unit"]["name"].toString() == QString::fromUtf8("Սյունիք"));
    CHECK(searchJson({"Go", "--limit", "3"}).size() == 3);
    // Words after the first are part of the name.
    const QJsonArray unit = searchJson({"Vayots", "Dzor"});
    REQUIRE_FALSE(unit.isEmpty());
    CHECK(unit.first()["kind"].toString() == "admin_unit");
    CHECK(unit.first()["admin_unit"]["code"].toString() == "AM-VD");
    CHECK(unit.first()["geonameid"].isNull());
    CHECK(searchJson({"xqzvw"}).isEmpty());
}

TEST_CASE("places search prints a table of the best matches", "[cli][gazetteer]")
{
    const Run run = places({"search", "Stepanakret"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split('\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    CHECK(lines[0].startsWith("name"));
    CHECK(lines[0].contains("admin unit"));
    CHECK(lines[1].contains("146970"));
    CHECK(lines[1].contains("AZ-XA"));
    CHECK(lines[1].contains("typo"));
}

TEST_CASE("places search refuses bad input with one line and an exit code", "[cli][gazetteer]")
{
    struct Refused {
        QStringList arguments;
        int exitCode;
        QString says;
    };
    CliDatabase dir;
    const QString missing = dir.filePath("missing.sqlite");
    const Refused table[] = {
        {{"search"}, 2, "expects a QUERY"},
        {{"search", "Goris", "--limit", "0"}, 2, "--limit '0'"},
        {{"search", "Goris", "--limit", "many"}, 2, "--limit 'many'"},
        {{"search", "Goris", "--format", "xml"}, 2, "'xml'"},
        {{"search", "Goris", "--gazetteer", missing}, 1, missing},
        {{"search", QString(10000, 'x')}, 1, "10000 characters"},
        {{"locate", "Goris"}, 2, "unknown subcommand 'locate'"},
    };
    for (const Refused &refused : table) {
        const Run run = places(refused.arguments);
        INFO(refused.arguments.join(' ').left(80).toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == refused.exitCode);
        CHECK(run.err.contains(refused.says));
        CHECK(run.err.count('\n') == 1);
        CHECK(run.out.isEmpty());
    }
}

TEST_CASE("places search --help describes its options", "[cli][gazetteer]")
{
    const Run run = places({"search", "--help"});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith("Usage: conflictmap-cli places search"));
    for (const char *option : {"--limit", "--format", "--language", "--gazetteer"})
        CHECK(run.out.contains(option));
}
