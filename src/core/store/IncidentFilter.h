// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QRectF>
#include <QString>

#include <optional>

namespace conflictmap {

// Which incidents to list; every set field narrows the result.
struct IncidentFilter {
    QString region; // ISO 3166-2 code, or a country code for all its units
    QString type;
    QString status;
    std::optional<QDate> since; // incidents whose date period reaches this day or later
    std::optional<QDate> until; // incidents whose date period starts on this day or earlier
    std::optional<QRectF> bbox; // lon/lat: x = west, y = south, right = east, bottom = north
    QString text; // full-text query over titles, descriptions, claims
    // Incidents with at least one claim graded this well or better: its
    // source's reliability (A best … F) and the claim's credibility (1 best
    // … 6); empty or 0: any, ungraded ones included.
    QString reliability;
    int credibility = 0;
    int limit = -1;
};

} // namespace conflictmap
