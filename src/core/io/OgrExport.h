// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "store/IncidentFilter.h"

#include <QString>

#include <functional>
#include <optional>

namespace conflictmap {

class IncidentStore;

// Exporting incidents through GDAL, in the formats other tools read:
// - GeoPackage: a layer a geometry kind (incident_points, incident_lines,
//   incident_areas; only those with records), the tables claims and
//   sources related to them (gpkg related tables, GDAL relationships), and
//   a QGIS style in layer_styles for each layer (the status colours of
//   conflictmap), so QGIS opens it styled;
// - KML: one placemark a record, its name the title, its description the
//   fields, claims and sources in plain text;
// - CSV: one row a record, its geometry as WKT (column WKT).
// Every format has the same fields: id, type, title, date, date_precision,
// precision, region, status, actors ("; "), description, equipment,
// quantity, fatalities, claims (how many), sources (titles, "; "),
// reliability and credibility (the best grades of its claims), created,
// updated (KML: the description is in the placemark's). Written to a
// temporary file renamed into place when complete.
namespace OgrExport {
enum class Format { GeoPackage, Kml, Csv };
// "gpkg", "kml", "csv" (any case); none for another name.
std::optional<Format> formatNamed(const QString &name);
// The format of a file name by its extension (.gpkg, .kml, .csv), if any.
std::optional<Format> formatOfPath(const QString &path);

struct Summary {
    qint64 features = 0;
    qint64 claims = 0; // rows of the GeoPackage's claims and sources tables
    qint64 sources = 0; // (0 for KML and CSV, which have none)
};
using Progress = std::function<bool(qint64 features)>;
Result<Summary> toFile(
    const IncidentStore &store, const IncidentFilter &filter, const QString &path, Format format, const Progress &progress = {});
} // namespace OgrExport

} // namespace conflictmap
