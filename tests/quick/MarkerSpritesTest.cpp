#include "CatchQtStrings.h"

#include "MarkerSprites.h"

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
