// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"
#include "TestFiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QJsonArray foundJson(const CliDatabase &dir, const QStringList &arguments)
{
    const Run run = cli(dir, QStringList{"places", "find", "--format", "json"} + arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(json.isArray());
    return json.array();
}

// The text's characters [offset, offset + length) as code points.
QString codePoints(const QString &text, int offset, int length)
{
    const QList<uint> all = text.toUcs4();
    const QList<uint> part = all.mid(offset, length);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(part.constData()), part.size());
}
} // namespace

TEST_CASE("places find: the seed article's places with offsets, names, positions and confidence", "[cli][geoparse]")
{
    CliDatabase dir;
    const QString seed = testpaths::data(QStringLiteral("seed-article-ar.txt"));
    const QString text = QString::fromUtf8(fileBytes(seed));
    const QJsonArray found = foundJson(dir, {seed});
    QSet<QString> codes;
    for (const QJsonValue &value : found) {
        const QJsonObject mention = value.toObject();
        const QJsonObject place = mention.value("place").toObject();
        codes.insert(place.value("kind").toString() == QLatin1String("place")
                ? QString::number(place.value("geonameid").toInteger())
                : place.value("code").toString());
        CHECK(codePoints(text, mention.value("offset").toInt(), mention.value("length").toInt())
            == mention.value("text").toString());
        CHECK(mention.value("confidence").toDouble() >= 0.4);
        CHECK(mention.value("confidence").toDouble() <= 1);
        CHECK(place.value("lon").isDouble());
        CHECK(place.value("lat").isDouble());
        CHECK_FALSE(place.value("names").toArray().isEmpty());
    }
    CHECK(codes == QSet<QString>{"AZ-FUZ", "587084", "AM-SU", "AM-VD", "AM-GR", "IR", "AM", "AZ"});

    const QJsonObject vayotsDzor = [&] {
        for (const QJsonValue &value : found)
            if (value.toObject().value("text").toString() == QString::fromUtf8("فاياتس جور"))
                return value.toObject();
        FAIL("فاياتس جور not found");
        return QJsonObject();
    }();
    CHECK(vayotsDzor.value("offset").toInt() == text.indexOf(QString::fromUtf8("وفاياتس جور")) + 1);
    CHECK(vayotsDzor.value("match").toString() == "phonetic");
    CHECK(vayotsDzor.value("place").toObject().value("kind").toString() == "admin_unit");

    // The table: one row a place, named in the language asked for.
    const Run table = cli(dir, {"places", "find", seed, "--language", "en"});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.count(QLatin1Char('\n')) == found.size() + 1);
    CHECK(table.out.contains("Vayots Dzor"));
    CHECK(table.out.contains("Gegharkunik"));
    CHECK(table.out.contains("AZ-FUZ"));
}

TEST_CASE("places find: offsets count characters beyond the BMP as one, a stored source reads like its file", "[cli][geoparse]")
{
    CliDatabase dir;
    const QString text = QString::fromUtf8("🔥🔥 Shelling near Goris; 𝒜 drone over Kapan.\n");
    const QString path = dir.filePath("note.txt");
    writeFile(path, text.toUtf8());
    const QJsonArray found = foundJson(dir, {path});
    REQUIRE(found.size() == 2);
    CHECK(found[0].toObject().value("offset").toInt() == 17); // 🔥🔥 are two characters, four UTF-16 units
    CHECK(found[0].toObject().value("text").toString() == "Goris");
    CHECK(codePoints(text, found[1].toObject().value("offset").toInt(), 5) == "Kapan");

    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString id = addOk(dir, {"source", "add", "--file", path});
    CHECK(foundJson(dir, {"--source", id}) == found);
}

TEST_CASE("places find: bad input gets one line and a non-zero exit", "[cli][geoparse]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QString path = dir.filePath("note.txt");
    writeFile(path, "Goris\n");
    const QString empty = dir.filePath("empty.txt");
    writeFile(empty, "");
    REQUIRE(addOk(dir, {"source", "add", "--title", "Radio bulletin"}) == "1");
    struct Case {
        QStringList arguments;
        const char *error;
    };
    const Case cases[] = {
        {{}, "expects a FILE or --source ID"},
        {{path, "--source", "1"}, "expects a FILE or --source ID"},
        {{dir.filePath("missing.txt")}, "missing.txt"},
        {{empty}, "empty"},
        {{path, "--min-confidence", "2"}, "--min-confidence '2' is not a number from 0 to 1"},
        {{"--source", "x"}, "--source 'x' is not a source id"},
        {{"--source", "7"}, "there is no source 7"},
        {{"--source", "1"}, "source 1 has no text to read"},
        {{path, "--gazetteer", dir.filePath("none.sqlite")}, "none.sqlite"},
    };
    for (const Case &c : cases) {
        const Run run = cli(dir, QStringList{"places", "find"} + c.arguments);
        INFO(c.arguments.join(' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.out.isEmpty());
        CHECK(run.err.count(QLatin1Char('\n')) == 1);
        CHECK(run.err.contains(QString::fromUtf8(c.error)));
    }
}
