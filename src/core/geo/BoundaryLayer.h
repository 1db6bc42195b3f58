// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/Region.h"
#include "geo/RegionIndex.h"

#include <QString>

#include <memory>
#include <vector>

namespace conflictmap {

// An administrative-boundary layer read through GDAL from any OGR vector
// format (GeoPackage, GeoJSON, Shapefile, KML…): its polygons, normalised
// to WGS 84 longitude/latitude with PROJ, their attributes and names, and an
// index answering which region contains a point.
class BoundaryLayer {
public:
    // Opens 'path'. 'layerName' picks a layer; empty means the first layer
    // that holds polygons. Returns null and sets *error to one line naming
    // the problem: a missing file, a file GDAL cannot read, no polygon layer,
    // no coordinate reference system.
    static std::unique_ptr<BoundaryLayer> open(const QString &path, QString *error, const QString &layerName = {});

    // The layer bundled with the app (Natural Earth admin-1, South Caucasus).
    static QString defaultPath();
    // The world's countries bundled with the app (Natural Earth admin-0),
    // drawn beneath the boundary layer.
    static QString worldPath();
    // Holds pointers into itself (index to regions, error handler to message).
    BoundaryLayer(const BoundaryLayer &) = delete;
    BoundaryLayer &operator=(const BoundaryLayer &) = delete;

    const QString &path() const { return m_path; }
    const QString &layerName() const { return m_layerName; }
    // The CRS the data was stored in, as PROJ names it.
    const QString &sourceCrsName() const { return m_sourceCrsName; }
    const std::vector<Region> &regions() const { return m_regions; }
    QRectF bounds() const { return m_bounds; }
    // Features that were skipped (no geometry, not polygonal, not projectable).
    int skippedFeatures() const { return m_skipped; }

    // The region containing the WGS 84 point (lon, lat), or null.
    const Region *regionAt(const QPointF &lonLat) const;
    // Index into regions() of that region, or -1.
    int regionIndexAt(const QPointF &lonLat) const;
    const Region *regionByCode(const QString &code) const;
    // The layer's spelling of 'code' when it names one of its units or, as
    // an ISO 3166-1 alpha-2 code, the country of some of them ("am" gives
    // "AM"); empty when it names neither.
    QString unitOrCountryCode(const QString &code) const;

private:
    BoundaryLayer() = default;

    QString m_path;
    QString m_layerName;
    QString m_sourceCrsName;
    std::vector<Region> m_regions;
    QRectF m_bounds;
    int m_skipped = 0;
    std::unique_ptr<RegionIndex> m_index;
};

} // namespace conflictmap
