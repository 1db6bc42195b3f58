// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/Geometry.h"
#include "model/Claim.h"

#include <QDate>

#include <vector>

namespace conflictmap {

// One version of the territory a party holds: "as of 'date', 'party'
// controls 'area'", as the analyst assesses it (claimedBy empty) or as
// 'claimedBy' claims it (a ministry, a militia's channel). Versions of the
// same party and claimant form a series; the party's control on a day is
// the series' latest version on or before that day.
struct ControlRecord {
    qint64 id = 0;
    QString party;
    QString claimedBy;
    QDate date;
    Geometry area; // Polygon or MultiPolygon, WGS 84
    double areaKm2 = 0; // geodesic; set by the store
    QString note;
    // Where an imported version came from (its feature's id in the dataset);
    // both empty for versions not imported.
    QString importDataset;
    QString importId;
    QString created; // UTC, ISO 8601; set by the store
    QString updated;
    std::vector<Claim> claims; // the sources it rests on, with quotes

    bool isAssessed() const { return claimedBy.isEmpty(); }
};

// A series: one party's control as one claimant (or the analyst) sees it.
struct ControlSeries {
    QString party;
    QString claimedBy; // empty: assessed
    QDate first;
    QDate last;
    qint64 versions = 0;

    friend bool operator==(const ControlSeries &a, const ControlSeries &b)
    {
        return a.party == b.party && a.claimedBy == b.claimedBy;
    }
};

// A party to the conflict, with the colour its areas are drawn in.
struct Party {
    QString name;
    QString color; // "#rrggbb"
};

} // namespace conflictmap
