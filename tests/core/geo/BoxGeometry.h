// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/Geometry.h"

// A lon/lat rectangle as a Polygon, counterclockwise: the area tests build
// their hand-computed cases from.
inline conflictmap::Geometry box(double west, double south, double east, double north)
{
    conflictmap::Polygon p;
    p.rings.push_back({{west, south}, {east, south}, {east, north}, {west, north}});
    return conflictmap::Geometry::polygon(p);
}
