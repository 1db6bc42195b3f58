// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace conflictmap {

// One incident as stored, as UTF-8 bytes, for streaming many of them
// (export) without building a QString per field. The views point into the
// database cursor and are valid only while the visitor runs; empty means
// absent (the store keeps no empty strings).
struct IncidentRow {
    struct RegionShareRow {
        std::string region;
        double share;
    };
    struct ClaimRow {
        std::string claimant, stance, quote, translation;
        std::string title, url, publisher, language, published; // its source
        std::string document; // the SHA-256 of the source's stored document, or empty
        std::string reliability, credibility; // the grades (A–F, 1–6), or empty
    };

    qint64 id = 0;
    double lon = 0;
    double lat = 0;
    struct ActorRow {
        std::string name, side, type; // side and type empty when not known
    };

    std::optional<qint64> fatalities, fatalitiesLow, fatalitiesHigh;
    std::optional<qint64> quantity;
    std::string_view type, title, description, date, datePrecision, precision, region, status, equipment, created, updated;
    std::string_view extra; // a JSON object, as stored
    std::string_view geometry; // WKB of a line or area; empty for a point
    std::string_view dateUntil; // the end of a date range, or empty
    std::vector<RegionShareRow> regions; // the units a line or area touches, largest share first
    std::vector<ActorRow> actors;
    std::vector<ClaimRow> claims;
};

} // namespace conflictmap
