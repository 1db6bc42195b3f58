// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"

#include "TestFiles.h"
#include "TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace {
struct RunBytes {
    int exitCode;
    QByteArray out;
    QString err;
};

RunBytes cliBytes(const QStringList &arguments)
{
    QProcess process;
    process.start(testpaths::cli(), arguments);
    REQUIRE(process.waitForFinished(60000));
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_CASE("broken database files get one clear line and are left as they were", "[cli][hostile][sqlite]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath("good.sqlite");
    REQUIRE(cliBytes({"--db", good, "init", "--sample"}).exitCode == 0);
    REQUIRE(cliBytes({"--db", good, "list"}).exitCode == 0); // and closed: the WAL is folded into the file
    const QByteArray valid = bytesOf(good);
    REQUIRE(valid.size() > 8192);

    QRandomGenerator random(9);
    QByteArray noise(valid.size(), '\0');
    for (char &c : noise)
        c = char(random.bounded(256));
    struct Case {
        const char *name;
        QByteArray bytes;
        const char *message;
    };
    QByteArray wrongHeader = valid;
    wrongHeader.replace(0, 16, "NotSQLite format");
    const Case cases[] = {
        {"random bytes", noise, "not a conflictmap database"},
        {"a text file", "incident,date\n1,2022\n", "not a conflictmap database"},
        {"a broken header", wrongHeader, "not a conflictmap database"},
        {"a truncated database", valid.left(4096), "malformed"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(c.name).replace(' ', '-')));
        writeFile(path, c.bytes);
        for (const QStringList &command :
            {QStringList{"list"}, QStringList{"add", "--type", "other", "--title", "t", "--date", "2022", "--region", "AM-SU"}}) {
            const RunBytes run = cliBytes(QStringList{"--db", path} + command);
            CHECK(run.exitCode == 1);
            CHECK(run.err.contains(QString::fromLatin1(c.message)));
            CHECK(run.err.count('\n') == 1);
        }
        CHECK(bytesOf(path) == c.bytes); // nothing written
    }
    SECTION("an empty file is a new database, as sqlite3 treats it")
    {
        const QString empty = dir.filePath("empty.sqlite");
        writeFile(empty, {});
        const RunBytes run = cliBytes({"--db", empty, "list", "--format", "json"});
        CHECK(run.exitCode == 0);
        CHECK(QJsonDocument::fromJson(run.out).array().isEmpty());
    }
    SECTION("a directory that does not exist yet is made")
    {
        const QString nested = dir.filePath("a/b/c/incidents.sqlite");
        CHECK(cliBytes({"--db", nested, "init"}).exitCode == 0);
        CHECK(QFile::exists(nested));
    }
}

TEST_CASE("hostile text is stored and exported verbatim", "[cli][hostile]")
{
    CliDatabase dir;
    const QString db = dir.location();
    REQUIRE(cliBytes({"--db", db, "init"}).exitCode == 0);
    const QString huge = QString(1 << 20, QChar(u'ش')) + QStringLiteral("<b>end</b>");
    const QStringList texts{QStringLiteral("<img src=x onerror=alert(1)>"), QStringLiteral("'); DROP TABLE incidents; --"),
        QStringLiteral("tab\tbell\x07nul-free\x1b[31mred"),
        QString::fromUtf8("mixed: Füzuli فضولي \u202eRTL override\u202c Ֆիզուլի"), huge};
    for (const QString &text : texts.mid(0, texts.size() - 1)) {
        const RunBytes added
            = cliBytes({"--db", db, "add", "--type", "other", "--title", text, "--date", "2022", "--region", "AZ-FUZ"});
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
    // A megabyte does not fit in one command-line argument: it comes in by import.
    const QString file = dir.filePath("huge.geojson");
    QJsonObject properties{{"type", "other"}, {"title", huge}, {"date", "2022"}, {"precision", "region"}, {"region", "AZ-FUZ"}};
    QJsonObject feature{{"type", "Feature"},
        {"geometry", QJsonObject{{"type", "Point"}, {"coordinates", QJsonArray{47.1, 39.6}}}}, {"properties", properties}};
    writeFile(file, QJsonDocument(QJsonObject{{"type", "FeatureCollection"}, {"features", QJsonArray{feature}}}).toJson());
    const RunBytes imported = cliBytes({"--db", db, "import", file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const RunBytes source = cliBytes({"--db", db, "source", "add", "--title", "x", "--url", "javascript:alert(document.cookie)"});
    REQUIRE(source.exitCode == 0);
    const RunBytes exported = cliBytes({"--db", db, "export"});
    REQUIRE(exported.exitCode == 0);
    const QJsonArray features = QJsonDocument::fromJson(exported.out).object().value("features").toArray();
    REQUIRE(features.size() == texts.size());
    for (int i = 0; i < texts.size(); ++i)
        CHECK(features[i].toObject().value("properties").toObject().value("title").toString().toUtf8() == texts[i].toUtf8());
    const RunBytes sources = cliBytes({"--db", db, "source", "list", "--format", "json"});
    CHECK(QJsonDocument::fromJson(sources.out).array()[0].toObject().value("url").toString()
        == "javascript:alert(document.cookie)");
}
