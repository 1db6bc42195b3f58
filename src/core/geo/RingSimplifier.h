// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/MultiPolygon.h"

namespace conflictmap {

// Douglas–Peucker simplification of a closed ring: keeps the vertices that
// stray more than 'tolerance' (in the ring's units) from the simplified
// outline, so the result is within 'tolerance' of the original everywhere.
// Used for the coarse levels of detail of a boundary layer, where a pixel
// spans kilometres. Returns an empty ring when fewer than three vertices
// would remain (the ring is smaller than the tolerance).
Ring simplifyRing(const Ring &ring, double tolerance);

} // namespace conflictmap
