// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <catch2/catch.hpp>

#include "MapViewport.h"

using conflictmap::MapViewport;

TEST_CASE("viewport maps projected to screen and back, y growing north", "[quick][viewport]")
{
    MapViewport v;
    v.setSize({800, 600});
    v.setCenter({5000000, 4700000});
    v.setResolution(250);
    CHECK(v.toScreen({5000000, 4700000}) == QPointF(400, 300));
    CHECK(v.toScreen({5000000 + 250, 4700000 + 250}) == QPointF(401, 299));
    const QPointF p = v.toProjected({123.5, 456.25});
    CHECK(v.toScreen(p).x() == Approx(123.5));
    CHECK(v.toScreen(p).y() == Approx(456.25));
    const QRectF extent = v.projectedExtent();
    CHECK(extent.width() == Approx(800 * 250));
    CHECK(extent.height() == Approx(600 * 250));
    CHECK(v.transform().map(QPointF(5000000, 4700000)) == QPointF(400, 300));
    // With an origin, offsets map as absolute coordinates would.
    const QPointF origin(4990000, 4710000);
    CHECK(v.transform(origin).map(QPointF(10000, -10000)) == v.toScreen({5000000, 4700000}));
}

TEST_CASE("zooming around a point keeps it fixed, and panning moves content with the pointer", "[quick][viewport]")
{
    MapViewport v;
    v.setSize({800, 600});
    v.setCenter({0, 0});
    v.setResolution(100);
    const QPointF anchor(100, 500);
    const QPointF fixed = v.toProjected(anchor);
    v.zoomAround(anchor, 2.0);
    CHECK(v.resolution() == Approx(50));
    CHECK(v.toScreen(fixed).x() == Approx(anchor.x()));
    CHECK(v.toScreen(fixed).y() == Approx(anchor.y()));
    const QPointF before = v.toScreen({1000, 1000});
    v.panBy({30, -20});
    const QPointF after = v.toScreen({1000, 1000});
    CHECK(after.x() == Approx(before.x() + 30));
    CHECK(after.y() == Approx(before.y() - 20));
}
