// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "geo/Geometry.h"
#include "io/JsonValue.h"

#include <functional>
#include <memory>
#include <optional>

namespace conflictmap {

// One feature of a vector dataset, as a record is read from it.
struct VectorFeature {
    QString layer; // the dataset's layer (a KML folder, a GeoPackage table)
    qint64 number = 0; // 1-based, over the whole dataset, for messages
    QString id; // the feature's own id (FID) within its layer, as text
    // Its geometry in WGS 84 longitude/latitude, 2D; none when the feature
    // has none or it cannot be read ('geometryError' says why).
    std::optional<Geometry> geometry;
    QString geometryError;
    // Its fields as a JSON object, so the same field mapping reads GeoJSON
    // and every other format: text, numbers, booleans, null; dates and
    // times as ISO 8601 text.
    JsonValue properties;
};

// A vector dataset of any format GDAL reads — KML and KMZ from Google
// Earth, GeoPackage, Shapefile, GPX, GeoJSON, FlatGeobuf, CSV with WKT —
// read feature by feature, every layer in turn, reprojected to WGS 84.
// A KML MultiGeometry of one kind is read as that kind's multi type;
// curves are approximated by lines.
class VectorDataset {
public:
    // Refused in one line: a file GDAL cannot open as vector data.
    static Result<std::unique_ptr<VectorDataset>> open(const QString &path);

    QString path() const { return m_path; }
    // "KML", "GPKG", ...
    QString driverName() const;
    // Features in all layers; -1 when the format cannot tell without reading.
    qint64 featureCount() const;
    // Calls 'visit' for each feature until it returns an error; returns how
    // many were visited.
    Result<qint64> read(const std::function<Result<void>(const VectorFeature &)> &visit);

    ~VectorDataset();

private:
    VectorDataset();
    struct Handle; // the GDAL dataset: GDAL's headers stay out of this one
    QString m_path;
    std::unique_ptr<Handle> m_handle;
};

} // namespace conflictmap
