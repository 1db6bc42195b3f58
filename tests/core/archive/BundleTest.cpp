// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../store/StoreFixture.h"
#include "CatchQtStrings.h"
#include "TestFiles.h"

#include "DocumentSupport.h"
#include "archive/Bundle.h"
#include "archive/ZipReader.h"
#include "archive/ZipWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace conflictmap;

namespace {
// Every entry of a zip, in order.
std::vector<std::pair<QString, QByteArray>> entriesOf(const QString &path)
{
    auto zip = ZipReader::open(path);
    INFO(zip.error().toStdString());
    REQUIRE(zip);
    std::vector<std::pair<QString, QByteArray>> entries;
    for (const ZipReader::Entry &entry : zip.value()->entries()) {
        auto bytes = zip.value()->readAll(entry.name, qint64(1) << 30);
        REQUIRE(bytes);
        entries.emplace_back(entry.name, *bytes);
    }
    return entries;
}

void writeZip(const QString &path, const std::vector<std::pair<QString, QByteArray>> &entries)
{
    auto zip = ZipWriter::create(path);
    REQUIRE(zip);
    for (const auto &[name, bytes] : entries)
        REQUIRE(zip.value()->add(name, bytes));
    REQUIRE(zip.value()->finish());
}

// Two incidents citing an HTML page and a PDF-like text; a third with no document.
struct Evidence {
    StoreFixture db;
    Document page = readDocument("<html><body><p>نحو ستين شاحنة عسكرية إلى منطقة فضولي</p></body></html>", "call.html");
    Document note = readDocument(QString::fromUtf8("Обстрел у Сотка.\n").toUtf8(), "note.txt");
    qint64 sotk = 0;

    Evidence()
    {
        Source call, report, plain;
        call.title = "Call";
        report.title = "Report";
        plain.title = "Plain";
        const auto callId = db.store->addSource(call, page);
        const auto reportId = db.store->addSource(report, note);
        const auto plainId = db.store->addSource(plain);
        REQUIRE((callId && reportId && plainId));
        const auto add = [&](const QString &title, std::vector<qint64> sources) {
            Incident incident = db.pointIncident();
            incident.title = title;
            for (qint64 source : sources) {
                Claim claim;
                claim.sourceId = source;
                incident.claims.push_back(claim);
            }
            const auto id = db.store->addIncident(incident);
            REQUIRE(id);
            return *id;
        };
        add("Trucks to Fuzuli", {*callId});
        sotk = add(QString::fromUtf8("Обстрел у Сотка"), {*reportId, *callId});
        add("Nothing archived", {*plainId});
    }
};
} // namespace

TEST_CASE("a bundle holds the GeoJSON, each cited document once byte for byte, and a manifest that checks", "[store][archive]")
{
    Evidence evidence;
    const QString path = evidence.db.dir.filePath("evidence.zip");
    const auto written = Bundle::write(*evidence.db.store, {}, path);
    INFO(written.error().toStdString());
    REQUIRE(written);
    CHECK(written->incidents == 3);
    CHECK(written->documents == 2);

    const auto entries = entriesOf(path);
    std::map<QString, QByteArray> files(entries.begin(), entries.end());
    CHECK(files.size() == 5);
    CHECK(files.at("documents/" + evidence.page.sha256 + ".html") == evidence.page.content);
    CHECK(files.at("documents/" + evidence.note.sha256 + ".txt") == evidence.note.content);
    CHECK(Document::hashOf(files.at("manifest.json")) == written->manifestSha256);
    // SHA256SUMS reads as sha256sum -c expects, and agrees.
    for (const QString &line : QString::fromUtf8(files.at("SHA256SUMS")).split('\n', Qt::SkipEmptyParts)) {
        const QString name = line.mid(66);
        INFO(line.toStdString());
        REQUIRE(files.count(name) == 1);
        CHECK(line.left(64) == Document::hashOf(files.at(name)));
    }
    // Each claim's source names its document in the GeoJSON.
    const QJsonArray features = QJsonDocument::fromJson(files.at("incidents.geojson")).object().value("features").toArray();
    REQUIRE(features.size() == 3);
    QStringList cited;
    for (const QJsonValue &feature : features)
        for (const QJsonValue &source : feature["properties"]["sources"].toArray())
            cited << source["document"].toString();
    cited.sort();
    QStringList expected{QString(), evidence.page.sha256, evidence.page.sha256, evidence.note.sha256};
    expected.sort();
    CHECK(cited == expected);

    const auto checked = Bundle::check(path);
    REQUIRE(checked);
    CHECK(checked->problems.isEmpty());
    CHECK(checked->files == 3);
    CHECK(checked->manifestSha256 == written->manifestSha256);

    // A filter seals only what it selects.
    IncidentFilter one;
    one.text = QString::fromUtf8("Сотка");
    const auto narrow = Bundle::write(*evidence.db.store, one, evidence.db.dir.filePath("one.zip"));
    REQUIRE(narrow);
    CHECK(narrow->incidents == 1);
    CHECK(narrow->documents == 2);
}

TEST_CASE("verifying a bundle says which file changed, is missing, was added or escapes its folder", "[store][archive]")
{
    Evidence evidence;
    const QString path = evidence.db.dir.filePath("evidence.zip");
    REQUIRE(Bundle::write(*evidence.db.store, {}, path));
    const auto entries = entriesOf(path);
    const QString note = "documents/" + evidence.note.sha256 + ".txt";
    const QString tampered = evidence.db.dir.filePath("tampered.zip");

    SECTION("one byte of a document")
    {
        auto changed = entries;
        for (auto &[name, bytes] : changed)
            if (name == note)
                bytes[0] = char(bytes[0] ^ 0x01);
        writeZip(tampered, changed);
        const auto checked = Bundle::check(tampered);
        REQUIRE(checked);
        QByteArray altered = evidence.note.content;
        altered[0] = char(altered[0] ^ 0x01);
        CHECK(checked->problems
            == QStringList{
                note + ": its SHA-256 is " + Document::hashOf(altered) + ", the manifest says " + evidence.note.sha256});
    }
    SECTION("a document gone, another added, a name leaving the folder")
    {
        std::vector<std::pair<QString, QByteArray>> changed;
        for (const auto &entry : entries)
            if (entry.first != note)
                changed.push_back(entry);
        changed.emplace_back("notes.txt", "added later");
        changed.emplace_back("../../home/user/.bashrc", "rm -rf ~");
        writeZip(tampered, changed);
        const auto checked = Bundle::check(tampered);
        REQUIRE(checked);
        CHECK(checked->problems.contains("'../../home/user/.bashrc': a name that leaves the bundle's folder"));
        CHECK(checked->problems.contains(note + ": listed in the manifest, missing from the bundle"));
        CHECK(checked->problems.contains("notes.txt: in the bundle but not in its manifest"));
        // And the GeoJSON cites what is no longer there.
        CHECK(checked->problems.contains(
            "incidents.geojson: cites document " + evidence.note.sha256 + ", which is not in the bundle"));
        CHECK(checked->problems.size() == 4);
    }
    SECTION("no bundle at all")
    {
        writeFile(tampered, "PK not really a zip");
        CHECK(Bundle::check(tampered).error() == "file: " + tampered + ": not a zip file, or a damaged one");
        writeZip(tampered, {{"readme.txt", "hello"}});
        CHECK(Bundle::check(tampered).error() == "file: " + tampered + ": no manifest.json: not a conflictmap bundle");
    }
    for (const char *unsafe : {"/etc/passwd", "C:/Windows/x", "a/../../b", "dir\\..\\x"})
        CHECK_FALSE(Bundle::isSafeName(QLatin1String(unsafe)));
    for (const char *safe : {"documents/abc.txt", "incidents.geojson", "a/b..c/d"})
        CHECK(Bundle::isSafeName(QLatin1String(safe)));
}

TEST_CASE("a document changed in the database is not sealed, and no bundle is left", "[store][archive]")
{
    Evidence evidence;
    QByteArray altered = evidence.note.content;
    altered[1] = char(altered[1] ^ 0x01);
    evidence.db.rows(replaceContentSql(bool(evidence.db.server), evidence.note.sha256, altered).constData());
    const QString path = evidence.db.dir.filePath("evidence.zip");
    const auto refused = Bundle::write(*evidence.db.store, {}, path);
    REQUIRE_FALSE(refused);
    CHECK(refused.problem().message.contains("has changed since it was stored"));
    CHECK_FALSE(QFile::exists(path));
    CHECK_FALSE(QFile::exists(path + ".partial"));
}
