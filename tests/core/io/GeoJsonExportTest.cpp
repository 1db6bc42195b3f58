// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../store/StoreFixture.h"

#include "io/GeoJsonExport.h"
#include "io/GeoJsonImport.h"
#include "io/SampleData.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gdal.h>
#include <ogr_api.h>

using namespace conflictmap;

namespace {
QByteArray exportBytes(IncidentStore &store, const IncidentFilter &filter = {})
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    auto summary = GeoJsonExport::toDevice(store, filter, buffer);
    INFO(summary.error().toStdString());
    REQUIRE(summary);
    CHECK(summary->bytes == buffer.data().size());
    return buffer.data();
}

// The features of an export, parsed by Qt's own JSON parser, ids dropped
// (an import gives new ids).
QJsonArray featuresWithoutIds(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    QJsonArray features = document.object().value("features").toArray();
    for (int i = 0; i < features.size(); ++i) {
        QJsonObject feature = features[i].toObject();
        CHECK(feature.contains("id"));
        feature.remove("id");
        features[i] = feature;
    }
    return features;
}

// Exports 'from', imports that into a new database, exports again.
std::pair<QByteArray, QByteArray> roundTrip(StoreFixture &from)
{
    const QByteArray first = exportBytes(*from.store);
    StoreFixture to;
    auto imported = GeoJsonImport::fromBytes(*to.store, std::string_view(first.constData(), size_t(first.size())));
    INFO(imported.error().toStdString());
    REQUIRE(imported);
    return {first, exportBytes(*to.store)};
}

// Text in the scripts of the region and every character JSON must escape.
const QStringList kHardTexts{
    QString::fromUtf8("محافظة سيونيك — «منطقة فضولي» مُحَمَّد"),
    QString::fromUtf8("Սյունիքի մարզ, Գորիս, «Ջերմուկ»"),
    QString::fromUtf8("Сюникская область, «Физули», ёж"),
    QString::fromUtf8("Füzuli, Şuşa, Ağdam, İsmayıllı, Xocavənd, ə ğ ı ö ş ü ç"),
    QString::fromUtf8("quotes \" and \\ backslash / slash \\\" both"),
    QString::fromUtf8("controls \x01\x02\x1f bell\x07 tab\t cr\r lf\n form\f back\b end"),
    QString::fromUtf8("line separator \u2028 paragraph \u2029 bidi \u202b\u2067 zwj \u200d"),
    QString::fromUtf8("<b>html</b> <img src=x onerror=alert(1)> & 'single' `tick`"),
    QString::fromUtf8("emoji 🚚🛡️ and CJK 坦克 and a bare surrogate pair 𝕏"),
    QString::fromUtf8("'; DROP TABLE incidents; --"),
};
} // namespace

TEST_CASE("export then import then export gives the same features (the sample)", "[io][export]")
{
    StoreFixture db;
    REQUIRE(SampleData::loadInto(*db.store));
    const auto [first, second] = roundTrip(db);
    CHECK(featuresWithoutIds(first).size() == 7);
    CHECK(featuresWithoutIds(first) == featuresWithoutIds(second));
}

TEST_CASE("export then import then export is lossless for text in every script and every special character", "[io][export]")
{
    StoreFixture db;
    const qint64 a = db.addSource(kHardTexts[0], "https://news.example/a?x=1&y=%222%22");
    Source print;
    print.title = kHardTexts[1];
    print.publisher = kHardTexts[2];
    print.language = "hy";
    QString why;
    print.published = PartialDate::parse("2022-09", &why);
    const qint64 b = db.store->addSource(print).value();
    for (int i = 0; i < kHardTexts.size(); ++i) {
        const QString &text = kHardTexts[i];
        Incident incident = db.pointIncident(44.0 + i * 0.37, 38.5 + i * 0.29);
        incident.title = text;
        incident.description = text + "\n" + kHardTexts.value(i + 1);
        incident.actors = actorsNamed({text, "Armed Forces of Azerbaijan"});
        incident.equipment = i % 2 ? text : QString();
        incident.quantity = i % 3 ? std::optional<qint64>(i * 1000003) : std::nullopt;
        incident.fatalities = i % 2 ? std::optional<qint64>(i) : std::nullopt;
        incident.status = IncidentStatus(i % 5);
        incident.extra = i % 2 ? QStringLiteral(R"({"k":%1,"nested":{"a":[1,2.5,null,true]}})").arg(i) : QString();
        if (i % 4 == 3) {
            incident.precision = LocationPrecision::Region;
            incident.region = "AZ-FUZ";
        } else if (i % 4 == 2) {
            incident.precision = LocationPrecision::Country;
            incident.region = "AM";
        }
        Claim claim;
        claim.sourceId = i % 2 ? a : b;
        claim.claimant = text;
        claim.stance = Stance(i % 3);
        claim.quote = text;
        claim.translation = i % 2 ? kHardTexts.value(i - 1) : QString();
        incident.claims = {claim, claim};
        incident.claims[1].sourceId = a;
        auto id = db.store->addIncident(incident);
        INFO(id.error().toStdString());
        REQUIRE(id);
    }
    const auto [first, second] = roundTrip(db);
    const QJsonArray features = featuresWithoutIds(first);
    REQUIRE(features.size() == kHardTexts.size());
    CHECK(features == featuresWithoutIds(second));
    for (int i = 0; i < kHardTexts.size(); ++i) {
        const QJsonObject p = features[i].toObject().value("properties").toObject();
        CHECK(p.value("title").toString().toUtf8() == kHardTexts[i].toUtf8());
        CHECK(p.value("sources").toArray()[0].toObject().value("quote").toString().toUtf8() == kHardTexts[i].toUtf8());
    }
    // The raw text is one line per feature: newlines and separators are escaped.
    CHECK(first.count('\n') == kHardTexts.size() + 2);
    CHECK_FALSE(first.contains("\u2028"));
}

TEST_CASE("the export is RFC 7946: points in lon/lat, at most 7 decimals, no crs, nulls not missing", "[io][export]")
{
    StoreFixture db;
    REQUIRE(db.store->addIncident(db.pointIncident(46.33812345678, 39.50700000001)));
    REQUIRE(db.store->addIncident(db.pointIncident(-179.999999999, 89.99999999)));
    REQUIRE(db.store->addIncident(db.pointIncident(-0.00000000001, 0.000000000049)));
    const QByteArray json = exportBytes(*db.store);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value("type").toString() == "FeatureCollection");
    CHECK_FALSE(root.contains("crs"));
    const QJsonArray features = root.value("features").toArray();
    REQUIRE(features.size() == 3);
    const QJsonArray c = features[0].toObject().value("geometry").toObject().value("coordinates").toArray();
    CHECK(c[0].toDouble() == 46.3381235);
    CHECK(c[1].toDouble() == 39.507);
    CHECK(json.contains(R"("coordinates":[-180,90])"));
    CHECK(json.contains(R"("coordinates":[0,0])")); // no "-0"
    const QRegularExpression coordinates(R"("coordinates":\[(-?\d+(\.\d{1,7})?),(-?\d+(\.\d{1,7})?)\])");
    CHECK(json.count("\"coordinates\":") == 3);
    auto match = coordinates.globalMatch(QString::fromUtf8(json));
    int matched = 0;
    while (match.hasNext()) {
        match.next();
        ++matched;
    }
    CHECK(matched == 3);
    const QJsonObject p = features[0].toObject().value("properties").toObject();
    for (const char *key : {"type", "title", "description", "date", "date_precision", "status", "precision", "region",
             "region_name", "actors", "fatalities", "equipment", "quantity", "created", "updated", "extra", "sources"})
        CHECK(p.contains(QLatin1String(key)));
    CHECK(p.value("description").isNull());
    CHECK(p.value("region").toString() == "AM-SU");
    CHECK(p.value("region_name").toString() == "Syunik");
    CHECK(p.value("date_precision").toString() == "day");
    CHECK(p.value("actors").toArray().isEmpty());
    CHECK(features[0].toObject().value("id").toInt() == 1);
}

TEST_CASE("GDAL's own GeoJSON driver reads the export with the same features", "[io][export][gdal]")
{
    StoreFixture db;
    REQUIRE(SampleData::loadInto(*db.store));
    for (const QString &text : kHardTexts) {
        Incident incident = db.pointIncident();
        incident.title = text;
        REQUIRE(db.store->addIncident(incident));
    }
    const QString path = db.dir.filePath("export.geojson");
    auto summary = GeoJsonExport::toFile(*db.store, {}, path);
    REQUIRE(summary);
    const auto incidents = db.store->incidents().value(); // by date; match by id below

    GDALAllRegister();
    const char *drivers[] = {"GeoJSON", nullptr};
    GDALDatasetH dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
    REQUIRE(dataset);
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    REQUIRE(layer);
    CHECK(OGR_L_GetFeatureCount(layer, TRUE) == qint64(incidents.size()));
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    auto field = [&](OGRFeatureH f, const char *name) {
        const int i = OGR_FD_GetFieldIndex(definition, name);
        REQUIRE(i >= 0);
        return OGR_F_IsFieldSetAndNotNull(f, i) ? QString::fromUtf8(OGR_F_GetFieldAsString(f, i)) : QString();
    };
    int checked = 0;
    OGR_L_ResetReading(layer);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        const qint64 id = OGR_F_GetFID(feature);
        const auto it = std::find_if(incidents.begin(), incidents.end(), [&](const Incident &i) { return i.id == id; });
        REQUIRE(it != incidents.end());
        OGRGeometryH point = OGR_F_GetGeometryRef(feature);
        REQUIRE(point);
        CHECK(wkbFlatten(OGR_G_GetGeometryType(point)) == wkbPoint);
        CHECK(OGR_G_GetX(point, 0) == Approx(it->lon).margin(1e-7));
        CHECK(OGR_G_GetY(point, 0) == Approx(it->lat).margin(1e-7));
        CHECK(field(feature, "title").toUtf8() == it->title.toUtf8());
        CHECK(field(feature, "type") == it->type);
        CHECK(field(feature, "date") == it->date->toString());
        CHECK(field(feature, "status") == toString(it->status));
        CHECK(field(feature, "precision") == toString(it->precision));
        CHECK(field(feature, "region") == it->region);
        CHECK(field(feature, "description").toUtf8() == it->description.toUtf8());
        // Arrays of objects come through GDAL as JSON text.
        const QJsonArray sources = QJsonDocument::fromJson(field(feature, "sources").toUtf8()).array();
        CHECK(sources.size() == int(it->claims.size()));
        if (!it->claims.empty())
            CHECK(sources[0].toObject().value("title").toString() == it->claims[0].source.title);
        OGR_F_Destroy(feature);
        ++checked;
    }
    GDALClose(dataset);
    CHECK(checked == int(incidents.size()));
}

TEST_CASE("export filters as list does, and a failed export leaves no file", "[io][export]")
{
    StoreFixture db;
    REQUIRE(SampleData::loadInto(*db.store));
    IncidentFilter filter;
    filter.region = "AM";
    CHECK(featuresWithoutIds(exportBytes(*db.store, filter)).size() == 4);
    filter.text = QString::fromUtf8("فضولي");
    filter.region.clear();
    CHECK(featuresWithoutIds(exportBytes(*db.store, filter)).size() == 1);

    const QString missingDirectory = db.dir.filePath("no/such/dir/out.geojson");
    CHECK_FALSE(GeoJsonExport::toFile(*db.store, {}, missingDirectory));
    CHECK_FALSE(QFile::exists(missingDirectory));

    // Replacing a file happens whole: the old content until the new is complete.
    const QString path = db.dir.filePath("out.geojson");
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    REQUIRE(GeoJsonExport::toFile(*db.store, {}, path));
    QFile replaced(path);
    REQUIRE(replaced.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(replaced.readAll()).object().value("features").toArray().size() == 7);
    CHECK(QDir(db.dir.path()).entryList({"*.geojson*"}, QDir::Files) == QStringList{"out.geojson"}); // no temporary left
}
