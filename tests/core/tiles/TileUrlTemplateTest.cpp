// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "tiles/TileUrlTemplate.h"

using namespace conflictmap;

TEST_CASE("a tile URL template puts zoom column row and subdomain in place", "[core][tiles]")
{
    const auto parsed = TileUrlTemplate::parse(QStringLiteral(" https://{s}.tile.example.org/{z}/{x}/{y}.png "));
    REQUIRE(parsed);
    CHECK(parsed->url({5, 21, 12}).toString() == QStringLiteral("https://a.tile.example.org/5/21/12.png"));
    CHECK(parsed->url({5, 22, 12}).toString() == QStringLiteral("https://b.tile.example.org/5/22/12.png"));
    CHECK(parsed->url({5, 22, 13}).toString() == QStringLiteral("https://c.tile.example.org/5/22/13.png"));
    const auto other = TileUrlTemplate::parse(QStringLiteral("https://tile.example.org/{z}/{y}/{x}.png"));
    REQUIRE(other);
    CHECK(other->cacheKey() != parsed->cacheKey());
    CHECK(other->cacheKey().size() == 16);
}

TEST_CASE("a tile URL template without its placeholders or not on http is refused with a reason", "[core][tiles]")
{
    struct Case {
        const char *text;
        const char *error;
    };
    const Case cases[] = {
        {"", "empty"},
        {"https://tile.example.org/{z}/{x}.png", "has no {y}"},
        {"https://tile.example.org/tiles.png", "has no {z}, {x}, {y}"},
        {"ftp://tile.example.org/{z}/{x}/{y}.png", "only http and https"},
        {"file:///tmp/{z}/{x}/{y}.png", "only http and https"},
        {"javascript:alert(1)//{z}/{x}/{y}", "only http and https"},
        {"https://tile.example.org/{z}/{x}/{y}.png?key={apikey}", "{apikey}"},
        {"https:///{z}/{x}/{y}.png", "names no host"},
        {"tile.example.org/{z}/{x}/{y}.png", "is not a URL"},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const auto parsed = TileUrlTemplate::parse(QString::fromUtf8(c.text));
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().contains(QString::fromUtf8(c.error)));
        CHECK_FALSE(parsed.error().contains(QLatin1Char('\n')));
    }
}

TEST_CASE("only text with a URL scheme other than file is taken for a tile service", "[core][tiles]")
{
    CHECK(TileUrlTemplate::looksLikeUrl(QStringLiteral("https://tile.example.org/{z}/{x}/{y}.png")));
    CHECK(TileUrlTemplate::looksLikeUrl(QStringLiteral("ftp://example.org/a.tif")));
    CHECK_FALSE(TileUrlTemplate::looksLikeUrl(QStringLiteral("/home/analyst/maps/border.tif")));
    CHECK_FALSE(TileUrlTemplate::looksLikeUrl(QStringLiteral("file:///home/analyst/maps/border.tif")));
    CHECK_FALSE(TileUrlTemplate::looksLikeUrl(QStringLiteral("C:/maps/border.tif")));
}
