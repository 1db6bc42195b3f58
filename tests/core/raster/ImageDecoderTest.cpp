// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "raster/ImageDecoder.h"

#include <QBuffer>
#include <QImage>

using namespace conflictmap;

namespace {
QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, format));
    return bytes;
}
} // namespace

TEST_CASE("tile images decode to RGBA whatever their format and bands", "[core][raster]")
{
    QImage rgb(4, 3, QImage::Format_RGB32);
    rgb.fill(QColor(10, 120, 240));
    QImage paletted = rgb.convertToFormat(QImage::Format_Indexed8);
    QImage grey(4, 3, QImage::Format_Grayscale8);
    grey.fill(QColor(90, 90, 90));
    QImage translucent(4, 3, QImage::Format_ARGB32);
    translucent.fill(QColor(200, 100, 50, 128));
    struct Case {
        QByteArray bytes;
        QColor expected;
    };
    const Case cases[] = {{encoded(rgb, "PNG"), QColor(10, 120, 240)}, {encoded(paletted, "PNG"), QColor(10, 120, 240)},
        {encoded(grey, "PNG"), QColor(90, 90, 90)}, {encoded(translucent, "PNG"), QColor(200, 100, 50, 128)},
        {encoded(rgb, "JPEG"), QColor(10, 120, 240)}};
    for (const Case &c : cases) {
        const Result<RgbaImage> image = decodeImage(c.bytes);
        REQUIRE(image);
        CHECK(image->width == 4);
        CHECK(image->height == 3);
        const auto *p = reinterpret_cast<const uchar *>(image->pixels.constData());
        CHECK(std::abs(p[0] - c.expected.red()) <= 3);
        CHECK(std::abs(p[1] - c.expected.green()) <= 3);
        CHECK(std::abs(p[2] - c.expected.blue()) <= 3);
        CHECK(p[3] == c.expected.alpha());
    }
}

TEST_CASE("bytes that are no image are reported as such", "[core][raster]")
{
    CHECK(decodeImage({}).error().contains(QStringLiteral("empty")));
    CHECK(decodeImage("<html><body>Rate limited</body></html>").error() == QStringLiteral("not an image (HTML or XML)"));
    const auto garbage = decodeImage(QByteArray("\x13\x37garbage bytes", 15));
    REQUIRE_FALSE(garbage);
    CHECK(garbage.error().startsWith(QStringLiteral("not an image (15 bytes starting 13 37")));
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    CHECK_FALSE(decodeImage(png.left(png.size() / 2)));
}

TEST_CASE("an image larger than any tile is refused before it is read", "[core][raster]")
{
    // 5,000 pixels wide and one high: a small file whose header a hostile
    // server could as well make 60,000 by 60,000.
    QImage wide(5000, 1, QImage::Format_RGB32);
    wide.fill(Qt::blue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(wide.save(&buffer, "PNG"));
    const Result<RgbaImage> decoded = decodeImage(png);
    REQUIRE_FALSE(decoded);
    CHECK(decoded.error().contains(QStringLiteral("5000 × 1 pixels, larger than a tile can be")));
}
