// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <gdal.h>
#include <ogr_api.h>

#include <memory>

namespace conflictmap::gdal {

// Owning handles for the GDAL/OGR C API objects the core uses.
struct DatasetCloser {
    void operator()(GDALDatasetH h) const { GDALClose(h); }
};
struct FeatureDestroyer {
    void operator()(OGRFeatureH h) const { OGR_F_Destroy(h); }
};
struct GeometryDestroyer {
    void operator()(OGRGeometryH h) const { OGR_G_DestroyGeometry(h); }
};

using Dataset = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;
using Feature = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;
using Geometry = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDestroyer>;

} // namespace conflictmap::gdal
