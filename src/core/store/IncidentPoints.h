// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Vocabulary.h"

#include <QStringList>

#include <cstdint>
#include <vector>

namespace conflictmap {

// What the map and the list need of one incident to place, draw and order
// it, and nothing more: 32 bytes, so a million fit in 32 MB and load in one
// pass. Titles, claims and the rest are read per row when shown.
struct IncidentPoint {
    qint64 id;
    double lon, lat;
    std::int32_t region; // index into IncidentPoints::regions, -1 for none
    std::uint16_t type; // index into IncidentPoints::types
    LocationPrecision precision;
    IncidentStatus status;
};

// The incidents a filter selects, oldest first (date, then id).
struct IncidentPoints {
    std::vector<IncidentPoint> points;
    QStringList types; // distinct type names, by first appearance
    QStringList regions; // distinct region codes, by first appearance
};

} // namespace conflictmap
