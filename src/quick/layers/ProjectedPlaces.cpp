// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/ProjectedPlaces.h"

#include "geo/CrsTransform.h"

#include <algorithm>
#include <cmath>

namespace conflictmap {

std::shared_ptr<const ProjectedPlaces> ProjectedPlaces::build(
    std::shared_ptr<const Gazetteer> gazetteer, const QString &crs, QString *error)
{
    auto toDisplay = CrsTransform::create(QStringLiteral("EPSG:4326"), crs, error);
    if (!toDisplay)
        return nullptr;
    auto projected = std::make_shared<ProjectedPlaces>();
    projected->crs = crs;
    std::vector<QPointF> points;
    std::vector<const GazetteerEntry *> entries;
    for (const GazetteerEntry &entry : gazetteer->entries())
        if (entry.kind == GazetteerEntry::Kind::Place) {
            entries.push_back(&entry);
            points.emplace_back(entry.lon, entry.lat);
        }
    toDisplay->forward(points);
    for (size_t i = 0; i < entries.size(); ++i)
        if (std::isfinite(points[i].x()) && std::isfinite(points[i].y()))
            projected->places.push_back({entries[i], points[i], entries[i]->featureCode == QLatin1String("PPLC")});
    std::stable_sort(projected->places.begin(), projected->places.end(), [](const Place &a, const Place &b) {
        return a.capital != b.capital ? a.capital : a.entry->population > b.entry->population;
    });
    projected->gazetteer = std::move(gazetteer);
    return projected;
}

} // namespace conflictmap
