// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRectF>
#include <QSize>
#include <QString>

namespace conflictmap {

// What a base map is drawn for: a rectangle in the display CRS (x east,
// y north, lon/lat order for geographic CRSs) and the image size in pixels.
struct RasterView {
    QString crs; // anything GDAL's OSRSetFromUserInput takes: "EPSG:32638", WKT
    QRectF extent;
    QSize size;

    bool isValid() const { return !crs.isEmpty() && !extent.isEmpty() && !size.isEmpty(); }
    double resolution() const { return size.width() > 0 ? extent.width() / size.width() : 0.0; }
    friend bool operator==(const RasterView &a, const RasterView &b)
    {
        return a.crs == b.crs && a.extent == b.extent && a.size == b.size;
    }
    friend bool operator!=(const RasterView &a, const RasterView &b) { return !(a == b); }
};

} // namespace conflictmap
