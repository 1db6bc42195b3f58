// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/BoundaryLayer.h"

#include "BundledData.h"
#include "geo/CrsTransform.h"
#include "geo/GdalDrivers.h"
#include "geo/GdalErrorTrap.h"
#include "geo/GdalHandles.h"

#include <QFileInfo>
#include <QStringList>

#include <cpl_conv.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <cmath>

namespace conflictmap {

namespace {

// Attribute names that different admin-boundary datasets use for the same
// thing (Natural Earth, GADM, geoBoundaries, our bundled layer), in order
// of preference; matched case-insensitively.
const QStringList kCodeFields{"code", "iso_3166_2", "iso_code", "shapeISO", "hasc_1", "gid_1", "adm1_code", "id"};
const QStringList kCountryFields{"country", "iso_a2"};
const QStringList kNameEnFields{"name_en", "name", "name_1", "shapeName", "nom"};
const QStringList kNameLocalFields{"name_local", "nl_name_1", "local_name"};
const QStringList kNameArFields{"name_ar"};
const QStringList kNameRuFields{"name_ru"};
const QStringList kKindFields{"type_en", "type", "engtype_1", "type_1"};

bool isPolygonal(OGRwkbGeometryType type)
{
    const OGRwkbGeometryType flat = wkbFlatten(type);
    return flat == wkbPolygon || flat == wkbMultiPolygon || flat == wkbCurvePolygon || flat == wkbMultiSurface;
}

QVariant fieldValue(OGRFeatureH feature, int i)
{
    if (!OGR_F_IsFieldSetAndNotNull(feature, i))
        return {};
    switch (OGR_Fld_GetType(OGR_F_GetFieldDefnRef(feature, i))) {
    case OFTInteger:
        return OGR_F_GetFieldAsInteger(feature, i);
    case OFTInteger64:
        return qlonglong(OGR_F_GetFieldAsInteger64(feature, i));
    case OFTReal:
        return OGR_F_GetFieldAsDouble(feature, i);
    default:
        return QString::fromUtf8(OGR_F_GetFieldAsString(feature, i));
    }
}

QString firstOf(const QVariantMap &lowerCased, const QStringList &names)
{
    for (const QString &name : names) {
        const QString value = lowerCased.value(name.toLower()).toString().trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// Reads the linear rings of a (multi)polygon geometry; curves are stroked.
MultiPolygon readRings(OGRGeometryH geometry)
{
    gdal::Geometry linear(OGR_G_ForceToMultiPolygon(OGR_G_Clone(geometry)));
    MultiPolygon result;
    if (!linear || wkbFlatten(OGR_G_GetGeometryType(linear.get())) != wkbMultiPolygon)
        return result;
    const int polygons = OGR_G_GetGeometryCount(linear.get());
    for (int p = 0; p < polygons; ++p) {
        OGRGeometryH polygon = OGR_G_GetGeometryRef(linear.get(), p);
        Polygon out;
        const int rings = OGR_G_GetGeometryCount(polygon);
        for (int r = 0; r < rings; ++r) {
            OGRGeometryH ring = OGR_G_GetGeometryRef(polygon, r);
            const int n = OGR_G_GetPointCount(ring);
            Ring points(size_t(std::max(n, 0)));
            if (n > 0)
                OGR_G_GetPoints(ring, &points[0].rx(), sizeof(QPointF), &points[0].ry(), sizeof(QPointF), nullptr, 0);
            if (points.size() > 1 && points.front() == points.back())
                points.pop_back();
            if (points.size() < 3) {
                if (r == 0)
                    break; // an exterior ring with no area: the polygon has none
                continue;
            }
            out.rings.push_back(std::move(points));
        }
        if (!out.rings.empty())
            result.push_back(std::move(out));
    }
    return result;
}

OGRLayerH findPolygonLayer(GDALDatasetH dataset, const QString &layerName, QString *problem)
{
    if (!layerName.isEmpty()) {
        OGRLayerH layer = GDALDatasetGetLayerByName(dataset, layerName.toUtf8().constData());
        if (!layer)
            *problem = QStringLiteral("has no layer named '%1'").arg(layerName);
        return layer;
    }
    const int count = GDALDatasetGetLayerCount(dataset);
    QString firstKind;
    for (int i = 0; i < count; ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(dataset, i);
        OGRwkbGeometryType type = OGR_L_GetGeomType(layer);
        if (type == wkbUnknown) {
            // Mixed or undeclared (GeoJSON, KML): polygons anywhere make it
            // a polygon layer; otherwise name what the first geometry is.
            OGR_L_ResetReading(layer);
            OGRwkbGeometryType first = wkbUnknown;
            while (gdal::Feature feature{OGR_L_GetNextFeature(layer)}) {
                OGRGeometryH g = OGR_F_GetGeometryRef(feature.get());
                if (!g)
                    continue;
                if (isPolygonal(OGR_G_GetGeometryType(g))) {
                    first = OGR_G_GetGeometryType(g);
                    break;
                }
                if (first == wkbUnknown)
                    first = OGR_G_GetGeometryType(g);
            }
            type = first;
            OGR_L_ResetReading(layer);
        }
        if (isPolygonal(type))
            return layer;
        if (firstKind.isEmpty())
            firstKind = QString::fromUtf8(OGRGeometryTypeToName(type));
    }
    *problem = count == 0 ? QStringLiteral("has no layers")
                          : QStringLiteral("has no polygon layer (found %1 geometries)").arg(firstKind);
    return nullptr;
}

} // namespace

QString BoundaryLayer::defaultPath()
{
    return BundledData::path(QStringLiteral("caucasus-admin1.gpkg"));
}

QString BoundaryLayer::worldPath()
{
    return BundledData::path(QStringLiteral("world-countries.gpkg"));
}

std::unique_ptr<BoundaryLayer> BoundaryLayer::open(const QString &path, QString *error, const QString &layerName)
{
    gdal::registerDrivers();
    GdalErrorTrap trap;
    auto fail = [&](const QString &what) {
        *error = QStringLiteral("%1: %2").arg(path, what);
        return nullptr;
    };

    if (path.isEmpty())
        return fail(QStringLiteral("no boundary layer file given"));
    if (!path.startsWith(QLatin1String("/vsi"))) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(QStringLiteral("no such file"));
        if (!info.isReadable())
            return fail(QStringLiteral("not readable"));
    }

    gdal::Dataset dataset(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!dataset) {
        const QString why = trap.lastError();
        return fail(why.isEmpty() ? QStringLiteral("not a vector dataset GDAL can read")
                                  : QStringLiteral("not a vector dataset GDAL can read (%1)").arg(why));
    }

    QString problem;
    OGRLayerH layer = findPolygonLayer(dataset.get(), layerName, &problem);
    if (!layer)
        return fail(problem);
    const QString name = QString::fromUtf8(OGR_L_GetName(layer));
    if (!layerName.isEmpty() && !isPolygonal(OGR_L_GetGeomType(layer)) && OGR_L_GetGeomType(layer) != wkbUnknown)
        return fail(QStringLiteral("layer '%1' holds %2 geometries, not polygons")
                        .arg(name, QString::fromUtf8(OGRGeometryTypeToName(OGR_L_GetGeomType(layer)))));

    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (!srs)
        return fail(QStringLiteral("layer '%1' has no coordinate reference system").arg(name));
    char *wkt = nullptr;
    const char *wktOptions[] = {"FORMAT=WKT2_2019", nullptr};
    if (OSRExportToWktEx(srs, &wkt, wktOptions) != OGRERR_NONE || !wkt) {
        CPLFree(wkt);
        return fail(QStringLiteral("layer '%1' has a coordinate reference system that cannot be used").arg(name));
    }
    const QString sourceWkt = QString::fromUtf8(wkt);
    CPLFree(wkt);
    QString transformError;
    auto toWgs84 = CrsTransform::create(sourceWkt, QStringLiteral("EPSG:4326"), &transformError);
    if (!toWgs84)
        return fail(QStringLiteral("layer '%1': %2").arg(name, transformError));

    std::unique_ptr<BoundaryLayer> result(new BoundaryLayer);
    result->m_path = path;
    result->m_layerName = name;
    result->m_sourceCrsName = toWgs84->sourceName();

    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int fieldCount = OGR_FD_GetFieldCount(definition);
    std::vector<QString> lowerCasedNames;
    for (int i = 0; i < fieldCount; ++i)
        lowerCasedNames.push_back(QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i))).toLower());
    OGR_L_ResetReading(layer);
    while (gdal::Feature feature{OGR_L_GetNextFeature(layer)}) {
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature.get());
        if (!geometry || !isPolygonal(OGR_G_GetGeometryType(geometry))) {
            ++result->m_skipped;
            continue;
        }
        MultiPolygon rings = readRings(geometry);
        bool projectable = !rings.empty();
        for (Polygon &polygon : rings)
            for (Ring &ring : polygon.rings)
                projectable = projectable && toWgs84->forward(ring) == 0;
        if (!projectable) {
            ++result->m_skipped;
            continue;
        }

        Region region;
        QVariantMap lowerCased;
        for (int i = 0; i < fieldCount; ++i)
            lowerCased.insert(lowerCasedNames[size_t(i)], fieldValue(feature.get(), i));
        region.kind = firstOf(lowerCased, kKindFields);
        region.code = firstOf(lowerCased, kCodeFields);
        if (region.code.isEmpty())
            region.code = QString::number(OGR_F_GetFID(feature.get()));
        // Only a two-letter value is an ISO 3166-1 code: "Armenia" is not "AR".
        const QString country = firstOf(lowerCased, kCountryFields);
        region.country = country.size() == 2 ? country.toUpper() : QString();
        if (region.country.isEmpty() && region.code.size() > 3 && region.code.at(2) == QLatin1Char('-'))
            region.country = region.code.left(2).toUpper();
        region.nameEn = firstOf(lowerCased, kNameEnFields);
        region.nameLocal = firstOf(lowerCased, kNameLocalFields);
        region.nameAr = firstOf(lowerCased, kNameArFields);
        region.nameRu = firstOf(lowerCased, kNameRuFields);
        region.geometry = std::move(rings);
        region.bounds = boundsOf(region.geometry);
        // Label the largest part (the mainland, not an exclave or island).
        const Polygon *largest = &region.geometry.front();
        for (const Polygon &polygon : region.geometry)
            if (areaOf(polygon) > areaOf(*largest))
                largest = &polygon;
        region.labelPoint = interiorPointOf(*largest);
        result->m_bounds = result->m_bounds.isNull() ? region.bounds : result->m_bounds.united(region.bounds);
        result->m_regions.push_back(std::move(region));
    }
    if (result->m_regions.empty())
        return fail(QStringLiteral("layer '%1' has no polygons").arg(name));
    result->m_index = std::make_unique<RegionIndex>(result->m_regions);
    return result;
}

const Region *BoundaryLayer::regionAt(const QPointF &lonLat) const
{
    const int i = regionIndexAt(lonLat);
    return i < 0 ? nullptr : &m_regions[size_t(i)];
}

int BoundaryLayer::regionIndexAt(const QPointF &lonLat) const
{
    return m_index->regionAt(lonLat);
}

const Region *BoundaryLayer::regionByCode(const QString &code) const
{
    for (const Region &region : m_regions)
        if (region.code.compare(code, Qt::CaseInsensitive) == 0)
            return &region;
    return nullptr;
}

QString BoundaryLayer::unitOrCountryCode(const QString &code) const
{
    if (const Region *region = regionByCode(code))
        return region->code;
    for (const Region &region : m_regions)
        if (!region.country.isEmpty() && region.country.compare(code, Qt::CaseInsensitive) == 0)
            return region.country;
    return {};
}

} // namespace conflictmap
