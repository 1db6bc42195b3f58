// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "TestPaths.h"
#include "geo/BoundaryLayer.h"

#include <QTemporaryDir>

#include <gdal_utils.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace conflictmap;

namespace {
std::unique_ptr<BoundaryLayer> openOrFail(const QString &path)
{
    QString error;
    auto layer = BoundaryLayer::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(layer);
    CHECK(error.isEmpty());
    return layer;
}

QString openError(const QString &path, const QString &layerName = {})
{
    QString error;
    auto layer = BoundaryLayer::open(path, &error, layerName);
    CHECK_FALSE(layer);
    return error;
}

// Writes 'source' to 'target' with ogr2ogr-style options through GDAL's API.
bool translate(const QString &source, const QString &target, const QStringList &options)
{
    GDALAllRegister();
    QList<QByteArray> bytes;
    std::vector<char *> argv;
    for (const QString &o : options) {
        bytes.append(o.toUtf8());
        argv.push_back(bytes.last().data());
    }
    argv.push_back(nullptr);
    GDALVectorTranslateOptions *opts = GDALVectorTranslateOptionsNew(argv.data(), nullptr);
    GDALDatasetH src = GDALOpenEx(source.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    int usageError = 0;
    GDALDatasetH out = GDALVectorTranslate(target.toUtf8().constData(), nullptr, 1, &src, opts, &usageError);
    GDALVectorTranslateOptionsFree(opts);
    const bool ok = out && !usageError;
    GDALClose(out);
    GDALClose(src);
    return ok;
}
} // namespace

TEST_CASE("bundled layer holds the border provinces with their names", "[core][layer]")
{
    auto layer = openOrFail(BoundaryLayer::defaultPath());
    CHECK(layer->regions().size() > 100);
    CHECK(layer->sourceCrsName() == "WGS 84");

    struct Expected {
        const char *code, *en, *local, *ar, *ru;
    };
    const Expected expected[] = {
        {"AZ-FUZ", "Fuzuli", "Füzuli", "مقاطعة فضولي", "Физулинский район"},
        {"AM-SU", "Syunik", "Սյունիք", "محافظة سيونيك", "Сюникская область"},
        {"AM-VD", "Vayots Dzor", "Վայոց Ձոր", "محافظة وايوتس تسور", "Вайоцдзорская область"},
        {"AM-GR", "Gegharkunik", "Գեղարքունիք", "محافظة غغاركونيك", "Гехаркуникская область"},
    };
    for (const Expected &e : expected) {
        INFO(e.code);
        const Region *region = layer->regionByCode(QString::fromUtf8(e.code));
        REQUIRE(region);
        CHECK(region->nameEn == QString::fromUtf8(e.en));
        CHECK(region->nameLocal == QString::fromUtf8(e.local));
        CHECK(region->nameAr == QString::fromUtf8(e.ar));
        CHECK(region->nameRu == QString::fromUtf8(e.ru));
        CHECK(region->country == QString::fromUtf8(e.code).left(2));
        // The kind of unit, from Natural Earth's type_en.
        CHECK(region->kind == (region->country == "AM" ? "Province" : "District"));
    }
}

TEST_CASE("a known point in each border province is found in it", "[core][layer]")
{
    auto layer = openOrFail(BoundaryLayer::defaultPath());
    struct Place {
        double lon, lat;
        const char *code;
        const char *what;
    };
    const Place places[] = {
        {46.338, 39.507, "AM-SU", "Goris"},
        {46.405, 39.208, "AM-SU", "Kapan"},
        {45.331, 39.765, "AM-VD", "Yeghegnadzor"},
        {45.126, 40.358, "AM-GR", "Gavar"},
        {47.145, 39.601, "AZ-FUZ", "Fuzuli"},
        {46.450, 39.750, "AZ-LAC", "Lachin district"},
        {49.867, 40.409, "AZ-BA", "Baku"},
        {44.513, 40.177, "AM-ER", "Yerevan"},
    };
    for (const Place &p : places) {
        INFO(p.what);
        const Region *region = layer->regionAt({p.lon, p.lat});
        REQUIRE(region);
        CHECK(region->code == QString::fromUtf8(p.code));
    }
    // Open water of the Caspian Sea and a point far away are in no region.
    CHECK(layer->regionAt({50.5, 39.0}) == nullptr);
    CHECK(layer->regionAt({2.35, 48.85}) == nullptr);
}

TEST_CASE("unit and country codes are known in the layer's spelling, and others are not", "[core][layer]")
{
    const auto layer = openOrFail(BoundaryLayer::defaultPath());
    CHECK(layer->unitOrCountryCode("AM-SU") == "AM-SU");
    CHECK(layer->unitOrCountryCode("am-su") == "AM-SU");
    CHECK(layer->unitOrCountryCode("az") == "AZ");
    CHECK(layer->unitOrCountryCode("IR") == "IR"); // only some of its units are in the layer
    for (const char *unknown : {"XX", "FR", "AM-XX", "A", "AMS", ""})
        CHECK(layer->unitOrCountryCode(unknown).isEmpty());
}

TEST_CASE("every region's label point lies inside the region", "[core][layer]")
{
    auto layer = openOrFail(BoundaryLayer::defaultPath());
    for (const Region &region : layer->regions()) {
        INFO(region.code.toStdString());
        CHECK(layer->regionAt(region.labelPoint) == &region);
    }
}

TEST_CASE("a layer in a projected CRS is read back to WGS 84", "[core][layer]")
{
    QTemporaryDir dir;
    const QString utm = dir.filePath("utm38n.gpkg");
    REQUIRE(translate(BoundaryLayer::defaultPath(), utm, {"-t_srs", "EPSG:32638", "-f", "GPKG"}));
    auto original = openOrFail(BoundaryLayer::defaultPath());
    auto projected = openOrFail(utm);
    CHECK(projected->sourceCrsName().contains("UTM zone 38N"));
    REQUIRE(projected->regions().size() == original->regions().size());
    const QRectF a = original->bounds(), b = projected->bounds();
    CHECK(b.left() == Approx(a.left()).margin(1e-6));
    CHECK(b.top() == Approx(a.top()).margin(1e-6));
    CHECK(b.right() == Approx(a.right()).margin(1e-6));
    CHECK(b.bottom() == Approx(a.bottom()).margin(1e-6));
    CHECK(projected->regionAt({46.338, 39.507})->code == "AM-SU");
}

TEST_CASE("layers in other formats open the same: GeoJSON, Shapefile, KML", "[core][layer]")
{
    QTemporaryDir dir;
    const QStringList targets{dir.filePath("layer.geojson"), dir.filePath("layer.shp"), dir.filePath("layer.kml")};
    for (const QString &target : targets) {
        INFO(target.toStdString());
        REQUIRE(translate(BoundaryLayer::defaultPath(), target, {}));
        auto layer = openOrFail(target);
        const Region *fuzuli = layer->regionAt({47.145, 39.601});
        REQUIRE(fuzuli);
        CHECK(fuzuli->nameEn == "Fuzuli");
    }
}

TEST_CASE("bad boundary layers are refused with a clear error", "[core][layer]")
{
    QTemporaryDir dir;
    SECTION("missing file")
    {
        const QString error = openError(dir.filePath("nope.gpkg"));
        CHECK(error.contains("nope.gpkg"));
        CHECK(error.contains("no such file"));
    }
    SECTION("a file that is no dataset")
    {
        CHECK(openError(testpaths::data("not-a-dataset.gpkg")).contains("not a vector dataset GDAL can read"));
    }
    SECTION("random bytes named .gpkg")
    {
        const QString path = dir.filePath("random.gpkg");
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        QByteArray bytes("SQLite format 3");
        bytes.append(QByteArray(4096, '\x5a'));
        f.write(bytes);
        f.close();
        CHECK(openError(path).startsWith(path + ": "));
    }
    SECTION("a layer of points")
    {
        CHECK(openError(testpaths::data("points.geojson")).contains("no polygon layer (found Point geometries)"));
    }
    SECTION("an unknown layer name")
    {
        CHECK(openError(BoundaryLayer::defaultPath(), "rivers").contains("has no layer named 'rivers'"));
    }
    SECTION("a Shapefile without a .prj has no CRS")
    {
        const QString shp = dir.filePath("nocrs.shp");
        REQUIRE(translate(BoundaryLayer::defaultPath(), shp, {}));
        REQUIRE(QFile::remove(dir.filePath("nocrs.prj")));
        CHECK(openError(shp).contains("has no coordinate reference system"));
    }
    SECTION("no path")
    {
        CHECK(openError(QString()).contains("no boundary layer file given"));
    }
}

TEST_CASE("invalid polygons are read, and holes are not inside", "[core][layer]")
{
    auto layer = openOrFail(testpaths::data("bowtie.geojson"));
    REQUIRE(layer->regions().size() == 2);
    CHECK(layer->regionAt({12.0, 0.5})->code == "XX-SQH");
    CHECK(layer->regionAt({12.0, 2.0}) == nullptr); // in the hole
    CHECK(layer->regionAt({0.3, 1.0})->code == "XX-BOW"); // left lobe
    CHECK(layer->regionAt({1.0, 1.6}) == nullptr); // between the lobes
}
