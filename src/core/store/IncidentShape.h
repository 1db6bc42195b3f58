// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/Geometry.h"
#include "model/Vocabulary.h"

namespace conflictmap {

// What the map needs to draw an incident's line or area: the shape, and
// what picks its colour and whether it has a direction (a movement's
// family). Nothing else is read: titles and claims are read when selected.
struct IncidentShape {
    qint64 id = 0;
    QString family; // of its type: clash, territory, movement, diplomatic, other
    IncidentStatus status = IncidentStatus::Reported;
    Geometry geometry;
};

} // namespace conflictmap
