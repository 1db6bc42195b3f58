// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"
#include "TestFiles.h"

#include "archive/PdfText.h"
#include "render/BriefingMap.h"

#include <QFileInfo>
#include <QImage>
#include <QXmlStreamReader>

using namespace conflictmap;

namespace {
// A border area with three records: a confirmed shelling at a point, a
// claimed clash near a town (its source's title in Arabic) and a movement
// known only to its unit.
void addRecords(const CliDatabase &dir)
{
    const Run source
        = cli(dir, {"source", "add", "--title", QString::fromUtf8("مكالمة هاتفية بين رئيس الأركان"), "--publisher", "Al Alam"});
    REQUIRE(source.exitCode == 0);
    const QString sourceId = source.out.trimmed();
    REQUIRE(cli(dir,
                {"add", "--type", "shelling", "--title", "Goris shelled", "--date", "2022-09-13", "--lat", "39.5111", "--lon",
                    "46.3417", "--precision", "exact", "--status", "confirmed"})
                .exitCode
        == 0);
    REQUIRE(cli(dir,
                {"add", "--type", "armed_clash", "--title", "Clash near Jermuk", "--date", "2022-09-14", "--lat", "39.8417",
                    "--lon", "45.6695", "--claimed-by", "MoD", "--source", sourceId})
                .exitCode
        == 0);
    REQUIRE(
        cli(dir, {"add", "--type", "troop_movement", "--title", "Trucks to Fuzuli", "--date", "2022-09", "--region", "AZ-FUZ"})
            .exitCode
        == 0);
}

const QRectF kBounds(QPointF(45.0, 38.8), QPointF(47.6, 40.6));
} // namespace

TEST_CASE("render draws a PNG with the records at their places, the legend and the header", "[cli][render]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    addRecords(dir);
    const QString png = dir.filePath("map.png");
    const Run run = cli(dir,
        {"render", "-o", png, "--bbox", "45.0,38.8,47.6,40.6", "--size", "1200x800", "--title", "Border, September 2022",
            "--since", "2022-09-01", "--until", "2022-09-30"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err == QStringLiteral("rendered 3 incidents to %1 (1200x800)\n").arg(png));
    const QImage image(png);
    REQUIRE(image.size() == QSize(1200, 800));

    BriefingPage page;
    page.bounds = kBounds;
    page.size = QSize(1200, 800);
    const auto near = [&](const QPointF &at, QColor colour) {
        for (int dy = -3; dy <= 3; ++dy)
            for (int dx = -3; dx <= 3; ++dx) {
                const QColor c = image.pixelColor(at.toPoint() + QPoint(dx, dy));
                if (std::abs(c.red() - colour.red()) < 30 && std::abs(c.green() - colour.green()) < 30
                    && std::abs(c.blue() - colour.blue()) < 30)
                    return true;
            }
        return false;
    };
    // The confirmed shelling in confirmed's colour at Goris, the claimed
    // clash in claimed's colour at Jermuk.
    CHECK(near(BriefingMap::pixelOf(page, 46.3417, 39.5111), QColor("#c0392b")));
    CHECK(near(BriefingMap::pixelOf(page, 45.6695, 39.8417), QColor("#e08a00")));
    CHECK_FALSE(near(BriefingMap::pixelOf(page, 46.0, 40.4), QColor("#c0392b")));
    // The legend, right of the map, has a symbol of each status shown.
    const QRectF frame = BriefingMap::mapFrame(page);
    int confirmedInLegend = 0, claimedInLegend = 0;
    for (int y = int(frame.top()); y < int(frame.bottom()); ++y)
        for (int x = int(frame.right()) + 5; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            confirmedInLegend += c == QColor("#c0392b");
            claimedInLegend += c == QColor("#e08a00");
        }
    CHECK(confirmedInLegend > 20);
    CHECK(claimedInLegend > 20);
    // Text in the header: dark pixels above the map.
    int dark = 0;
    for (int y = 0; y < int(frame.top()); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 80;
    CHECK(dark > 500);
}

TEST_CASE("render across the antimeridian draws both sides of it", "[cli][render]")
{
    // Fiji: west 175°E, east 175°W.
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    for (const QStringList &record : {QStringList{"178.45", "-18.14", "confirmed"}, QStringList{"-178.8", "-17.0", "claimed"}})
        REQUIRE(cli(dir,
                    {"add", "--type", "shelling", "--title", "Fiji " + record[2], "--date", "2022-09-13", "--lon", record[0],
                        "--lat", record[1], "--precision", "exact", "--status", record[2]})
                    .exitCode
            == 0);
    const QString png = dir.filePath("fiji.png");
    const Run run = cli(dir, {"render", "-o", png, "--bbox", "175,-20,-175,-15", "--size", "1200x800"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err == QStringLiteral("rendered 2 incidents to %1 (1200x800)\n").arg(png));
    const QImage image(png);
    REQUIRE(image.size() == QSize(1200, 800));
    BriefingPage page;
    page.bounds = QRectF(QPointF(175, -20), QPointF(-175, -15));
    page.size = image.size();
    const QRectF frame = BriefingMap::mapFrame(page);
    const QPointF west = BriefingMap::pixelOf(page, 178.45, -18.14), east = BriefingMap::pixelOf(page, -178.8, -17.0);
    // Each side of 180° in the frame, in the order they lie on the globe.
    CHECK(frame.contains(west));
    CHECK(frame.contains(east));
    CHECK(west.x() < frame.center().x());
    CHECK(east.x() > frame.center().x());
    CHECK(image.pixelColor(west.toPoint()) == QColor("#c0392b"));
    CHECK(image.pixelColor(east.toPoint()) == QColor("#e08a00"));
    // Land where Viti Levu is (east of the record), water far from it.
    CHECK(image.pixelColor(BriefingMap::pixelOf(page, 177.9, -17.75).toPoint()) == QColor(0xf3, 0xf0, 0xe8));
    CHECK(image.pixelColor(BriefingMap::pixelOf(page, -176.0, -19.5).toPoint()) == QColor(0xdd, 0xe8, 0xf0));
}

TEST_CASE("render draws the areas of control in force at the window's end, with their legend and sources", "[cli][render]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    const Run source
        = cli(dir, {"source", "add", "--title", QString::fromUtf8("Սահմանային իրավիճակ"), "--publisher", "Armenpress"});
    REQUIRE(source.exitCode == 0);
    // Azerbaijan as assessed, in September, then moved in October; Armenia
    // as its ministry claims, resting on the source.
    for (const QStringList &area : {QStringList{"--party", "Azerbaijan", "--date", "2022-09-14", "--wkt",
                                        "POLYGON ((45.9 39.4, 46.3 39.4, 46.3 39.8, 45.9 39.8, 45.9 39.4))"},
             QStringList{"--party", "Azerbaijan", "--date", "2022-10-02", "--wkt",
                 "POLYGON ((46.9 39.4, 47.3 39.4, 47.3 39.8, 46.9 39.8, 46.9 39.4))"},
             QStringList{"--party", "Armenia", "--claimed-by", "Ministry of Defence of Armenia", "--date", "2022-09-15",
                 "--source", source.out.trimmed(), "--wkt",
                 "POLYGON ((45.3 40.0, 45.7 40.0, 45.7 40.3, 45.3 40.3, 45.3 40.0))"}}) {
        const Run added = cli(dir, QStringList{"area", "add"} + area);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
    REQUIRE(cli(dir, {"party", "color", "Azerbaijan", "#0000ff"}).exitCode == 0);
    REQUIRE(cli(dir, {"party", "color", "Armenia", "#ff0000"}).exitCode == 0);
    const QString png = dir.filePath("control.png"), bare = dir.filePath("bare.png");
    REQUIRE(cli(dir, {"render", "-o", png, "--bbox", "45.0,38.8,47.6,40.6", "--date", "2022-09"}).exitCode == 0);
    REQUIRE(cli(dir, {"render", "-o", bare, "--bbox", "45.0,38.8,47.6,40.6", "--date", "2022-09", "--no-control"}).exitCode == 0);
    const QImage image(png), without(bare);
    BriefingPage page;
    page.bounds = kBounds;
    page.size = image.size();
    // September's area filled blue where it is, October's not yet drawn;
    // nothing of either without the areas.
    const QPoint september = BriefingMap::pixelOf(page, 46.05, 39.55).toPoint();
    const QPoint october = BriefingMap::pixelOf(page, 47.1, 39.6).toPoint();
    CHECK(image.pixelColor(september).blue() > image.pixelColor(september).red() + 40);
    CHECK(without.pixelColor(september).blue() < without.pixelColor(september).red());
    CHECK(image.pixelColor(october) == without.pixelColor(october));
    // The claimed area hatched in red: some of its pixels red, not all.
    int red = 0, all = 0;
    const QRect claimed
        = QRectF(BriefingMap::pixelOf(page, 45.35, 40.25), BriefingMap::pixelOf(page, 45.65, 40.05)).toRect().normalized();
    for (int y = claimed.top(); y < claimed.bottom(); ++y)
        for (int x = claimed.left(); x < claimed.right(); ++x, ++all)
            red += image.pixelColor(x, y).red() > 200 && image.pixelColor(x, y).green() < 120;
    CHECK(red > all / 20);
    CHECK(red < all * 3 / 4);

    const QString pdf = dir.filePath("control.pdf");
    REQUIRE(cli(dir, {"render", "-o", pdf, "--bbox", "45.0,38.8,47.6,40.6", "--until", "2022-10-31"}).exitCode == 0);
    const auto extracted = PdfText::extract(fileBytes(pdf));
    REQUIRE(extracted);
    const QString text = extracted->text;
    INFO(text.toStdString());
    CHECK(text.contains("Control on 2022-10-31"));
    CHECK(text.contains("Azerbaijan (assessed), 2022-10-02"));
    CHECK(text.contains("Ministry of Defence of Armenia"));
    CHECK(text.contains("Armenpress"));
    CHECK(text.contains("Sources cited (1)"));

    // A page away from the claimed area neither draws it nor cites its source.
    const QString east = dir.filePath("east.pdf");
    REQUIRE(cli(dir, {"render", "-o", east, "--bbox", "46.6,39.1,47.6,39.9", "--until", "2022-10-31"}).exitCode == 0);
    const auto eastText = PdfText::extract(fileBytes(east));
    REQUIRE(eastText);
    INFO(eastText->text.toStdString());
    CHECK(eastText->text.contains("Azerbaijan (assessed), 2022-10-02"));
    CHECK_FALSE(eastText->text.contains("Ministry of Defence of Armenia"));
    CHECK_FALSE(eastText->text.contains("Armenpress"));
    CHECK(eastText->text.contains("Sources cited (0)"));
    CHECK_FALSE(eastText->text.contains("Legend")); // no records: no heading over nothing
}

TEST_CASE("render writes a PDF whose text is text, and an SVG that is valid XML", "[cli][render]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    addRecords(dir);
    const QString pdf = dir.filePath("map.pdf");
    const Run run = cli(dir, {"render", "-o", pdf, "--region", "AM", "--date", "2022-09", "--title", "Briefing map"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const auto extracted = PdfText::extract(fileBytes(pdf));
    REQUIRE(extracted);
    // As a reader copies it: ligatures (ﬁ) and Arabic's shaped letters
    // back to letters.
    const QString text = extracted->text.normalized(QString::NormalizationForm_KC);
    INFO(text.toStdString());
    CHECK(extracted->title == "Briefing map");
    CHECK(text.contains("Briefing map"));
    CHECK(text.contains("2022-09"));
    CHECK(text.contains("data as of 20"));
    CHECK(text.contains("Legend"));
    CHECK(text.contains("Sources cited (1)"));
    // The Arabic title is text too: Qt's PDF places each shaped letter on
    // its own, so readers get its letters one by one, in the order drawn.
    QString arabic;
    for (const QChar c : text)
        if (c.script() == QChar::Script_Arabic)
            arabic += c;
    QString reversed;
    for (qsizetype i = arabic.size() - 1; i >= 0; --i)
        reversed += arabic[i];
    CHECK((arabic.contains(QString::fromUtf8("هاتفية")) || reversed.contains(QString::fromUtf8("هاتفية"))));
    CHECK(text.contains("Made with Natural Earth"));
    CHECK(text.contains("near (within about 5 km)"));
    CHECK_FALSE(text.contains("only the unit")); // Fuzuli's movement is not in Armenia

    const QString svg = dir.filePath("map.svg");
    REQUIRE(cli(dir, {"render", "-o", svg, "--bbox", "45.0,38.8,47.6,40.6"}).exitCode == 0);
    QXmlStreamReader xml(fileBytes(svg));
    QStringList texts;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement) {
            svgRoot = svgRoot || xml.name() == QLatin1String("svg");
            if (xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        }
    }
    CHECK_FALSE(xml.hasError());
    CHECK(svgRoot);
    CHECK(texts.join(' ').contains("Legend"));
    CHECK(texts.join(' ').contains("Sources cited"));
}

TEST_CASE("render refuses a bad region, size, path or format in one line and writes nothing", "[cli][render]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init", "--sample"}).exitCode == 0);
    const QString kept = dir.filePath("kept.png");
    writeFile(kept, "an older image");
    const struct {
        QStringList arguments;
        const char *says;
    } cases[] = {
        {{"render", "-o", kept, "--region", "XX-99"}, "unknown region or country code 'XX-99'"},
        {{"render", "-o", kept, "--size", "0x100"}, "--size '0x100' is not WIDTHxHEIGHT"},
        {{"render", "-o", kept, "--size", "100000x100000"}, "--size '100000x100000' is not WIDTHxHEIGHT"},
        {{"render", "-o", kept, "--size", "wide"}, "--size 'wide' is not WIDTHxHEIGHT"},
        {{"render", "-o", dir.filePath("map.jpg")}, "does not end in .png, .pdf or .svg"},
        {{"render"}, "-o FILE.png, FILE.pdf or FILE.svg is required"},
        {{"render", "-o", kept, "--date", "2022-13"}, "--date"},
        {{"render", "-o", kept, "--date", "2022", "--since", "2022-01-01"}, "give --date or --since/--until, not both"},
        {{"render", "-o", "/nonexistent-directory/map.png"}, "/nonexistent-directory/map.png"},
    };
    for (const auto &c : cases) {
        const Run run = cli(dir, c.arguments);
        INFO(c.arguments.join(' ').toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains(QString::fromUtf8(c.says)));
        CHECK(run.err.count('\n') == 1);
    }
    CHECK(fileBytes(kept) == "an older image");
    CHECK_FALSE(QFileInfo::exists(dir.filePath("map.jpg")));
    CHECK_FALSE(QFileInfo::exists("/nonexistent-directory/map.png"));
}
