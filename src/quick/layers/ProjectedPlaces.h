// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gazetteer/Gazetteer.h"

#include <QPointF>

#include <memory>
#include <vector>

namespace conflictmap {

// A gazetteer's populated places made ready to draw in one display CRS:
// projected, most important first. Immutable once built, built off the UI
// thread; holds its gazetteer, into which 'entries' point.
struct ProjectedPlaces {
    struct Place {
        const GazetteerEntry *entry;
        QPointF projected;
        bool capital; // of a country (GeoNames PPLC)
    };
    std::shared_ptr<const Gazetteer> gazetteer;
    QString crs;
    std::vector<Place> places; // capitals first, then by population

    // Null and *error set when PROJ cannot make the transformation.
    static std::shared_ptr<const ProjectedPlaces> build(
        std::shared_ptr<const Gazetteer> gazetteer, const QString &crs, QString *error);
};

} // namespace conflictmap
