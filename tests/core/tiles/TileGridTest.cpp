// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "tiles/TileGrid.h"

using namespace conflictmap;

TEST_CASE("tile extents follow the XYZ scheme from the north-west corner", "[core][tiles]")
{
    const QRectF world = TileGrid::extent({0, 0, 0});
    CHECK(world.left() == Approx(-TileGrid::kWorldHalfWidth));
    CHECK(world.bottom() == Approx(TileGrid::kWorldHalfWidth)); // y grows north: bottom() is the north edge
    const QRectF southEast = TileGrid::extent({1, 1, 1});
    CHECK(southEast.left() == Approx(0).margin(1e-6));
    CHECK(southEast.top() == Approx(-TileGrid::kWorldHalfWidth));
    CHECK(TileGrid::resolution(0) == Approx(156543.0339).epsilon(1e-9));
}

TEST_CASE("the zoom for a resolution is the nearest level on a log scale", "[core][tiles]")
{
    CHECK(TileGrid::zoomFor(TileGrid::resolution(7)) == 7);
    CHECK(TileGrid::zoomFor(TileGrid::resolution(7) * 1.3) == 7);
    CHECK(TileGrid::zoomFor(TileGrid::resolution(7) * 1.6) == 6);
    CHECK(TileGrid::zoomFor(1e-3) == TileGrid::kMaxZoom);
    CHECK(TileGrid::zoomFor(1e-3, 12) == 12);
    CHECK(TileGrid::zoomFor(1e9) == 0);
    CHECK(TileGrid::zoomFor(0) == 0);
}

TEST_CASE("the tiles covering a rectangle stop at its edges and at the world's", "[core][tiles]")
{
    // Exactly tile 2/1/1: the neighbours it only touches are not included.
    const TileRange one = TileGrid::covering(TileGrid::extent({2, 1, 1}), 2);
    CHECK(one.minX == 1);
    CHECK(one.maxX == 1);
    CHECK(one.minY == 1);
    CHECK(one.maxY == 1);
    const TileRange ring = one.grownBy(1);
    CHECK(ring.columns() == 3);
    CHECK(ring.rows() == 3);
    CHECK(ring.tiles().size() == 9);
    // The corner tile's ring is cut by the world's edge.
    const TileRange corner = TileGrid::covering(TileGrid::extent({3, 0, 0}), 3).grownBy(1);
    CHECK(corner.columns() == 2);
    CHECK(corner.rows() == 2);
    // Larger than the world: clipped to it.
    const TileRange all = TileGrid::covering(QRectF(-1e8, -1e8, 2e8, 2e8), 2);
    CHECK(all.columns() == 4);
    CHECK(all.rows() == 4);
    CHECK(TileGrid::covering(QRectF(1e8, 1e8, 10, 10), 2).isEmpty());
}
