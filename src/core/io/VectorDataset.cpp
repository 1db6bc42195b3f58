// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/VectorDataset.h"

#include "geo/GdalDrivers.h"
#include "geo/GdalErrorTrap.h"
#include "geo/GdalHandles.h"
#include "geo/Wkb.h"

#include <QFileInfo>

#include <ogr_core.h>

#include <cmath>

namespace conflictmap {

namespace {

struct TransformDestroyer {
    void operator()(OGRCoordinateTransformationH h) const { OCTDestroyCoordinateTransformation(h); }
};
using Transform = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformDestroyer>;

// The multi type of a collection whose members are all of one dimension.
std::optional<OGRwkbGeometryType> homogeneousMultiType(OGRGeometryH collection, QString *error)
{
    int dimension = -1;
    for (int i = 0, n = OGR_G_GetGeometryCount(collection); i < n; ++i) {
        const int d = OGR_G_GetDimension(OGR_G_GetGeometryRef(collection, i));
        if (dimension >= 0 && d != dimension) {
            *error = QStringLiteral("a GeometryCollection mixing points, lines and areas is not supported");
            return std::nullopt;
        }
        dimension = d;
    }
    if (dimension < 0) {
        *error = QStringLiteral("the geometry is empty");
        return std::nullopt;
    }
    return dimension == 0 ? wkbMultiPoint : dimension == 1 ? wkbMultiLineString : wkbMultiPolygon;
}

// Reads an OGR geometry (which it may change) as a Geometry, or says why not.
std::optional<Geometry> toGeometry(OGRGeometryH g, OGRCoordinateTransformationH toWgs84, QString *error)
{
    gdal::Geometry owned; // a replacement made on the way
    if (OGR_G_HasCurveGeometry(g, TRUE)) {
        owned.reset(OGR_G_GetLinearGeometry(g, 0, nullptr));
        g = owned.get();
    }
    if (wkbFlatten(OGR_G_GetGeometryType(g)) == wkbGeometryCollection) {
        const auto type = homogeneousMultiType(g, error);
        if (!type)
            return std::nullopt;
        gdal::Geometry forced(OGR_G_ForceTo(OGR_G_Clone(g), *type, nullptr));
        owned = std::move(forced);
        g = owned.get();
    }
    if (OGR_G_IsEmpty(g)) {
        *error = QStringLiteral("the geometry is empty");
        return std::nullopt;
    }
    OGR_G_FlattenTo2D(g);
    if (toWgs84 && OGR_G_Transform(g, toWgs84) != OGRERR_NONE) {
        *error = QStringLiteral("the geometry cannot be transformed to WGS 84");
        return std::nullopt;
    }
    QByteArray wkb(OGR_G_WkbSize(g), Qt::Uninitialized);
    if (OGR_G_ExportToIsoWkb(g, wkbNDR, reinterpret_cast<unsigned char *>(wkb.data())) != OGRERR_NONE) {
        *error = QStringLiteral("the geometry cannot be read");
        return std::nullopt;
    }
    Result<Geometry> geometry = Wkb::read(wkb);
    if (!geometry) {
        *error = geometry.error().mid(QStringLiteral("WKB: ").size());
        return std::nullopt;
    }
    return std::move(geometry.value());
}

JsonValue fieldValue(OGRFeatureH feature, int field)
{
    JsonValue v;
    if (!OGR_F_IsFieldSetAndNotNull(feature, field))
        return v;
    OGRFieldDefnH definition = OGR_F_GetFieldDefnRef(feature, field);
    switch (OGR_Fld_GetType(definition)) {
    case OFTInteger:
        if (OGR_Fld_GetSubType(definition) == OFSTBoolean) {
            v.type = JsonValue::Type::Bool;
            v.boolean = OGR_F_GetFieldAsInteger(feature, field) != 0;
            return v;
        }
        Q_FALLTHROUGH();
    case OFTInteger64:
        v.type = JsonValue::Type::Number;
        v.number = double(OGR_F_GetFieldAsInteger64(feature, field));
        v.text = std::to_string(OGR_F_GetFieldAsInteger64(feature, field));
        return v;
    case OFTReal: {
        const double value = OGR_F_GetFieldAsDouble(feature, field);
        if (!std::isfinite(value))
            return v;
        v.type = JsonValue::Type::Number;
        v.number = value;
        v.text = OGR_F_GetFieldAsString(feature, field);
        return v;
    }
    case OFTDate:
    case OFTDateTime:
    case OFTTime: {
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, tz = 0;
        float second = 0;
        OGR_F_GetFieldAsDateTimeEx(feature, field, &year, &month, &day, &hour, &minute, &second, &tz);
        v.type = JsonValue::Type::String;
        const QString date = QStringLiteral("%1-%2-%3")
                                 .arg(year, 4, 10, QLatin1Char('0'))
                                 .arg(month, 2, 10, QLatin1Char('0'))
                                 .arg(day, 2, 10, QLatin1Char('0'));
        const bool hasTime = OGR_Fld_GetType(definition) == OFTDateTime && (hour || minute || second > 0);
        v.text = (hasTime ? date
                    + QStringLiteral("T%1:%2:%3")
                          .arg(hour, 2, 10, QLatin1Char('0'))
                          .arg(minute, 2, 10, QLatin1Char('0'))
                          .arg(int(second), 2, 10, QLatin1Char('0'))
                          : date)
                     .toStdString();
        if (OGR_Fld_GetType(definition) == OFTTime)
            v.text
                = QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0')).toStdString();
        return v;
    }
    default:
        v.type = JsonValue::Type::String;
        v.text = OGR_F_GetFieldAsString(feature, field);
        return v;
    }
}

} // namespace

struct VectorDataset::Handle {
    gdal::Dataset dataset;
};

VectorDataset::VectorDataset() : m_handle(std::make_unique<Handle>()) { }
VectorDataset::~VectorDataset() = default;

Result<std::unique_ptr<VectorDataset>> VectorDataset::open(const QString &path)
{
    using R = Result<std::unique_ptr<VectorDataset>>;
    if (!QFileInfo(path).isFile())
        return R::failure(QStringLiteral("%1: no such file").arg(path));
    gdal::registerDrivers();
    GdalErrorTrap trap;
    gdal::Dataset dataset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset)
        return R::failure(QStringLiteral("%1: not a vector dataset GDAL can read%2")
                              .arg(path, trap.lastError().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(trap.lastError())));
    std::unique_ptr<VectorDataset> opened(new VectorDataset);
    opened->m_path = path;
    opened->m_handle->dataset = std::move(dataset);
    return R(std::move(opened));
}

QString VectorDataset::driverName() const
{
    return QString::fromUtf8(GDALGetDriverShortName(GDALGetDatasetDriver(m_handle->dataset.get())));
}

qint64 VectorDataset::featureCount() const
{
    qint64 total = 0;
    for (int i = 0, n = GDALDatasetGetLayerCount(m_handle->dataset.get()); i < n; ++i) {
        const GIntBig count = OGR_L_GetFeatureCount(GDALDatasetGetLayer(m_handle->dataset.get(), i), FALSE);
        if (count < 0)
            return -1;
        total += count;
    }
    return total;
}

Result<qint64> VectorDataset::read(const std::function<Result<void>(const VectorFeature &)> &visit)
{
    GdalErrorTrap trap;
    qint64 number = 0;
    gdal::SpatialReference wgs84(OSRNewSpatialReference(nullptr));
    OSRSetWellKnownGeogCS(wgs84.get(), "WGS84");
    OSRSetAxisMappingStrategy(wgs84.get(), OAMS_TRADITIONAL_GIS_ORDER);
    for (int i = 0, n = GDALDatasetGetLayerCount(m_handle->dataset.get()); i < n; ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(m_handle->dataset.get(), i);
        const QString layerName = QString::fromUtf8(OGR_L_GetName(layer));
        // Not records: tables without geometry (QGIS's layer_styles in a
        // GeoPackage), and a GPX file's track and route points, which repeat
        // the vertices of its tracks and routes one feature each.
        if (OGR_FD_GetGeomFieldCount(OGR_L_GetLayerDefn(layer)) == 0
            || (driverName() == QLatin1String("GPX")
                && (layerName == QLatin1String("track_points") || layerName == QLatin1String("route_points"))))
            continue;
        Transform toWgs84;
        if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer); srs && !OSRIsSame(srs, wgs84.get())) {
            gdal::SpatialReference source(OSRClone(srs));
            OSRSetAxisMappingStrategy(source.get(), OAMS_TRADITIONAL_GIS_ORDER);
            toWgs84.reset(OCTNewCoordinateTransformation(source.get(), wgs84.get()));
            if (!toWgs84)
                return Result<qint64>::failure(
                    QStringLiteral("%1: layer %2: its coordinate system cannot be transformed to WGS 84").arg(m_path, layerName));
        }
        OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
        const int fields = OGR_FD_GetFieldCount(definition);
        OGR_L_ResetReading(layer);
        while (gdal::Feature feature{OGR_L_GetNextFeature(layer)}) {
            VectorFeature out;
            out.layer = layerName;
            out.number = ++number;
            const GIntBig fid = OGR_F_GetFID(feature.get());
            if (fid != OGRNullFID)
                out.id = QString::number(fid);
            out.properties.type = JsonValue::Type::Object;
            for (int f = 0; f < fields; ++f)
                out.properties.members.emplace_back(
                    OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, f)), fieldValue(feature.get(), f));
            if (OGRGeometryH g = OGR_F_GetGeometryRef(feature.get()))
                out.geometry = toGeometry(g, toWgs84.get(), &out.geometryError);
            if (auto r = visit(out); !r)
                return Result<qint64>::failure(r.problem());
        }
    }
    return number;
}

} // namespace conflictmap
