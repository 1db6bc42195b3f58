// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../store/StoreFixture.h"

#include "geo/GdalHandles.h"
#include "io/OgrExport.h"
#include "io/SampleData.h"

#include <QFile>
#include <QXmlStreamReader>

#include <cpl_string.h>
#include <gdal.h>
#include <ogr_api.h>

using namespace conflictmap;

namespace {
gdal::Dataset openVector(const QString &path)
{
    GDALAllRegister();
    gdal::Dataset dataset(
        GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    INFO(path.toStdString());
    REQUIRE(dataset);
    return dataset;
}

QString fieldOf(OGRFeatureH feature, const char *name)
{
    const int i = OGR_F_GetFieldIndex(feature, name);
    REQUIRE(i >= 0);
    return OGR_F_IsFieldSetAndNotNull(feature, i) ? QString::fromUtf8(OGR_F_GetFieldAsString(feature, i)) : QString();
}

// The sample's points, a line and an area (the line's title in Armenian);
// returns how many incidents that is.
qint64 loadSampleWithShapes(StoreFixture &db)
{
    REQUIRE(SampleData::loadInto(*db.store));
    Incident line = db.pointIncident();
    line.type = QStringLiteral("troop_movement");
    line.title = QString::fromUtf8("Շարասյուն Գորիսի մոտ");
    line.precision = LocationPrecision::Near;
    line.shape = Geometry::lineString({{46.58, 39.54}, {46.62, 39.56}});
    REQUIRE(db.store->addIncident(line));
    Incident area = db.pointIncident();
    area.type = QStringLiteral("territory_captured");
    area.title = QStringLiteral("Heights taken");
    area.precision = LocationPrecision::Near;
    area.shape = Geometry::polygon({{{{45.9, 39.6}, {46.0, 39.6}, {46.0, 39.7}, {45.9, 39.7}, {45.9, 39.6}}}});
    REQUIRE(db.store->addIncident(area));
    return db.store->incidentCount();
}
} // namespace

TEST_CASE(
    "a GeoPackage export has a layer a geometry kind, claims and sources tables, and a QGIS style each", "[io][export][gdal]")
{
    StoreFixture db;
    const qint64 incidents = loadSampleWithShapes(db);
    const QString path = db.dir.filePath("incidents.gpkg");
    const auto summary = OgrExport::toFile(*db.store, {}, path, OgrExport::Format::GeoPackage);
    INFO(summary.error().toStdString());
    REQUIRE(summary);
    CHECK(summary->features == incidents);

    const gdal::Dataset dataset = openVector(path);
    auto layer = [&](const char *name) {
        OGRLayerH found = GDALDatasetGetLayerByName(dataset.get(), name);
        INFO(name);
        REQUIRE(found);
        return found;
    };
    OGRLayerH points = layer("incident_points");
    OGRLayerH lines = layer("incident_lines");
    OGRLayerH areas = layer("incident_areas");
    CHECK(GDALDatasetGetLayerByName(dataset.get(), "incident_multipoints") == nullptr); // none in the data
    CHECK(wkbFlatten(OGR_L_GetGeomType(points)) == wkbPoint);
    CHECK(wkbFlatten(OGR_L_GetGeomType(lines)) == wkbMultiLineString);
    CHECK(wkbFlatten(OGR_L_GetGeomType(areas)) == wkbMultiPolygon);
    CHECK(OGR_L_GetFeatureCount(points, TRUE) + OGR_L_GetFeatureCount(lines, TRUE) + OGR_L_GetFeatureCount(areas, TRUE)
        == incidents);
    CHECK(OGR_L_GetFeatureCount(lines, TRUE) == 1);
    gdal::Feature line(OGR_L_GetNextFeature(lines));
    REQUIRE(line);
    CHECK(fieldOf(line.get(), "title") == QString::fromUtf8("Շարասյուն Գորիսի մոտ"));
    CHECK(fieldOf(line.get(), "type") == "troop_movement");
    CHECK(fieldOf(line.get(), "family") == "movement");

    // Claims point at their incidents and sources.
    OGRLayerH claims = layer("claims");
    OGRLayerH sources = layer("sources");
    CHECK(OGR_L_GetFeatureCount(claims, TRUE) == summary->claims);
    CHECK(summary->claims >= 1);
    CHECK(OGR_L_GetFeatureCount(sources, TRUE) == summary->sources);
    OGR_L_ResetReading(claims);
    while (OGRFeatureH claim = OGR_L_GetNextFeature(claims)) {
        const qint64 incident = fieldOf(claim, "incident_id").toLongLong();
        CHECK(db.store->incident(incident).has_value());
        OGR_L_SetAttributeFilter(sources, QStringLiteral("id = %1").arg(fieldOf(claim, "source_id")).toUtf8().constData());
        CHECK(OGR_L_GetFeatureCount(sources, TRUE) == 1);
        OGR_L_SetAttributeFilter(sources, nullptr);
        OGR_F_Destroy(claim);
    }

    // A style a layer, as QGIS reads it from layer_styles: points by status
    // and type family (colour and shape), lines and areas by status.
    OGRLayerH styles = layer("layer_styles");
    CHECK(OGR_L_GetFeatureCount(styles, TRUE) == 3);
    QStringList styled;
    OGR_L_ResetReading(styles);
    while (OGRFeatureH style = OGR_L_GetNextFeature(styles)) {
        const QString table = fieldOf(style, "f_table_name");
        styled << table;
        const QString qml = fieldOf(style, "styleQML");
        INFO(table.toStdString());
        QXmlStreamReader xml(qml);
        while (!xml.atEnd())
            xml.readNext();
        CHECK_FALSE(xml.hasError());
        if (table == "incident_points") {
            CHECK(qml.contains("attr=\"concat(&quot;status&quot;, ' ', &quot;family&quot;)\""));
            CHECK(qml.contains("value=\"confirmed territory\""));
            CHECK(qml.contains("value=\"square\""));
            CHECK(qml.contains("value=\"triangle\""));
            CHECK(qml.count("<category ") == 25);
        } else {
            CHECK(qml.contains("type=\"categorizedSymbol\" attr=\"status\""));
            CHECK(qml.contains("value=\"confirmed\""));
            CHECK(qml.count("<category ") == 5);
        }
        CHECK(qml.contains("192,57,43")); // confirmed's red
        CHECK(fieldOf(style, "useAsDefault") == "1");
        OGR_F_Destroy(style);
    }
    styled.sort();
    CHECK(styled == QStringList{"incident_areas", "incident_lines", "incident_points"});

    // Each incident layer related to the sources its claims cite, as GDAL
    // reads the Related Tables Extension back: every incident's sources
    // through the mapping table.
    char **relations = GDALDatasetGetRelationshipNames(dataset.get(), nullptr);
    QStringList names;
    for (char **name = relations; name && *name; ++name)
        names << QString::fromUtf8(*name);
    CSLDestroy(relations);
    names.sort();
    INFO(names.join(", ").toStdString());
    REQUIRE(names.size() == 3);
    GDALRelationshipH cited = GDALDatasetGetRelationship(dataset.get(), names.value(2).toUtf8().constData());
    REQUIRE(cited);
    CHECK(QString::fromUtf8(GDALRelationshipGetMappingTableName(cited)) == "incident_points_sources");
    CHECK(QString::fromUtf8(GDALRelationshipGetLeftTableName(cited)) == "incident_points");
    CHECK(QString::fromUtf8(GDALRelationshipGetRightTableName(cited)) == "sources");
    CHECK(GDALRelationshipGetCardinality(cited) == GRC_MANY_TO_MANY);
    OGRLayerH cites
        = GDALDatasetExecuteSQL(dataset.get(), "SELECT base_id, related_id FROM incident_points_sources", nullptr, nullptr);
    REQUIRE(cites);
    OGRLayerH claimRows = layer("claims");
    CHECK(OGR_L_GetFeatureCount(cites, TRUE) > 0);
    // Every pair is a claim's incident and source, and every point's
    // incident with claims is in it.
    OGR_L_ResetReading(cites);
    while (OGRFeatureH pair = OGR_L_GetNextFeature(cites)) {
        const QString filter = QStringLiteral("incident_id = %1 AND source_id = %2")
                                   .arg(OGR_F_GetFieldAsInteger64(pair, OGR_F_GetFieldIndex(pair, "base_id")))
                                   .arg(OGR_F_GetFieldAsInteger64(pair, OGR_F_GetFieldIndex(pair, "related_id")));
        OGR_L_SetAttributeFilter(claimRows, filter.toUtf8().constData());
        CHECK(OGR_L_GetFeatureCount(claimRows, TRUE) >= 1);
        OGR_F_Destroy(pair);
    }
    OGR_L_SetAttributeFilter(claimRows, nullptr);
    GDALDatasetReleaseResultSet(dataset.get(), cites);
    const auto count = [&](const char *sql) {
        OGRLayerH rows = GDALDatasetExecuteSQL(dataset.get(), sql, nullptr, nullptr);
        REQUIRE(rows);
        OGRFeatureH first = OGR_L_GetNextFeature(rows);
        const qint64 n = first ? OGR_F_GetFieldAsInteger64(first, 0) : -1;
        OGR_F_Destroy(first);
        GDALDatasetReleaseResultSet(dataset.get(), rows);
        return n;
    };
    CHECK(count("SELECT count(*) FROM incident_points_sources")
        == count("SELECT count(*) FROM (SELECT DISTINCT incident_id, source_id FROM claims"
                 " WHERE incident_id IN (SELECT fid FROM incident_points))"));
    CHECK(count("SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_related_tables'") == 4);
}

TEST_CASE(
    "a KML export has a placemark a record with its claims in the description, a CSV its geometry as WKT", "[io][export][gdal]")
{
    StoreFixture db;
    const qint64 incidents = loadSampleWithShapes(db);

    const QString kml = db.dir.filePath("incidents.kml");
    REQUIRE(OgrExport::toFile(*db.store, {}, kml, OgrExport::Format::Kml));
    {
        const gdal::Dataset dataset = openVector(kml);
        OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
        REQUIRE(layer);
        CHECK(OGR_L_GetFeatureCount(layer, TRUE) == incidents);
        int withClaims = 0;
        OGR_L_ResetReading(layer);
        while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
            CHECK_FALSE(fieldOf(feature, "Name").isEmpty());
            if (fieldOf(feature, "description").contains("source: "))
                ++withClaims;
            OGR_F_Destroy(feature);
        }
        CHECK(withClaims >= 1);
    }

    const QString csv = db.dir.filePath("incidents.csv");
    REQUIRE(OgrExport::toFile(*db.store, {}, csv, OgrExport::Format::Csv));
    const gdal::Dataset dataset = openVector(csv);
    OGRLayerH layer = GDALDatasetGetLayer(dataset.get(), 0);
    CHECK(OGR_L_GetFeatureCount(layer, TRUE) == incidents);
    QStringList kinds;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        kinds << fieldOf(feature, "WKT").section(QLatin1Char(' '), 0, 0);
        OGR_F_Destroy(feature);
    }
    CHECK(kinds.contains("POINT"));
    CHECK(kinds.contains("LINESTRING"));
    CHECK(kinds.contains("POLYGON"));
}

TEST_CASE("an export through GDAL to a folder that does not exist fails and leaves nothing", "[io][export][gdal]")
{
    StoreFixture db;
    REQUIRE(SampleData::loadInto(*db.store));
    const QString path = db.dir.filePath("missing/incidents.gpkg");
    const auto failed = OgrExport::toFile(*db.store, {}, path, OgrExport::Format::GeoPackage);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().contains("no such directory"));
    CHECK_FALSE(QFile::exists(path));
    // An existing file is replaced only by a complete export.
    const QString existing = db.dir.filePath("kept.csv");
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    REQUIRE(OgrExport::toFile(*db.store, {}, existing, OgrExport::Format::Csv));
    QFile file(existing);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().startsWith("WKT,id,"));
    CHECK(QDir(db.dir.path())
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
              .filter(".conflictmap-export")
              .isEmpty());
}
