// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "geo/Geometry.h"

namespace conflictmap {

// A geometry the user asked to have repaired (GeometryEngine::repaired,
// GEOS's MakeValid), with one line saying what changed, so the analyst
// knows what is stored: "the polygon was split into 2 parts at 45.50000 E,
// 39.50000 N (area now 4,774.8 km²)". A valid geometry comes back as
// it was, with an empty 'change'.
struct GeometryRepair {
    Geometry geometry;
    QString change;

    // Refused when nothing valid is left, or when what is wrong is no
    // matter of shape (a coordinate out of range, an empty geometry): the
    // problem of what repair left, as GeometryEngine::problem says it.
    static Result<GeometryRepair> of(const Geometry &geometry);
};

} // namespace conflictmap
