// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "MapStyle.h"
#include "MarkerSprites.h"

#include <QPainter>

#include <algorithm>

using namespace conflictmap;

TEST_CASE("counts are drawn from a few glyphs: any number of clusters fits the sprite image", "[quick][sprites]")
{
    MarkerSprites sprites(2.0);
    const qint64 before = sprites.image().cacheKey();
    QRectF disc = sprites.sprite({MarkerSprites::Kind::Cluster, {}, {}, false, {}});
    CHECK(disc.width() == MarkerSprites::footprint(MarkerSprites::Kind::Cluster) * 2);
    CHECK(sprites.image().cacheKey() != before); // painted: a renderer re-uploads
    for (int count = 2; count < 3000000; count = count < 20000 ? count + 1 : count * 3 / 2)
        for (const QChar c : MarkerSprites::countLabel(count)) {
            double advance = 0;
            const QRectF glyph = sprites.glyph(c, &advance);
            CHECK(advance > 2);
            CHECK(glyph.height() == MarkerSprites::footprint(MarkerSprites::Kind::Glyph) * 2);
            CHECK(sprites.image().rect().contains(glyph.toAlignedRect()));
        }
    CHECK(sprites.resets() == 0);
    const qint64 painted = sprites.image().cacheKey();
    CHECK(sprites.sprite({MarkerSprites::Kind::Cluster, {}, {}, false, {}}) == disc); // the same sprite, not painted again
    CHECK(sprites.image().cacheKey() == painted);
}

TEST_CASE("count labels stay short", "[quick][sprites]")
{
    CHECK(MarkerSprites::countLabel(7) == "7");
    CHECK(MarkerSprites::countLabel(999) == "999");
    CHECK(MarkerSprites::countLabel(1000) == "1.0k");
    CHECK(MarkerSprites::countLabel(1234) == "1.2k");
    CHECK(MarkerSprites::countLabel(9949) == "9.9k");
    CHECK(MarkerSprites::countLabel(9999) == "10k");
    CHECK(MarkerSprites::countLabel(45678) == "46k");
    CHECK(MarkerSprites::countLabel(999499) == "999k");
    CHECK(MarkerSprites::countLabel(999999) == "1.0M");
    CHECK(MarkerSprites::countLabel(2500000) == "2.5M");
    for (int count = 1; count < 5000000; count += 137) // never more than four characters
        CHECK(MarkerSprites::countLabel(count).size() <= 4);
}

namespace {
// Where a symbol covers its square: one flag per pixel.
std::vector<bool> coverage(const QString &family)
{
    QImage image(40, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.translate(20, 20);
    SymbolPainter::paint(painter, {MarkerSprites::Kind::Point, family, QColor("#2c6fbb"), false, {}});
    painter.end();
    std::vector<bool> covered;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            covered.push_back(qAlpha(image.pixel(x, y)) > 128);
    return covered;
}
} // namespace

TEST_CASE("each type family's symbol has a shape of its own, told apart at a glance", "[quick][sprites]")
{
    const QStringList families{"clash", "territory", "movement", "diplomatic", "other"};
    std::vector<std::vector<bool>> shapes;
    for (const QString &family : families)
        shapes.push_back(coverage(family));
    for (size_t a = 0; a < shapes.size(); ++a) {
        const long area = std::count(shapes[a].begin(), shapes[a].end(), true);
        CHECK(area > 100); // drawn, not a speck
        for (size_t b = a + 1; b < shapes.size(); ++b) {
            long differ = 0;
            for (size_t i = 0; i < shapes[a].size(); ++i)
                differ += shapes[a][i] != shapes[b][i];
            INFO(families[int(a)].toStdString() << " vs " << families[int(b)].toStdString());
            // A fifth of the symbol's pixels or more: a different outline, not a rounded corner.
            CHECK(differ > area / 5);
        }
    }
}

TEST_CASE("the hatch of records known only to a region stands out from every country fill", "[quick][style]")
{
    const QColor tint = MapStyle::regionTint();
    for (const QColor &fill : MapStyle::countryPalette()) {
        // The hatch's lines over the fill, as drawn.
        const double a = tint.alphaF();
        const QColor over(int(tint.red() * a + fill.red() * (1 - a)), int(tint.green() * a + fill.green() * (1 - a)),
            int(tint.blue() * a + fill.blue() * (1 - a)));
        for (const QColor &other : MapStyle::countryPalette()) {
            const int distance = std::abs(over.red() - other.red()) + std::abs(over.green() - other.green())
                + std::abs(over.blue() - other.blue());
            INFO(fill.name().toStdString() << " hatched vs " << other.name().toStdString());
            CHECK(distance > 150);
        }
        // No fill is of the hatch's hue (violet) or a status colour's pink.
        CHECK(std::abs(fill.hslHue() - tint.hslHue()) > 60);
    }
}
