// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "model/ControlRecord.h"

#include <optional>

namespace conflictmap {

// What one series of control gained and lost between two dates: the
// versions in force on each (none when the series had not begun), the
// areas that changed hands, and their geodesic sizes.
struct ControlChange {
    std::optional<ControlRecord> from;
    std::optional<ControlRecord> to;
    Geometry gained; // in 'to' but not in 'from' (MultiPolygon, maybe empty)
    Geometry lost; // in 'from' but not in 'to'
    double gainedKm2 = 0;
    double lostKm2 = 0;

    double fromKm2() const { return from ? from->areaKm2 : 0; }
    double toKm2() const { return to ? to->areaKm2 : 0; }
    // The change in total area; equals gained less lost.
    double netKm2() const { return toKm2() - fromKm2(); }

    static Result<ControlChange> between(std::optional<ControlRecord> from, std::optional<ControlRecord> to);
};

} // namespace conflictmap
