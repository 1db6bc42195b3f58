// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"

#include "geo/GdalHandles.h"

#include <QFile>

namespace {
// How many features GDAL reads from a file's layers, all of them.
qint64 featuresIn(const QString &path, const char *layerName = nullptr)
{
    GDALAllRegister();
    conflictmap::gdal::Dataset dataset(
        GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    REQUIRE(dataset);
    OGRLayerH layer = layerName ? GDALDatasetGetLayerByName(dataset.get(), layerName) : GDALDatasetGetLayer(dataset.get(), 0);
    REQUIRE(layer);
    return OGR_L_GetFeatureCount(layer, TRUE);
}
} // namespace

TEST_CASE("export writes GeoPackage, KML and CSV by --format or the file's extension, with the filters of list", "[cli][export]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init", "--sample"}).exitCode == 0);
    const QString gpkg = dir.filePath("all.gpkg");
    Run run = cli(dir, {"export", "-o", gpkg});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.startsWith("exported 7 incidents, "));
    CHECK(featuresIn(gpkg, "incident_points") == 7);
    CHECK(featuresIn(gpkg, "layer_styles") == 1);

    const QString kml = dir.filePath("syunik.kml");
    REQUIRE(cli(dir, {"export", "-o", kml, "--region", "AM-SU"}).exitCode == 0);
    CHECK(featuresIn(kml) == 1);
    // --format wins over the extension.
    const QString csv = dir.filePath("table.txt");
    REQUIRE(cli(dir, {"export", "--format", "csv", "-o", csv}).exitCode == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readLine().startsWith("WKT,id,type,family,title"));

    struct Refused {
        QStringList arguments;
        int exitCode;
        const char *says;
    };
    const Refused refused[] = {
        {{"export", "--format", "shp", "-o", dir.filePath("x.shp")}, 2, "--format 'shp' is not geojson, gpkg, kml, csv or acled"},
        {{"export", "--format", "gpkg"}, 2, "--format gpkg needs -o FILE"},
        {{"export", "--format", "kml", "--bundle", dir.filePath("b.zip")}, 2, "a bundle holds GeoJSON"},
        {{"export", "-o", dir.filePath("missing/x.gpkg")}, 1, "no such directory"},
    };
    for (const Refused &r : refused) {
        const Run failed = cli(dir, r.arguments);
        INFO(r.arguments.join(' ').toStdString() << ": " << failed.err.toStdString());
        CHECK(failed.exitCode == r.exitCode);
        CHECK(failed.err.contains(r.says));
        CHECK(failed.err.count('\n') == 1);
    }
    CHECK_FALSE(QFile::exists(dir.filePath("x.shp")));
}
