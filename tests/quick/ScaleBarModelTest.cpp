// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "MapScene.h"
#include "MapView.h"
#include "ScaleBarModel.h"
#include "geo/ScaleDistance.h"

using conflictmap::roundScaleDistance;
using conflictmap::ScaleBarModel;

TEST_CASE("scale bar picks the longest 1-2-5 distance that fits", "[quick][scalebar]")
{
    CHECK(roundScaleDistance(1.0, 120) == 100);
    CHECK(roundScaleDistance(1.0, 99) == 50);
    CHECK(roundScaleDistance(250.0, 120) == 20000);
    CHECK(roundScaleDistance(0.3, 100) == 20);
    CHECK(roundScaleDistance(0, 100) == 0);
    CHECK(roundScaleDistance(qQNaN(), 100) == 0);
}

TEST_CASE("scale bar follows the map", "[quick][scalebar]")
{
    MapScene scene(QStringLiteral("center: QtPositioning.coordinate(39.5, 46.3)\nzoomLevel: 9"));
    ScaleBarModel model;
    model.setMaximumWidth(150);
    model.setMap(scene.map());
    const double mpp = scene.map()->metersPerPixel();
    // Web Mercator at zoom 9 and 39.5° N: 305.7 m/px × cos(39.5°).
    CHECK(mpp == Approx(305.748 * std::cos(39.5 * M_PI / 180)).epsilon(0.01));
    CHECK(model.meters() == 20000);
    CHECK(model.text() == "20 km");
    CHECK(model.width() == Approx(20000 / mpp));
    CHECK(model.width() <= 150);
    scene.map()->zoomIn();
    CHECK(model.text() == "10 km");
}
