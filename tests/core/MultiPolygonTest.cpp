// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "geo/MultiPolygon.h"

using namespace conflictmap;

namespace {
const Polygon kSquareWithHole{{{{0, 0}, {4, 0}, {4, 4}, {0, 4}}, {{1, 1}, {1, 3}, {3, 3}, {3, 1}}}};
// A U shape: its bounding-box centre (2, 2) is outside it.
const Polygon kUShape{{{{0, 0}, {4, 0}, {4, 4}, {3, 4}, {3, 1}, {1, 1}, {1, 4}, {0, 4}}}};
} // namespace

TEST_CASE("point in polygon respects holes", "[core][geometry]")
{
    CHECK(contains(kSquareWithHole, {0.5, 0.5}));
    CHECK_FALSE(contains(kSquareWithHole, {2, 2}));
    CHECK_FALSE(contains(kSquareWithHole, {5, 2}));
    CHECK(contains(kUShape, {0.5, 3}));
    CHECK_FALSE(contains(kUShape, {2, 2}));
}

TEST_CASE("area subtracts holes", "[core][geometry]")
{
    CHECK(areaOf(kSquareWithHole) == Approx(12.0));
    CHECK(areaOf(kUShape) == Approx(10.0));
}

TEST_CASE("interior point is inside even when the centre is not", "[core][geometry]")
{
    CHECK(contains(kUShape, interiorPointOf(kUShape)));
    CHECK(contains(kSquareWithHole, interiorPointOf(kSquareWithHole)));
    const QRectF b = boundsOf(kUShape);
    CHECK(b == QRectF(0, 0, 4, 4));
}
