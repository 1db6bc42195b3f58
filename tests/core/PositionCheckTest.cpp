// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "geo/BoundaryLayer.h"
#include "geo/PositionCheck.h"

using namespace conflictmap;

TEST_CASE("a point outside the layer is warned about, and a swap suggested only when it would land inside", "[core][layer]")
{
    QString error;
    const auto layer = BoundaryLayer::open(BoundaryLayer::defaultPath(), &error);
    REQUIRE(layer);
    using Verdict = PositionCheck::Verdict;

    // Goris, as given and with latitude and longitude exchanged (which
    // lands in Krasnodar Krai: a real place of the layer, so no warning).
    CHECK(PositionCheck::verdict(*layer, 39.507, 46.338) == Verdict::Inside);
    CHECK(PositionCheck::warning(*layer, 39.507, 46.338).isEmpty());
    CHECK(PositionCheck::verdict(*layer, 46.338, 39.507) == Verdict::Inside);

    // Baku exchanged is nowhere in the layer; Baku is.
    CHECK(PositionCheck::verdict(*layer, 49.87, 40.41) == Verdict::Swapped);
    CHECK(PositionCheck::warning(*layer, 49.87, 40.41)
        == "49.87, 40.41 is outside the boundary layer; were latitude and longitude swapped?");
    CHECK(PositionCheck::warning(*layer, 49.87, 40.41, "--lat", "--lon")
        == "49.87, 40.41 is outside the boundary layer; were --lat and --lon swapped?");

    CHECK(PositionCheck::verdict(*layer, 10, 10) == Verdict::Outside);
    CHECK(PositionCheck::warning(*layer, 10, 10) == "10, 10 is outside the boundary layer");
    // A longitude beyond ±90 is no latitude: no swap to suggest.
    CHECK(PositionCheck::verdict(*layer, 45, 170) == Verdict::Outside);
}
