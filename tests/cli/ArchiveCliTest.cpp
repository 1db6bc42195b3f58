// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"
#include "TestFiles.h"
#include "archive/ZipReader.h"
#include "archive/ZipWriter.h"
#include "core/archive/DocumentSupport.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>

using namespace conflictmap;

namespace {
QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QJsonObject shownSource(const CliDatabase &dir, const QString &id)
{
    const Run shown = cli(dir, {"source", "show", id, "--format", "json"});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    return QJsonDocument::fromJson(shown.out.toUtf8()).object();
}

QByteArray pngBytes()
{
    QImage image(64, 48, QImage::Format_ARGB32);
    image.fill(QColor(20, 90, 40));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return png;
}

QByteArray pdfBytes()
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("Daily report"));
        QPainter painter(&writer);
        painter.drawText(300, 300, QStringLiteral("Shelling near Sotk reported at dawn"));
    }
    return pdf;
}
} // namespace

TEST_CASE("source add --file keeps text, HTML, PDF and PNG byte for byte: show gives the hash, get the bytes", "[cli][archive]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QByteArray html = "<!doctype html><html><head><title>تطورات العالم الإسلامي</title>"
                            "<script>document.title='x'</script></head><body><p>نحو ستين شاحنة عسكرية إلى منطقة فضولي</p>"
                            "</body></html>";
    const QByteArray text = QString::fromUtf8("Սիսիանի մոտ կրակոցներ են լսվել։\n").toUtf8();
    struct Case {
        const char *name;
        QByteArray bytes;
        const char *mediaType;
        const char *title;
    };
    const Case cases[]
        = {{"article.html", html, "text/html", "تطورات العالم الإسلامي"}, {"note.txt", text, "text/plain", "note.txt"},
            {"report.pdf", pdfBytes(), "application/pdf", "Daily report"}, {"convoy.png", pngBytes(), "image/png", "convoy.png"}};
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = dir.filePath(QLatin1String(c.name));
        writeFile(path, c.bytes);
        const QString id = addOk(dir, {"source", "add", "--file", path});
        const QJsonObject source = shownSource(dir, id);
        CHECK(source.value("title").toString() == QString::fromUtf8(c.title));
        const QJsonObject document = source.value("document").toObject();
        CHECK(document.value("sha256").toString() == sha256(c.bytes));
        CHECK(document.value("media_type").toString() == QLatin1String(c.mediaType));
        CHECK(document.value("size").toInteger() == c.bytes.size());
        CHECK(document.value("file_name").toString() == QLatin1String(c.name));
        CHECK(source.value("retrieved").toString() == QDate::currentDate().toString(Qt::ISODate));

        const QString out = dir.filePath(QStringLiteral("out-") + QLatin1String(c.name));
        const Run got = cli(dir, {"source", "get", id, "-o", out});
        INFO(got.err.toStdString());
        REQUIRE(got.exitCode == 0);
        CHECK(fileBytes(out) == c.bytes);
    }
    // The table names the hash; --text gives what was read, no script.
    const Run table = cli(dir, {"source", "show", "1", "--text"});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("sha256     ") + sha256(html)));
    CHECK(table.out.contains(QString::fromUtf8("نحو ستين شاحنة عسكرية إلى منطقة فضولي")));
    CHECK_FALSE(table.out.contains("document.title"));
    CHECK(cli(dir, {"source", "verify"}).out == "4 documents checked, 0 changed\n");
}

TEST_CASE("the same file twice is stored once, and verify reports a changed byte with its sources and exits 1", "[cli][archive]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QByteArray bytes = QString::fromUtf8("Министерство обороны сообщило об обстреле.\n").toUtf8();
    writeFile(dir.filePath("a.txt"), bytes);
    writeFile(dir.filePath("b.txt"), bytes);
    const QString first = addOk(dir, {"source", "add", "--file", dir.filePath("a.txt"), "--title", "First"});
    const QString second
        = addOk(dir, {"source", "add", "--file", dir.filePath("b.txt"), "--title", "Second", "--url", "https://ex.org/b"});
    CHECK(dir.dump({"SELECT count(*) FROM documents"}).contains("1"));
    CHECK(cli(dir, {"source", "verify"}).out == "1 documents checked, 0 changed\n");

    QByteArray changed = bytes;
    changed[3] = char(changed[3] ^ 0x20);
    dir.exec(replaceContentSql(dir.location().startsWith(QLatin1String("postgresql")), QString(), changed).constData());
    const Run verified = cli(dir, {"source", "verify"});
    CHECK(verified.exitCode == 1);
    CHECK(verified.out
        == QStringLiteral("changed: %1 (source %2, %3): its %4 bytes hash to %5\n1 documents checked, 1 changed\n")
               .arg(QString::fromLatin1(sha256(bytes)), first, second)
               .arg(changed.size())
               .arg(QString::fromLatin1(sha256(changed))));
    // A changed document is not handed on as the original.
    const Run got = cli(dir, {"source", "get", first, "-o", dir.filePath("out.txt")});
    CHECK(got.exitCode == 1);
    CHECK(got.err.contains("has changed"));
    CHECK_FALSE(QFile::exists(dir.filePath("out.txt")));
}

TEST_CASE("bad files for source add get one line, exit 1, and nothing is written", "[cli][archive]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const char *tables[] = {"SELECT * FROM sources", "SELECT sha256 FROM documents"};
    const QString before = dir.dump({tables[0], tables[1]});
    writeFile(dir.filePath("empty.txt"), QByteArray());
    writeFile(dir.filePath("broken.pdf"), "%PDF-1.4\nnot a pdf at all\n");
    QByteArray noise;
    for (int i = 0; i < 400; ++i)
        noise += char(0x80 + (i * 37) % 0x7F);
    writeFile(dir.filePath("noise.txt"), noise);
    writeFile(dir.filePath("big.txt"), QByteArray(3000, 'a'));
    writeFile(dir.filePath("ok.txt"), "fine\n");
    struct Case {
        QStringList arguments;
        int exitCode;
        QString message;
    };
    const QString missing = dir.filePath("missing.txt");
    const Case cases[] = {
        {{"--file", missing}, 1, "--file: " + missing + ": no such file"},
        {{"--file", dir.filePath("empty.txt")}, 1, "--file: " + dir.filePath("empty.txt") + ": the file is empty"},
        {{"--file", dir.filePath("broken.pdf")}, 1,
            "--file: " + dir.filePath("broken.pdf") + ": the PDF is damaged: it cannot be read"},
        {{"--file", dir.filePath("noise.txt")}, 1,
            "--file: " + dir.filePath("noise.txt") + ": the text is not UTF-8 and its encoding cannot be told"},
        {{"--file", dir.filePath("ok.txt"), "--encoding", "klingon-8"}, 1,
            "--file: " + dir.filePath("ok.txt") + ": 'klingon-8' is not an encoding this system knows (--encoding NAME)"},
        {{"--file", dir.filePath("big.txt"), "--max-size", "2k"}, 1,
            "--file: " + dir.filePath("big.txt") + ": larger than the limit of 2 KiB (2.9 KiB) (--max-size)"},
        {{"--file", dir.filePath("ok.txt"), "--max-size", "lots"}, 2,
            "source add: --max-size: 'lots' is not a size (64M, 500k, 2000000)"},
        {{"--file", dir.filePath("ok.txt"), "--text-file", dir.filePath("ok.txt")}, 2,
            "source add: give --file or --text-file, not both"},
        {{"--title", "t", "--encoding", "UTF-8"}, 2, "source add: --encoding goes with --file"},
    };
    for (const Case &c : cases) {
        const Run run = cli(dir, QStringList{"source", "add"} + c.arguments);
        INFO(c.arguments.join(' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == c.exitCode);
        CHECK(run.err.startsWith("conflictmap-cli: " + c.message));
        CHECK(run.err.count('\n') == 1);
    }
    // A url already taken: the document is not left behind either.
    addOk(dir, {"source", "add", "--title", "Taken", "--url", "https://ex.org/a"});
    const QString taken = dir.dump({tables[0], tables[1]});
    const Run duplicate = cli(dir, {"source", "add", "--file", dir.filePath("ok.txt"), "--url", "https://ex.org/a"});
    CHECK(duplicate.exitCode == 1);
    CHECK(dir.dump({tables[0], tables[1]}) == taken);
    CHECK(taken != before);

    CHECK(cli(dir, {"source", "get", "1"}).err == "conflictmap-cli: source get: -o FILE is required\n");
    CHECK(cli(dir, {"source", "get", "1", "-o", dir.filePath("x")}).err
        == "conflictmap-cli: source get: source 1 has no stored document\n");
    CHECK(cli(dir, {"source", "show", "99"}).err == "conflictmap-cli: source show: there is no source 99\n");
}

TEST_CASE("export --bundle seals the incidents with their documents, and verify-bundle checks it offline", "[cli][archive]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const QByteArray html = "<html><body><p>S-300 air-defence systems in Baku</p></body></html>";
    writeFile(dir.filePath("s300.html"), html);
    const QString source = addOk(dir, {"source", "add", "--file", dir.filePath("s300.html"), "--title", "S-300"});
    const QString incident = addOk(dir,
        {"add", "--type", "equipment_deployment", "--title", "S-300 in Baku", "--date", "2022-10", "--region", "AZ-BA",
            "--source", source, "--quote", "S-300 air-defence systems"});
    const QString bundle = dir.filePath("evidence.zip");
    const Run exported = cli(dir, {"export", "--bundle", bundle, "--region", "AZ-BA"});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.err.startsWith(QStringLiteral("sealed 1 incidents and 1 documents in %1\nmanifest SHA-256: ").arg(bundle)));
    const QString manifest = exported.err.section("manifest SHA-256: ", 1).trimmed();
    CHECK(manifest.size() == 64);

    const Run verified = cli(dir, {"verify-bundle", bundle});
    CHECK(verified.exitCode == 0);
    CHECK(verified.out == QStringLiteral("%1: 2 files match the manifest\nmanifest SHA-256: %2\n").arg(bundle, manifest));

    // Tampered: one byte of the document, the zip written again around it.
    const QString tampered = dir.filePath("tampered.zip");
    {
        auto reader = ZipReader::open(bundle);
        REQUIRE(reader);
        auto writer = ZipWriter::create(tampered);
        REQUIRE(writer);
        for (const ZipReader::Entry &entry : reader.value()->entries()) {
            QByteArray bytes = reader.value()->readAll(entry.name, 1 << 20).value();
            if (entry.name.startsWith("documents/"))
                bytes.replace("Baku", "Bakü");
            REQUIRE(writer.value()->add(entry.name, bytes));
        }
        REQUIRE(writer.value()->finish());
    }
    const Run caught = cli(dir, {"verify-bundle", tampered});
    CHECK(caught.exitCode == 1);
    const QString document = "documents/" + QString::fromLatin1(sha256(html)) + ".html";
    CHECK(caught.out.startsWith(tampered + ": " + document + ": its SHA-256 is "));
    CHECK(caught.out.contains(", the manifest says " + QString::fromLatin1(sha256(html)) + "\n"));
    const Run bad = cli(dir, {"verify-bundle", dir.filePath("missing.zip")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err == "conflictmap-cli: verify-bundle: " + dir.filePath("missing.zip") + ": no such file\n");
    CHECK(cli(dir, {"export", "--bundle", bundle, "-o", dir.filePath("x.geojson")}).err
        == "conflictmap-cli: export: give -o or --bundle, not both\n");
    const Run unwritable = cli(dir, {"export", "--bundle", "/proc/evidence.zip"});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err == "conflictmap-cli: export: /proc/evidence.zip: cannot be written\n");
    CHECK(incident.toLongLong() > 0);
}

TEST_CASE("show flags a claim whose quote is not in its source's text", "[cli][archive][quote]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    writeFile(dir.filePath("call.txt"),
        QString::fromUtf8("وأضاف أن أذربيجان أرسلت نحو 60 شاحنة عسكرية إلى\nمنطقة فضولي، وأن منظومات إس-300 نُشرت في باكو.\n")
            .toUtf8());
    const QString withText = addOk(dir, {"source", "add", "--file", dir.filePath("call.txt"), "--title", "Call"});
    const QString without = addOk(dir, {"source", "add", "--title", "Broadcast, no text kept"});
    const QString id = addOk(dir,
        {"add", "--type", "troop_movement", "--title", "Trucks to Fuzuli", "--date", "2022-10", "--region", "AZ-FUZ", "--source",
            withText, "--quote", QString::fromUtf8("About 60 trucks sent to «منطقة فضولي»")});
    REQUIRE(cli(dir, {"claim", "add", id, "--source", withText, "--quote", QString::fromUtf8("«مئة شاحنة»")}).exitCode == 0);
    REQUIRE(cli(dir, {"claim", "add", id, "--source", without, "--quote", "sixty trucks"}).exitCode == 0);

    const Run table = cli(dir, {"show", id});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.count("(not found in the source)") == 1);
    CHECK(table.out.contains(QString::fromUtf8("«مئة شاحنة»  (not found in the source)")));
    const Run json = cli(dir, {"show", id, "--format", "json"});
    const QJsonArray sources = QJsonDocument::fromJson(json.out.toUtf8()).object().value("sources").toArray();
    REQUIRE(sources.size() == 3);
    CHECK(sources[0]["quote_in_source"] == QJsonValue(true));
    CHECK(sources[1]["quote_in_source"] == QJsonValue(false));
    CHECK(sources[2]["quote_in_source"].isNull()); // no text to look in
}
