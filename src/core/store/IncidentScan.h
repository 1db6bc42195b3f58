// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/IncidentRow.h"

#include <functional>

namespace conflictmap {

// How every backend's scan reads: four cursors in incident order (the
// incidents, their actors, claims and regions), merged, so there is no
// query per incident and nothing held but the current one. A cursor has
// next(), integer, real, optionalInteger and bytes of its current row, in
// the column order of the scans' SELECTs; 'geometry' gives the current
// incident's WKB (column 17), valid until the next row; then date_until,
// fatalities_low and fatalities_high.
template <typename Cursor, typename Geometry>
qint64 mergeScan(Cursor &incidents, Cursor &actors, Cursor &claims, Cursor &regions, const Geometry &geometry,
    const std::function<bool(const IncidentRow &)> &visit)
{
    IncidentRow row;
    bool actorReady = actors.next(), claimReady = claims.next(), regionReady = regions.next();
    qint64 count = 0;
    while (incidents.next()) {
        row.id = incidents.integer(0);
        row.lon = incidents.real(1);
        row.lat = incidents.real(2);
        row.fatalities = incidents.optionalInteger(3);
        row.quantity = incidents.optionalInteger(4);
        std::string_view *fields[] = {&row.type, &row.title, &row.description, &row.date, &row.datePrecision, &row.precision,
            &row.region, &row.status, &row.equipment, &row.created, &row.updated, &row.extra};
        for (int i = 0; i < 12; ++i)
            *fields[i] = incidents.bytes(5 + i);
        row.geometry = geometry(incidents);
        row.dateUntil = incidents.bytes(18);
        row.fatalitiesLow = incidents.optionalInteger(19);
        row.fatalitiesHigh = incidents.optionalInteger(20);
        row.regions.clear();
        for (; regionReady && regions.integer(0) <= row.id; regionReady = regions.next())
            if (regions.integer(0) == row.id)
                row.regions.push_back({std::string(regions.bytes(1)), regions.real(2)});
        row.actors.clear();
        for (; actorReady && actors.integer(0) <= row.id; actorReady = actors.next())
            if (actors.integer(0) == row.id)
                row.actors.push_back({std::string(actors.bytes(1)), std::string(actors.bytes(2)), std::string(actors.bytes(3))});
        row.claims.clear();
        for (; claimReady && claims.integer(0) <= row.id; claimReady = claims.next()) {
            if (claims.integer(0) != row.id)
                continue;
            IncidentRow::ClaimRow &claim = row.claims.emplace_back();
            std::string *out[] = {&claim.claimant, &claim.stance, &claim.quote, &claim.translation, &claim.title, &claim.url,
                &claim.publisher, &claim.language, &claim.published, &claim.document, &claim.reliability, &claim.credibility};
            for (int i = 0; i < 12; ++i)
                out[i]->assign(claims.bytes(1 + i));
        }
        ++count;
        if (!visit(row))
            break;
    }
    return count;
}

} // namespace conflictmap
