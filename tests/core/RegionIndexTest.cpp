// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "geo/BoundaryLayer.h"
#include "geo/RegionIndex.h"

#include <QRandomGenerator>

using namespace conflictmap;

TEST_CASE("the grid index answers exactly as testing every polygon", "[core][index]")
{
    QString error;
    auto layer = BoundaryLayer::open(BoundaryLayer::defaultPath(), &error);
    REQUIRE(layer);
    const QRectF extent = layer->bounds();
    QRandomGenerator random(20261126);
    int inside = 0;
    for (int i = 0; i < 20000; ++i) {
        const QPointF p(
            extent.left() + random.generateDouble() * extent.width(), extent.top() + random.generateDouble() * extent.height());
        int expected = -1;
        for (size_t r = 0; r < layer->regions().size() && expected < 0; ++r)
            for (const Polygon &polygon : layer->regions()[r].geometry)
                if (contains(polygon, p)) {
                    expected = int(r);
                    break;
                }
        INFO(p.x() << ", " << p.y());
        REQUIRE(layer->regionIndexAt(p) == expected);
        inside += expected >= 0;
    }
    // The sample must exercise both answers.
    CHECK(inside > 2000);
    CHECK(inside < 20000);
}

TEST_CASE("an empty index and non-finite points find nothing", "[core][index]")
{
    const std::vector<Region> none;
    RegionIndex empty(none);
    CHECK(empty.regionAt({0, 0}) == -1);
    QString error;
    auto layer = BoundaryLayer::open(BoundaryLayer::defaultPath(), &error);
    REQUIRE(layer);
    CHECK(layer->regionIndexAt({qQNaN(), 40}) == -1);
    CHECK(layer->regionIndexAt({46, qInf()}) == -1);
}
