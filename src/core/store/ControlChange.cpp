// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/ControlChange.h"

#include "geo/GeodesicArea.h"
#include "geo/GeometryEngine.h"

namespace conflictmap {

Result<ControlChange> ControlChange::between(std::optional<ControlRecord> from, std::optional<ControlRecord> to)
{
    ControlChange change;
    change.from = std::move(from);
    change.to = std::move(to);
    const Geometry none = Geometry::multiPolygon({});
    const Geometry &before = change.from ? change.from->area : none;
    const Geometry &after = change.to ? change.to->area : none;
    GeometryEngine engine;
    Result<Geometry> gained = engine.difference(after, before);
    if (!gained)
        return Result<ControlChange>::failure(gained.problem());
    Result<Geometry> lost = engine.difference(before, after);
    if (!lost)
        return Result<ControlChange>::failure(lost.problem());
    change.gained = std::move(gained.value());
    change.lost = std::move(lost.value());
    change.gained.orientByRightHandRule();
    change.lost.orientByRightHandRule();
    change.gainedKm2 = GeodesicArea::of(change.gained.polygons) / 1e6;
    change.lostKm2 = GeodesicArea::of(change.lost.polygons) / 1e6;
    return change;
}

} // namespace conflictmap
