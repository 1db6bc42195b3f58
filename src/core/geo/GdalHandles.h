// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <gdal.h>
#include <gdal_utils.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

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

struct SpatialReferenceReleaser {
    void operator()(OGRSpatialReferenceH h) const { OSRRelease(h); }
};
struct WarpOptionsFreer {
    void operator()(GDALWarpAppOptions *o) const { GDALWarpAppOptionsFree(o); }
};
struct TranslateOptionsFreer {
    void operator()(GDALTranslateOptions *o) const { GDALTranslateOptionsFree(o); }
};
struct DemProcessingOptionsFreer {
    void operator()(GDALDEMProcessingOptions *o) const { GDALDEMProcessingOptionsFree(o); }
};

using Dataset = std::unique_ptr<std::remove_pointer_t<GDALDatasetH>, DatasetCloser>;
using SpatialReference = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SpatialReferenceReleaser>;
using WarpOptions = std::unique_ptr<GDALWarpAppOptions, WarpOptionsFreer>;
using TranslateOptions = std::unique_ptr<GDALTranslateOptions, TranslateOptionsFreer>;
using DemProcessingOptions = std::unique_ptr<GDALDEMProcessingOptions, DemProcessingOptionsFreer>;
using Feature = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDestroyer>;
using Geometry = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDestroyer>;

} // namespace conflictmap::gdal
