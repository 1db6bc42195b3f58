// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "TestPaths.h"
#include "TestRasters.h"

#include "geo/CrsTransform.h"
#include "raster/RasterDataset.h"

#include <QTemporaryDir>

#include <sqlite3.h>

using namespace conflictmap;

namespace {
// The view of the quadrants' square (with a margin) in 'crs', 'pixels' wide.
RasterView viewOfQuadrants(const QString &crs, int pixels = 300)
{
    QString error;
    const auto transform = CrsTransform::create(QStringLiteral("EPSG:3857"), crs, &error);
    REQUIRE(transform);
    std::vector<QPointF> corners;
    const QRectF e = testrasters::kQuadrantsExtent.adjusted(-2e4, -2e4, 2e4, 2e4);
    for (double t = 0; t <= 1.0; t += 0.125)
        corners.insert(corners.end(),
            {{e.left() + t * e.width(), e.top()}, {e.left() + t * e.width(), e.bottom()}, {e.left(), e.top() + t * e.height()},
                {e.right(), e.top() + t * e.height()}});
    transform->forward(corners);
    QRectF box(corners.front(), QSizeF());
    for (const QPointF &p : corners)
        box |= QRectF(p, QSizeF(1e-9, 1e-9));
    const int height = int(pixels * box.height() / box.width());
    return {crs, box, QSize(pixels, height)};
}

QColor pixelAt(const RgbaImage &image, const RasterView &view, double lon, double lat)
{
    QString error;
    const auto transform = CrsTransform::create(QStringLiteral("EPSG:4326"), view.crs, &error);
    const QPointF p = transform->forward(QPointF(lon, lat));
    const int x = int((p.x() - view.extent.left()) / view.extent.width() * view.size.width());
    const int y = int((view.extent.bottom() - p.y()) / view.extent.height() * view.size.height());
    REQUIRE(x >= 0);
    REQUIRE(y >= 0);
    REQUIRE(x < image.width);
    REQUIRE(y < image.height);
    const auto *at = reinterpret_cast<const uchar *>(image.pixels.constData()) + (qsizetype(y) * image.width + x) * 4;
    return QColor(at[0], at[1], at[2], at[3]);
}

bool near(const QColor &a, const QColor &b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance && std::abs(a.alpha() - b.alpha()) <= tolerance;
}

void checkQuadrants(const RasterDataset &raster)
{
    for (const char *crs : {"EPSG:3857", "EPSG:32638", "EPSG:4326"}) {
        INFO(crs);
        const RasterView view = viewOfQuadrants(QString::fromLatin1(crs));
        const Result<RgbaImage> image = raster.render(view);
        REQUIRE(image);
        REQUIRE(image->width == view.size.width());
        for (const auto &quadrant : testrasters::quadrants()) {
            INFO(quadrant.lon << " " << quadrant.lat);
            const QColor drawn = pixelAt(*image, view, quadrant.lon, quadrant.lat);
            INFO(drawn.name(QColor::HexArgb).toStdString() << " expected " << quadrant.colour.name().toStdString());
            CHECK(near(drawn, quadrant.colour));
        }
        // West of the square (it begins at 44.02° E): nothing drawn.
        CHECK(pixelAt(*image, view, 43.93, 39.56).alpha() == 0);
    }
}
} // namespace

TEST_CASE("a GeoTIFF and GeoPackage tiles are drawn in Web Mercator UTM 38N and lon lat with colours in place", "[core][raster]")
{
    QTemporaryDir dir;
    for (const auto &[name, driver] : {std::pair{"quadrants.tif", "GTiff"}, std::pair{"quadrants.gpkg", "GPKG"}}) {
        INFO(name);
        const QString path = dir.filePath(QString::fromLatin1(name));
        testrasters::writeQuadrants(path, driver);
        const auto raster = RasterDataset::open(path);
        REQUIRE(raster);
        CHECK(raster.value()->kind() == RasterDataset::Kind::Image);
        checkQuadrants(*raster.value());
    }
}

TEST_CASE("an MBTiles file is drawn in each projection and gives its attribution", "[core][raster]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("quadrants.mbtiles"));
    testrasters::writeQuadrants(path, "MBTILES");
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "INSERT INTO metadata VALUES ('attribution', '© Test imagery <b>contributors</b>')", nullptr,
                nullptr, nullptr)
        == SQLITE_OK);
    sqlite3_close(db);
    const auto raster = RasterDataset::open(path);
    REQUIRE(raster);
    CHECK(raster.value()->attribution() == QStringLiteral("© Test imagery <b>contributors</b>"));
    checkQuadrants(*raster.value());
}

TEST_CASE("an elevation model is shaded lit from the north-west", "[core][raster]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cone.tif"));
    testrasters::writeCone(path);
    const auto raster = RasterDataset::open(path);
    REQUIRE(raster);
    REQUIRE(raster.value()->kind() == RasterDataset::Kind::Elevation);
    for (const char *crs : {"EPSG:32638", "EPSG:3857", "EPSG:4326"}) {
        INFO(crs);
        QString error;
        const auto toView = CrsTransform::create(QStringLiteral("EPSG:4326"), QString::fromLatin1(crs), &error);
        const QPointF peak = toView->forward(QPointF(testrasters::kConeLon, testrasters::kConeLat));
        // 12 km either way of the peak, whatever the view's units.
        const QPointF east = toView->forward(QPointF(testrasters::kConeLon + 0.14, testrasters::kConeLat));
        const double half = east.x() - peak.x();
        const RasterView view{
            QString::fromLatin1(crs), QRectF(peak.x() - half, peak.y() - half, 2 * half, 2 * half), QSize(240, 240)};
        const Result<RgbaImage> image = raster.value()->render(view);
        REQUIRE(image);
        const double d = 0.04; // degrees from the peak, on the slopes
        const QColor litSide = pixelAt(*image, view, testrasters::kConeLon - d, testrasters::kConeLat + d * 0.77);
        const QColor shadowSide = pixelAt(*image, view, testrasters::kConeLon + d, testrasters::kConeLat - d * 0.77);
        INFO("lit " << litSide.red() << " shadow " << shadowSide.red());
        CHECK(litSide.alpha() == 255);
        CHECK(shadowSide.alpha() == 255);
        CHECK(litSide.red() > shadowSide.red() + 40);
        // Beyond the model's edge: transparent.
        CHECK(pixelAt(*image, view, testrasters::kConeLon + 0.135, testrasters::kConeLat + 0.105).alpha() == 0);
    }
}

TEST_CASE("rasters that cannot be placed or read are refused with a reason", "[core][raster]")
{
    QTemporaryDir dir;
    const QString noCrs = dir.filePath(QStringLiteral("cone-without-crs.tif"));
    testrasters::writeCone(noCrs, false);
    const QString text = dir.filePath(QStringLiteral("notes.tif"));
    testrasters::writeText(text);
    struct Case {
        QString path;
        const char *error;
    };
    const Case cases[] = {
        {noCrs, "the elevation model cone-without-crs.tif has no coordinate reference system"},
        {text, "notes.tif is not a raster GDAL can read"},
        {testpaths::data(QStringLiteral("not-a-dataset.gpkg")), "not-a-dataset.gpkg is not a raster GDAL can read"},
        {testpaths::data(QStringLiteral("points.geojson")), "points.geojson is not a raster GDAL can read"},
        {dir.filePath(QStringLiteral("absent.tif")), "absent.tif: no such file"},
    };
    for (const Case &c : cases) {
        INFO(c.path.toStdString());
        const auto raster = RasterDataset::open(c.path);
        REQUIRE_FALSE(raster);
        CHECK(raster.error().contains(QString::fromUtf8(c.error)));
        CHECK_FALSE(raster.error().contains(QLatin1Char('\n')));
    }
}
