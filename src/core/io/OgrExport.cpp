// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/OgrExport.h"

#include "geo/GdalHandles.h"
#include "model/StatusColours.h"
#include "store/IncidentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringList>
#include <QTemporaryDir>

#include <cpl_string.h>
#include <ogr_core.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

namespace conflictmap {

namespace {
struct Field {
    const char *name;
    OGRFieldType type;
};
// The fields of every incident layer, in this order.
constexpr Field kFields[] = {{"id", OFTInteger64}, {"type", OFTString}, {"family", OFTString}, {"title", OFTString},
    {"date", OFTString}, {"date_precision", OFTString}, {"date_until", OFTString}, {"precision", OFTString},
    {"region", OFTString}, {"status", OFTString}, {"actors", OFTString}, {"description", OFTString}, {"equipment", OFTString},
    {"quantity", OFTInteger64}, {"fatalities", OFTInteger64}, {"fatalities_low", OFTInteger64}, {"fatalities_high", OFTInteger64},
    {"claims", OFTInteger}, {"sources", OFTString}, {"reliability", OFTString}, {"credibility", OFTInteger},
    {"created", OFTString}, {"updated", OFTString}};
constexpr Field kClaimFields[] = {{"incident_id", OFTInteger64}, {"source_id", OFTInteger64}, {"claimant", OFTString},
    {"stance", OFTString}, {"quote", OFTString}, {"translation", OFTString}, {"credibility", OFTInteger}};
constexpr Field kSourceFields[] = {{"id", OFTInteger64}, {"title", OFTString}, {"url", OFTString}, {"publisher", OFTString},
    {"language", OFTString}, {"published", OFTString}, {"reliability", OFTString}, {"document_sha256", OFTString}};

enum class Kind { Points, MultiPoints, Lines, Areas };

struct LayerSpec {
    const char *name;
    OGRwkbGeometryType type;
    const char *symbol; // QGIS symbol type
};
LayerSpec specOf(Kind kind)
{
    switch (kind) {
    case Kind::Points:
        return {"incident_points", wkbPoint, "marker"};
    case Kind::MultiPoints:
        return {"incident_multipoints", wkbMultiPoint, "marker"};
    case Kind::Lines:
        return {"incident_lines", wkbMultiLineString, "line"};
    case Kind::Areas:
        return {"incident_areas", wkbMultiPolygon, "fill"};
    }
    return {"incidents", wkbUnknown, "marker"};
}

Kind kindOf(OGRGeometryH geometry)
{
    switch (wkbFlatten(OGR_G_GetGeometryType(geometry))) {
    case wkbPoint:
        return Kind::Points;
    case wkbMultiPoint:
        return Kind::MultiPoints;
    case wkbLineString:
    case wkbMultiLineString:
        return Kind::Lines;
    default:
        return Kind::Areas;
    }
}

// The type families and QGIS's marker shapes for them: conflictmap's own
// (circle clash, square territory, triangle movement, diamond diplomatic,
// cross other).
constexpr std::pair<const char *, const char *> kFamilyShapes[] = {
    {"clash", "circle"}, {"territory", "square"}, {"movement", "triangle"}, {"diplomatic", "diamond"}, {"other", "cross_fill"}};

// A QGIS style (the QML of layer_styles): points by status (colour) and
// type family (shape), categorised on "status family"; lines and areas by
// status.
QString qgisStyle(const char *symbol)
{
    const bool marker = qstrcmp(symbol, "marker") == 0;
    struct Category {
        QString value, label, colour; // colour as QGIS writes it: "r,g,b"
        const char *shape;
    };
    std::vector<Category> categories;
    for (const QString &status : vocabularyNames<IncidentStatus>()) {
        const quint32 rgb = statusRgb(*parseVocabulary<IncidentStatus>(status));
        const QString colour = QStringLiteral("%1,%2,%3").arg(rgb >> 16).arg((rgb >> 8) & 0xff).arg(rgb & 0xff);
        if (!marker)
            categories.push_back({status, status, colour, nullptr});
        else
            for (const auto &[family, shape] : kFamilyShapes)
                categories.push_back({status + QLatin1Char(' ') + QLatin1String(family),
                    status + QStringLiteral(" · ") + QLatin1String(family), colour, shape});
    }
    QString categoryXml;
    QString symbols;
    for (size_t i = 0; i < categories.size(); ++i) {
        const Category &c = categories[i];
        categoryXml
            += QStringLiteral("<category symbol=\"%1\" value=\"%2\" label=\"%3\" render=\"true\"/>").arg(i).arg(c.value, c.label);
        QString layer;
        if (marker)
            layer = QStringLiteral("<layer class=\"SimpleMarker\" pass=\"0\" locked=\"0\" enabled=\"1\"><Option type=\"Map\">"
                                   "<Option type=\"QString\" name=\"name\" value=\"%2\"/>"
                                   "<Option type=\"QString\" name=\"color\" value=\"%1,255\"/>"
                                   "<Option type=\"QString\" name=\"outline_color\" value=\"255,255,255,255\"/>"
                                   "<Option type=\"QString\" name=\"size\" value=\"3.4\"/></Option></layer>")
                        .arg(c.colour, QLatin1String(c.shape));
        else if (qstrcmp(symbol, "line") == 0)
            layer = QStringLiteral("<layer class=\"SimpleLine\" pass=\"0\" locked=\"0\" enabled=\"1\"><Option type=\"Map\">"
                                   "<Option type=\"QString\" name=\"line_color\" value=\"%1,255\"/>"
                                   "<Option type=\"QString\" name=\"line_width\" value=\"0.8\"/></Option></layer>")
                        .arg(c.colour);
        else
            layer = QStringLiteral("<layer class=\"SimpleFill\" pass=\"0\" locked=\"0\" enabled=\"1\"><Option type=\"Map\">"
                                   "<Option type=\"QString\" name=\"color\" value=\"%1,70\"/>"
                                   "<Option type=\"QString\" name=\"outline_color\" value=\"%1,255\"/>"
                                   "<Option type=\"QString\" name=\"outline_width\" value=\"0.5\"/></Option></layer>")
                        .arg(c.colour);
        symbols += QStringLiteral("<symbol type=\"%1\" name=\"%2\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">%3</symbol>")
                       .arg(QLatin1String(symbol))
                       .arg(i)
                       .arg(layer);
    }
    // QGIS takes an expression where a field name would be.
    const QString attribute
        = marker ? QStringLiteral("concat(&quot;status&quot;, ' ', &quot;family&quot;)") : QStringLiteral("status");
    return QStringLiteral("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
                          "<qgis version=\"3.22.0\" styleCategories=\"Symbology\">"
                          "<renderer-v2 type=\"categorizedSymbol\" attr=\"%3\" symbollevels=\"0\" enableorderby=\"0\""
                          " forceraster=\"0\"><categories>%1</categories><symbols>%2</symbols></renderer-v2></qgis>\n")
        .arg(categoryXml, symbols, attribute);
}

QString text(std::string_view value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

// The best (lowest) grade among the claims: 'A' before 'B', 1 before 2.
std::string bestOf(const std::vector<IncidentRow::ClaimRow> &claims, std::string IncidentRow::ClaimRow::*grade)
{
    std::string best;
    for (const IncidentRow::ClaimRow &claim : claims)
        if (!(claim.*grade).empty() && (best.empty() || claim.*grade < best))
            best = claim.*grade;
    return best;
}

class Writer {
public:
    Writer(OgrExport::Format format, GDALDatasetH dataset, std::map<std::string, QString> families)
        : m_format(format), m_dataset(dataset), m_families(std::move(families))
    {
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, 4326);
        OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
        m_srs.reset(srs);
    }

    Result<void> write(const IncidentRow &row)
    {
        gdal::Geometry geometry = geometryOf(row);
        if (!geometry)
            return Result<void>::failure(QStringLiteral("incident %1: its geometry cannot be read").arg(row.id));
        const Kind kind = m_format == OgrExport::Format::GeoPackage ? kindOf(geometry.get()) : Kind::Points;
        if (kind == Kind::Lines)
            geometry.reset(OGR_G_ForceToMultiLineString(geometry.release()));
        else if (kind == Kind::Areas)
            geometry.reset(OGR_G_ForceToMultiPolygon(geometry.release()));
        auto layer = layerFor(kind);
        if (!layer)
            return Result<void>::failure(layer.problem());
        gdal::Feature feature(OGR_F_Create(OGR_L_GetLayerDefn(layer.value())));
        setFields(feature.get(), row);
        OGR_F_SetGeometryDirectly(feature.get(), geometry.release());
        if (m_format == OgrExport::Format::GeoPackage)
            OGR_F_SetFID(feature.get(), row.id); // the related tables' base_id
        if (OGR_L_CreateFeature(layer.value(), feature.get()) != OGRERR_NONE)
            return Result<void>::failure(
                QStringLiteral("incident %1: %2").arg(row.id).arg(QString::fromUtf8(CPLGetLastErrorMsg())));
        if (m_format == OgrExport::Format::GeoPackage)
            return writeClaims(row);
        return {};
    }

    // The style of every layer written, and the relationships of the tables.
    Result<void> finish()
    {
        if (m_format != OgrExport::Format::GeoPackage)
            return {};
        if (m_layers.empty()) // an empty export is still a GeoPackage QGIS opens: one empty layer
            if (auto made = layerFor(Kind::Points); !made)
                return Result<void>::failure(made.problem());
        auto styles = attributeTable("layer_styles",
            {{"f_table_catalog", OFTString}, {"f_table_schema", OFTString}, {"f_table_name", OFTString},
                {"f_geometry_column", OFTString}, {"styleName", OFTString}, {"styleQML", OFTString}, {"styleSLD", OFTString},
                {"useAsDefault", OFTInteger}, {"description", OFTString}, {"owner", OFTString}, {"ui", OFTString},
                {"update_time", OFTString}});
        if (!styles)
            return Result<void>::failure(styles.problem());
        for (const auto &[kind, layer] : m_layers) {
            const LayerSpec spec = specOf(kind);
            gdal::Feature style(OGR_F_Create(OGR_L_GetLayerDefn(styles.value())));
            OGR_F_SetFieldString(style.get(), 0, "");
            OGR_F_SetFieldString(style.get(), 1, "");
            OGR_F_SetFieldString(style.get(), 2, spec.name);
            OGR_F_SetFieldString(style.get(), 3, OGR_L_GetGeometryColumn(layer));
            OGR_F_SetFieldString(style.get(), 4, "conflictmap");
            OGR_F_SetFieldString(style.get(), 5, qgisStyle(spec.symbol).toUtf8().constData());
            OGR_F_SetFieldString(style.get(), 6, "");
            OGR_F_SetFieldInteger(style.get(), 7, 1);
            OGR_F_SetFieldString(style.get(), 8, "incidents coloured by status and shaped by type family, as in conflictmap");
            if (OGR_L_CreateFeature(styles.value(), style.get()) != OGRERR_NONE)
                return Result<void>::failure(QStringLiteral("layer_styles: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())));
        }
        return relateSources();
    }

    qint64 claims() const { return m_claims; }
    qint64 sources() const { return qint64(m_sourceIds.size()); }

private:
    gdal::Geometry geometryOf(const IncidentRow &row) const
    {
        OGRGeometryH geometry = nullptr;
        if (row.geometry.empty()) {
            geometry = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(geometry, 0, row.lon, row.lat);
        } else if (OGR_G_CreateFromWkb(row.geometry.data(), nullptr, &geometry, int(row.geometry.size())) != OGRERR_NONE) {
            return nullptr;
        }
        OGR_G_AssignSpatialReference(geometry, m_srs.get());
        return gdal::Geometry(geometry);
    }

    Result<OGRLayerH> attributeTable(const char *name, std::initializer_list<Field> fields)
    {
        OGRLayerH layer = GDALDatasetCreateLayer(m_dataset, name, nullptr, wkbNone, nullptr);
        if (!layer)
            return Result<OGRLayerH>::failure(QStringLiteral("cannot create the table %1: %2")
                                                  .arg(QLatin1String(name), QString::fromUtf8(CPLGetLastErrorMsg())));
        for (const Field &field : fields) {
            OGRFieldDefnH definition = OGR_Fld_Create(field.name, field.type);
            OGR_L_CreateField(layer, definition, TRUE);
            OGR_Fld_Destroy(definition);
        }
        return layer;
    }

    Result<OGRLayerH> layerFor(Kind kind)
    {
        const auto found = m_layers.find(kind);
        if (found != m_layers.end())
            return found->second;
        const LayerSpec spec = specOf(kind);
        const char *name = m_format == OgrExport::Format::GeoPackage ? spec.name : "incidents";
        char **options = nullptr;
        if (m_format == OgrExport::Format::Csv)
            options = CSLSetNameValue(options, "GEOMETRY", "AS_WKT");
        OGRLayerH layer = GDALDatasetCreateLayer(
            m_dataset, name, m_srs.get(), m_format == OgrExport::Format::GeoPackage ? spec.type : wkbUnknown, options);
        CSLDestroy(options);
        if (!layer)
            return Result<OGRLayerH>::failure(QStringLiteral("cannot create the layer %1: %2")
                                                  .arg(QLatin1String(name), QString::fromUtf8(CPLGetLastErrorMsg())));
        for (const Field &field : kFields) {
            // In KML the description is the placemark's own (details),
            // which readers take for a field of that name.
            if (m_format == OgrExport::Format::Kml && qstrcmp(field.name, "description") == 0)
                continue;
            OGRFieldDefnH definition = OGR_Fld_Create(field.name, field.type);
            OGR_L_CreateField(layer, definition, TRUE);
            OGR_Fld_Destroy(definition);
        }
        if (m_format == OgrExport::Format::Kml) {
            OGRFieldDefnH definition = OGR_Fld_Create("details", OFTString);
            OGR_L_CreateField(layer, definition, TRUE);
            OGR_Fld_Destroy(definition);
        }
        m_layers.emplace(kind, layer);
        return layer;
    }

    void setFields(OGRFeatureH feature, const IncidentRow &row) const
    {
        QStringList actors;
        for (const IncidentRow::ActorRow &actor : row.actors)
            actors << Actor{QString::fromStdString(actor.name), QString::fromStdString(actor.side),
                QString::fromStdString(actor.type)}
                          .label();
        QStringList sourceTitles;
        for (const IncidentRow::ClaimRow &claim : row.claims)
            if (!sourceTitles.contains(QString::fromStdString(claim.title)))
                sourceTitles << QString::fromStdString(claim.title);
        auto set = [&](const char *field, const QString &value) {
            const int index = OGR_F_GetFieldIndex(feature, field);
            if (!value.isEmpty() && index >= 0)
                OGR_F_SetFieldString(feature, index, value.toUtf8().constData());
        };
        auto setNumber = [&](const char *field, std::optional<qint64> value) {
            if (value)
                OGR_F_SetFieldInteger64(feature, OGR_F_GetFieldIndex(feature, field), *value);
        };
        setNumber("id", row.id);
        set("type", text(row.type));
        const auto family = m_families.find(std::string(row.type));
        set("family", family == m_families.end() ? QStringLiteral("other") : family->second);
        set("title", text(row.title));
        set("date", text(row.date));
        set("date_precision", text(row.datePrecision));
        set("date_until", text(row.dateUntil));
        set("precision", text(row.precision));
        set("region", text(row.region));
        set("status", text(row.status));
        set("actors", actors.join(QStringLiteral("; ")));
        if (m_format != OgrExport::Format::Kml) // KML's own "Description" field is the placemark's (details)
            set("description", text(row.description));
        set("equipment", text(row.equipment));
        setNumber("quantity", row.quantity);
        setNumber("fatalities", row.fatalities);
        setNumber("fatalities_low", row.fatalitiesLow);
        setNumber("fatalities_high", row.fatalitiesHigh);
        setNumber("claims", qint64(row.claims.size()));
        set("sources", sourceTitles.join(QStringLiteral("; ")));
        set("reliability", QString::fromStdString(bestOf(row.claims, &IncidentRow::ClaimRow::reliability)));
        const std::string credibility = bestOf(row.claims, &IncidentRow::ClaimRow::credibility);
        if (!credibility.empty())
            setNumber("credibility", std::stoll(credibility));
        set("created", text(row.created));
        set("updated", text(row.updated));
        if (m_format == OgrExport::Format::Kml)
            set("details", details(row, actors));
    }

    // A placemark's description: plain text, for Google Earth's balloon.
    static QString details(const IncidentRow &row, const QStringList &actors)
    {
        QStringList lines{QStringLiteral("%1 · %2 · %3").arg(text(row.type), text(row.status), text(row.date))};
        if (!row.description.empty())
            lines << text(row.description);
        if (!actors.isEmpty())
            lines << QStringLiteral("Actors: %1").arg(actors.join(QStringLiteral("; ")));
        for (const IncidentRow::ClaimRow &claim : row.claims) {
            lines << QStringLiteral("%1 %2: %3")
                         .arg(QString::fromStdString(claim.claimant.empty() ? claim.publisher : claim.claimant),
                             QString::fromStdString(claim.stance), QString::fromStdString(claim.quote));
            lines << QStringLiteral("  source: %1%2")
                         .arg(QString::fromStdString(claim.title),
                             claim.url.empty() ? QString() : QStringLiteral(" (%1)").arg(QString::fromStdString(claim.url)));
        }
        return lines.join(QLatin1Char('\n'));
    }

    // Each incident layer related to the sources its claims cite, by the
    // GeoPackage Related Tables Extension (OGC 18-000), written in SQL: GDAL
    // 3.6 reads it but does not write it. A mapping table a layer,
    // "<layer>_sources", of base_id (the incident's fid, its id) and
    // related_id (the source's fid), filled from the claims.
    Result<void> relateSources()
    {
        if (!m_sourceTable)
            return {};
        QByteArray sql = "CREATE TABLE gpkgext_relations (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                         " base_table_name TEXT NOT NULL, base_primary_column TEXT NOT NULL DEFAULT 'id',"
                         " related_table_name TEXT NOT NULL, related_primary_column TEXT NOT NULL DEFAULT 'id',"
                         " relation_name TEXT NOT NULL, mapping_table_name TEXT NOT NULL UNIQUE);"
            + extensionRow("gpkgext_relations");
        for (const auto &[kind, layer] : m_layers) {
            const QByteArray name = specOf(kind).name;
            const QByteArray mapping = name + "_sources";
            sql += "CREATE TABLE " + mapping + " (base_id INTEGER NOT NULL, related_id INTEGER NOT NULL);" + extensionRow(mapping)
                + "INSERT INTO gpkgext_relations (base_table_name, base_primary_column, related_table_name,"
                  " related_primary_column, relation_name, mapping_table_name) VALUES ('"
                + name + "', 'fid', 'sources', 'fid', 'attributes', '" + mapping + "');" + "INSERT INTO " + mapping
                + " (base_id, related_id) SELECT DISTINCT c.incident_id, c.source_id FROM claims c"
                + " WHERE c.incident_id IN (SELECT fid FROM " + name + ") ORDER BY 1, 2;";
        }
        for (const QByteArray &statement : sql.split(';')) {
            if (statement.trimmed().isEmpty())
                continue;
            CPLErrorReset();
            OGRLayerH result = GDALDatasetExecuteSQL(m_dataset, statement.constData(), nullptr, nullptr);
            if (result)
                GDALDatasetReleaseResultSet(m_dataset, result);
            if (CPLGetLastErrorType() >= CE_Failure)
                return Result<void>::failure(QStringLiteral("related tables: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())));
        }
        return {};
    }

    static QByteArray extensionRow(const QByteArray &table)
    {
        return "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES ('" + table
            + "', NULL, 'gpkg_related_tables', 'http://docs.opengeospatial.org/is/18-000/18-000.html', 'read-write');";
    }

    Result<void> writeClaims(const IncidentRow &row)
    {
        if (!m_claimTable) {
            auto claims = attributeTable("claims",
                {kClaimFields[0], kClaimFields[1], kClaimFields[2], kClaimFields[3], kClaimFields[4], kClaimFields[5],
                    kClaimFields[6]});
            auto sources = claims ? attributeTable("sources",
                               {kSourceFields[0], kSourceFields[1], kSourceFields[2], kSourceFields[3], kSourceFields[4],
                                   kSourceFields[5], kSourceFields[6], kSourceFields[7]})
                                  : Result<OGRLayerH>::failure(claims.problem());
            if (!sources)
                return Result<void>::failure(sources.problem());
            m_claimTable = claims.value();
            m_sourceTable = sources.value();
        }
        for (const IncidentRow::ClaimRow &claim : row.claims) {
            // Sources have no id in the export's rows: one a distinct source.
            const std::string key = claim.title + '\x1f' + claim.url + '\x1f' + claim.publisher + '\x1f' + claim.published
                + '\x1f' + claim.language + '\x1f' + claim.document + '\x1f' + claim.reliability;
            auto [known, added] = m_sourceIds.emplace(key, qint64(m_sourceIds.size() + 1));
            if (added) {
                gdal::Feature source(OGR_F_Create(OGR_L_GetLayerDefn(m_sourceTable)));
                OGR_F_SetFID(source.get(), known->second); // the related tables' related_id
                OGR_F_SetFieldInteger64(source.get(), 0, known->second);
                const std::string *values[] = {&claim.title, &claim.url, &claim.publisher, &claim.language, &claim.published,
                    &claim.reliability, &claim.document};
                for (int i = 0; i < 7; ++i)
                    if (!values[i]->empty())
                        OGR_F_SetFieldString(source.get(), i + 1, values[i]->c_str());
                if (OGR_L_CreateFeature(m_sourceTable, source.get()) != OGRERR_NONE)
                    return Result<void>::failure(QStringLiteral("sources: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())));
            }
            gdal::Feature out(OGR_F_Create(OGR_L_GetLayerDefn(m_claimTable)));
            OGR_F_SetFieldInteger64(out.get(), 0, row.id);
            OGR_F_SetFieldInteger64(out.get(), 1, known->second);
            const std::string *values[] = {&claim.claimant, &claim.stance, &claim.quote, &claim.translation};
            for (int i = 0; i < 4; ++i)
                if (!values[i]->empty())
                    OGR_F_SetFieldString(out.get(), i + 2, values[i]->c_str());
            if (!claim.credibility.empty())
                OGR_F_SetFieldInteger(out.get(), 6, std::stoi(claim.credibility));
            if (OGR_L_CreateFeature(m_claimTable, out.get()) != OGRERR_NONE)
                return Result<void>::failure(QStringLiteral("claims: %1").arg(QString::fromUtf8(CPLGetLastErrorMsg())));
            ++m_claims;
        }
        return {};
    }

    OgrExport::Format m_format;
    GDALDatasetH m_dataset;
    std::map<std::string, QString> m_families; // type → family
    gdal::SpatialReference m_srs;
    std::map<Kind, OGRLayerH> m_layers;
    OGRLayerH m_claimTable = nullptr;
    OGRLayerH m_sourceTable = nullptr;
    std::map<std::string, qint64> m_sourceIds;
    qint64 m_claims = 0;
};

const char *extensionOf(OgrExport::Format format)
{
    switch (format) {
    case OgrExport::Format::GeoPackage:
        return "gpkg";
    case OgrExport::Format::Kml:
        return "kml";
    case OgrExport::Format::Csv:
        return "csv";
    }
    return "";
}

const char *driverOf(OgrExport::Format format)
{
    switch (format) {
    case OgrExport::Format::GeoPackage:
        return "GPKG";
    case OgrExport::Format::Kml:
        return "KML";
    case OgrExport::Format::Csv:
        return "CSV";
    }
    return nullptr;
}
} // namespace

std::optional<OgrExport::Format> OgrExport::formatNamed(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("gpkg") || lower == QLatin1String("geopackage"))
        return Format::GeoPackage;
    if (lower == QLatin1String("kml"))
        return Format::Kml;
    if (lower == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

std::optional<OgrExport::Format> OgrExport::formatOfPath(const QString &path)
{
    return formatNamed(QFileInfo(path).suffix());
}

Result<OgrExport::Summary> OgrExport::toFile(
    const IncidentStore &store, const IncidentFilter &filter, const QString &path, Format format, const Progress &progress)
{
    using R = Result<Summary>;
    GDALAllRegister();
    GDALDriverH driver = GDALGetDriverByName(driverOf(format));
    if (!driver)
        return R::failure(QStringLiteral("%1: GDAL has no %2 driver").arg(path, QLatin1String(driverOf(format))));
    // Written beside the target, renamed over it only when complete.
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return R::failure(QStringLiteral("%1: no such directory").arg(path));
    QTemporaryDir scratch(target.absoluteDir().filePath(QStringLiteral(".conflictmap-export-XXXXXX")));
    if (!scratch.isValid())
        return R::failure(QStringLiteral("%1: cannot write in %2").arg(path, target.absolutePath()));
    // Under the extension of its format: GDAL's CSV driver makes a folder
    // of any other name, GPKG's warns.
    const QString partial = scratch.filePath(QStringLiteral("export.") + QLatin1String(extensionOf(format)));
    char **options = nullptr;
    if (format == Format::Kml) {
        options = CSLSetNameValue(options, "NameField", "title");
        options = CSLSetNameValue(options, "DescriptionField", "details");
    }
    gdal::Dataset dataset(GDALCreate(driver, QFile::encodeName(partial).constData(), 0, 0, 0, GDT_Unknown, options));
    CSLDestroy(options);
    if (!dataset)
        return R::failure(QStringLiteral("%1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    std::map<std::string, QString> families;
    for (const IncidentType &type : store.incidentTypes())
        families[type.name.toStdString()] = type.family;
    Writer writer(format, dataset.get(), std::move(families));
    const bool transactions = format == Format::GeoPackage;
    if (transactions)
        GDALDatasetStartTransaction(dataset.get(), FALSE);
    Summary summary;
    Result<void> failed;
    bool cancelled = false;
    auto scanned = store.scan(filter, [&](const IncidentRow &row) {
        failed = writer.write(row);
        if (!failed)
            return false;
        ++summary.features;
        cancelled = progress && summary.features % 1000 == 0 && !progress(summary.features);
        return !cancelled;
    });
    if (!scanned)
        return R::failure(QStringLiteral("%1: %2").arg(path, scanned.error()));
    if (!failed)
        return R::failure(QStringLiteral("%1: %2").arg(path, failed.error()));
    if (cancelled)
        return R::failure(QStringLiteral("%1: cancelled").arg(path));
    if (auto finished = writer.finish(); !finished)
        return R::failure(QStringLiteral("%1: %2").arg(path, finished.error()));
    if (transactions && GDALDatasetCommitTransaction(dataset.get()) != OGRERR_NONE)
        return R::failure(QStringLiteral("%1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg())));
    summary.claims = writer.claims();
    summary.sources = writer.sources();
    dataset.reset(); // closed: the file is complete
    // rename(2) replaces the target in one step: the old file stays until then.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0)
        return R::failure(QStringLiteral("%1: cannot be written (%2)").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    return summary;
}

} // namespace conflictmap
