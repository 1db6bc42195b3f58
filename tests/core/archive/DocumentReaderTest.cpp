// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/DocumentReader.h"
#include "CatchQtStrings.h"
#include "TestFiles.h"
#include "archive/TextEncoding.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unicode/ucnv.h>

#include <catch2/catch.hpp>

using namespace conflictmap;

namespace {
// The seed's words, as a reader would save the page in an old encoding.
const char *const kArabic = "أفادت مصادر عسكرية بأن أذربيجان أرسلت نحو ستين شاحنة عسكرية إلى منطقة فضولي، "
                            "وأن منظومات إس-300 نشرت في باكو. وقال وزير الدفاع الأذربيجاني إن قواته سيطرت على "
                            "سبعة مواقع جبلية داخل أرمينيا، فيما تتحدث التقديرات عن نية التقدم نحو سيونيك "
                            "وفاياتس جور وجغاركونيك.";
const char *const kRussian = "Министерство обороны Армении сообщило, что азербайджанские войска обстреляли позиции "
                             "под Сотком и Джермуком. По данным ведомства, противник продвинулся на несколько "
                             "километров вглубь территории республики.";

// 'text' in 'encoding', through ICU (Qt 6.4 knows only the UTFs and Latin-1).
QByteArray encoded(const char *utf8, const char *encoding)
{
    const QString text = QString::fromUtf8(utf8);
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(encoding, &status);
    REQUIRE(U_SUCCESS(status));
    QByteArray bytes(text.size() * 4 + 16, '\0');
    const int32_t length = ucnv_fromUChars(converter, bytes.data(), int32_t(bytes.size()),
        reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    ucnv_close(converter);
    REQUIRE(U_SUCCESS(status));
    bytes.truncate(length);
    return bytes;
}

QByteArray pdfOf(const QStringList &lines, const QString &title)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        QPainter painter(&writer);
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSize(12);
        painter.setFont(font);
        int y = 400;
        for (const QString &line : lines) {
            painter.drawText(200, y, line);
            y += 400;
        }
    }
    return pdf;
}
} // namespace

TEST_CASE("a text file is kept byte for byte and read in its encoding, told or detected", "[archive]")
{
    QTemporaryDir dir;
    const QByteArray utf8 = QByteArray(kArabic) + "\n";
    writeFile(dir.filePath("call.txt"), utf8);
    const auto read = DocumentReader::readFile(dir.filePath("call.txt"));
    INFO(read.error().toStdString());
    REQUIRE(read);
    CHECK(read->content == utf8);
    CHECK(read->size == utf8.size());
    CHECK(read->sha256 == QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
    CHECK(read->mediaType == "text/plain");
    CHECK(read->encoding == "UTF-8");
    CHECK(read->text == QString::fromUtf8(utf8));

    struct Case {
        const char *text;
        const char *encoding;
    };
    for (const Case &c :
        {Case{kArabic, "windows-1256"}, Case{kRussian, "windows-1251"}, Case{kRussian, "KOI8-R"}, Case{kArabic, "UTF-16LE"}}) {
        INFO(c.encoding);
        QByteArray bytes = encoded(c.text, c.encoding);
        if (QByteArray(c.encoding) == "UTF-16LE")
            bytes.prepend("\xFF\xFE");
        const auto decoded = DocumentReader::read(bytes, QStringLiteral("page.txt"));
        INFO(decoded.error().toStdString());
        REQUIRE(decoded);
        CHECK(decoded->content == bytes);
        CHECK(decoded->text == QString::fromUtf8(c.text));
        CHECK(decoded->encoding == QLatin1String(c.encoding));
        // Named, it is read as named.
        const auto told = DocumentReader::read(
            bytes.mid(QByteArray(c.encoding) == "UTF-16LE" ? 2 : 0), QStringLiteral("page.txt"), QLatin1String(c.encoding));
        REQUIRE(told);
        CHECK(told->text == QString::fromUtf8(c.text));
    }
}

TEST_CASE("text whose encoding cannot be told, or is named wrong, is refused in one line", "[archive]")
{
    // Bytes no encoding's statistics favour.
    QByteArray noise;
    for (int i = 0; i < 600; ++i)
        noise += char(0x80 + (i * 37) % 0x7F);
    const auto unknown = DocumentReader::read(noise, QStringLiteral("x.txt"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.problem().field == "encoding");
    CHECK(unknown.problem().message.startsWith("the text is not UTF-8 and its encoding cannot be told"));
    CHECK(unknown.error().count('\n') == 0);

    const auto nameless = DocumentReader::read(QByteArray(kRussian), QStringLiteral("x.txt"), QStringLiteral("no-such-charset"));
    REQUIRE_FALSE(nameless);
    CHECK(nameless.problem().message == "'no-such-charset' is not an encoding this system knows");
    // UTF-8 said to be UTF-16 without its mark: not text in it.
    const auto wrong = TextEncoding::decode(QByteArray("\xD0\x9C\xD0", 3), QStringLiteral("UTF-8"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.problem().message.startsWith("the bytes are not text in UTF-8"));
}

TEST_CASE("an HTML page's text is what a reader sees: no scripts or styles, its title, its charset", "[archive]")
{
    const QByteArray page = R"html(<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="windows-1256"><title>  تطورات   العالم الإسلامي </title>
<style>body { color: red } .x::after { content: "styled" }</style>
<script>document.write("scripted"); alert('x')</script></head>
<body><h1>أذربيجان &amp; أرمينيا</h1><p>ستون شاحنة<br>إلى منطقة فضولي &#1587;</p>
<noscript>enable scripts</noscript><template><p>templated</p></template>
<p onclick="alert(1)">  S-300   <b>in</b> Baku </p><iframe src="javascript:alert(1)">framed</iframe></body></html>)html";
    const QByteArray bytes = encoded(page.constData(), "windows-1256");
    const auto read = DocumentReader::read(bytes, QStringLiteral("article.html"));
    INFO(read.error().toStdString());
    REQUIRE(read);
    CHECK(read->mediaType == "text/html");
    CHECK(read->content == bytes);
    CHECK(read->encoding == "windows-1256");
    CHECK(read->title == QString::fromUtf8("تطورات العالم الإسلامي"));
    CHECK(read->text == QString::fromUtf8("أذربيجان & أرمينيا\nستون شاحنة\nإلى منطقة فضولي س\nS-300 in Baku"));
    for (const char *hidden : {"scripted", "alert", "styled", "color", "enable scripts", "templated", "framed"})
        CHECK_FALSE(read->text.contains(QLatin1String(hidden)));

    // Without a declaration, UTF-8 is recognised.
    const auto plain = DocumentReader::read(QByteArray("<html><body><p>Սիսիան</p></body></html>"), QString());
    REQUIRE(plain);
    CHECK(plain->mediaType == "text/html");
    CHECK(plain->text == QString::fromUtf8("Սիսիան"));
}

TEST_CASE("a PDF's text is read through poppler, and an encrypted or damaged one is refused", "[archive]")
{
    QTemporaryDir dir;
    const QByteArray pdf = pdfOf(
        {QStringLiteral("About 60 military trucks sent to the Fuzuli region"), QStringLiteral("S-300 systems deployed in Baku")},
        QStringLiteral("Situation report"));
    writeFile(dir.filePath("report.pdf"), pdf);
    const auto read = DocumentReader::readFile(dir.filePath("report.pdf"));
    INFO(read.error().toStdString());
    REQUIRE(read);
    CHECK(read->mediaType == "application/pdf");
    CHECK(read->content == pdf);
    CHECK(read->title == "Situation report");
    CHECK(read->text.simplified().contains("About 60 military trucks sent to the Fuzuli region"));
    CHECK(read->text.simplified().contains("S-300 systems deployed in Baku"));

    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    REQUIRE_FALSE(qpdf.isEmpty());
    REQUIRE(
        QProcess::execute(qpdf,
            {"--encrypt", "reader-secret", "owner-secret", "256", "--", dir.filePath("report.pdf"), dir.filePath("locked.pdf")})
        == 0);
    const auto locked = DocumentReader::readFile(dir.filePath("locked.pdf"));
    REQUIRE_FALSE(locked);
    CHECK(locked.problem().message
        == dir.filePath("locked.pdf") + ": the PDF is encrypted: its text cannot be read without its password");

    writeFile(dir.filePath("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << >>\n%%EOF\n");
    const auto broken = DocumentReader::readFile(dir.filePath("broken.pdf"));
    REQUIRE_FALSE(broken);
    CHECK(broken.problem().message.startsWith(dir.filePath("broken.pdf") + ": the PDF is damaged"));
    // Cut short, half the file gone.
    writeFile(dir.filePath("cut.pdf"), pdf.left(pdf.size() / 3));
    const auto cut = DocumentReader::readFile(dir.filePath("cut.pdf"));
    if (cut) // poppler may rebuild what is left; then its text is what it could read
        CHECK(cut->content == pdf.left(pdf.size() / 3));
    else
        CHECK(cut.problem().message.contains("the PDF is damaged"));
}

TEST_CASE("an image is kept as it is, with its type and no text", "[archive]")
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    const auto read = DocumentReader::read(png, QStringLiteral("photo.png"));
    REQUIRE(read);
    CHECK(read->mediaType == "image/png");
    CHECK(read->content == png);
    CHECK(read->text.isEmpty());
}

TEST_CASE("a file missing, empty, a directory or over the size limit is refused in one line naming it", "[archive]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath("missing.txt");
    CHECK(DocumentReader::readFile(missing).error() == "file: " + missing + ": no such file");
    writeFile(dir.filePath("empty.txt"), QByteArray());
    CHECK(DocumentReader::readFile(dir.filePath("empty.txt")).error()
        == "file: " + dir.filePath("empty.txt") + ": the file is empty");
    CHECK(DocumentReader::readFile(dir.path()).error() == "file: " + dir.path() + ": a directory, not a file");

    // 200 MB, sparse: refused unread.
    QFile large(dir.filePath("large.txt"));
    REQUIRE(large.open(QIODevice::WriteOnly));
    REQUIRE(large.resize(qint64(200) << 20));
    large.close();
    CHECK(DocumentReader::readFile(large.fileName()).error()
        == "file: " + large.fileName() + ": larger than the limit of 64 MiB (200 MiB)");
    writeFile(dir.filePath("small.txt"), QByteArray(2048, 'a'));
    CHECK(DocumentReader::readFile(dir.filePath("small.txt"), 1024).error()
        == "file: " + dir.filePath("small.txt") + ": larger than the limit of 1 KiB (2 KiB)");
}
