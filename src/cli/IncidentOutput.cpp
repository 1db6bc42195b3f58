// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IncidentOutput.h"

#include "model/Grading.h"

#include "TableWriter.h"
#include "geo/BoundaryLayer.h"
#include "geo/GeodesicArea.h"
#include "io/GeometryJson.h"
#include "io/IncidentJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace conflictmap::cli {

namespace {
// "Polygon, 12 vertices, 1,234.5 km²" for the details.
QString shapeText(const Geometry &shape)
{
    QString text = QStringLiteral("%1, %2 vertices").arg(shape.typeName()).arg(shape.vertexCount());
    if (shape.isAreal())
        text
            += QStringLiteral(", %1 km²").arg(QLocale(QLocale::English).toString(GeodesicArea::of(shape.polygons) / 1e6, 'f', 1));
    if (shape.isLineal() && shape.type == Geometry::Type::LineString)
        text += QStringLiteral(", from %1, %2 to %3, %4 (lat, lon)")
                    .arg(shape.lines.front().front().y(), 0, 'f', 6)
                    .arg(shape.lines.front().front().x(), 0, 'f', 6)
                    .arg(shape.lines.front().back().y(), 0, 'f', 6)
                    .arg(shape.lines.front().back().x(), 0, 'f', 6);
    return text;
}

QString sharesText(const Incident &incident)
{
    QStringList shares;
    for (const RegionShare &share : incident.regionShares)
        shares << QStringLiteral("%1 %2 %").arg(share.region).arg(share.share * 100, 0, 'f', 1);
    return shares.join(QStringLiteral(", "));
}

QString position(const Incident &incident)
{
    QString where = QStringLiteral("%1, %2 (lat, lon), %3")
                        .arg(incident.lat, 0, 'f', 6)
                        .arg(incident.lon, 0, 'f', 6)
                        .arg(toString(incident.precision));
    if (incident.precision == LocationPrecision::Region || incident.precision == LocationPrecision::Country)
        where += QStringLiteral(": only the %1 is known, the point is its representative point")
                     .arg(incident.precision == LocationPrecision::Region ? QStringLiteral("region") : QStringLiteral("country"));
    if (incident.shape)
        where += QStringLiteral(": the representative point of the shape");
    return where;
}

QString regionText(const Incident &incident, const BoundaryLayer *layer)
{
    if (incident.region.isEmpty())
        return QStringLiteral("(outside the boundary layer)");
    const Region *region = layer ? layer->regionByCode(incident.region) : nullptr;
    return region ? QStringLiteral("%1 %2").arg(incident.region, region->nameEn) : incident.region;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString optional(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

// "Who stance" per claim. 'isolate' wraps right-to-left names in
// directional isolates for a terminal; data formats get the text as stored.
QStringList claimants(const Incident &incident, bool isolate)
{
    QStringList all;
    for (const Claim &claim : incident.claims) {
        QString who = claim.claimant.isEmpty() ? claim.source.publisher : claim.claimant;
        if (who.isEmpty())
            who = claim.source.title;
        const QString entry = QStringLiteral("%1 %2").arg(isolate ? TableWriter::isolated(who) : who, toString(claim.stance));
        if (!all.contains(entry))
            all << entry;
    }
    return all;
}
QString dateText(const Incident &incident)
{
    return incident.date ? QStringLiteral("%1 (%2)").arg(
               PartialDate::rangeText(*incident.date, incident.dateUntil), incident.date->precisionName())
                         : QString();
}

// "12", "12 (10 to 15)", "(10 to 15)": the best estimate and the range.
QString fatalitiesText(const Incident &incident)
{
    if (!incident.fatalitiesLow && !incident.fatalitiesHigh)
        return optional(incident.fatalities);
    const QString range
        = QStringLiteral("(%1 to %2)")
              .arg(optional(incident.fatalitiesLow).isEmpty() ? QStringLiteral("?") : optional(incident.fatalitiesLow),
                  optional(incident.fatalitiesHigh).isEmpty() ? QStringLiteral("?") : optional(incident.fatalitiesHigh));
    return incident.fatalities ? QStringLiteral("%1 %2").arg(*incident.fatalities).arg(range) : range;
}
} // namespace

QJsonObject IncidentOutput::json(const Incident &incident, const BoundaryLayer *layer)
{
    QJsonObject o = IncidentJson::properties(incident, layer);
    QJsonArray sources = o.value("sources").toArray();
    for (int i = 0; i < sources.size(); ++i) {
        QJsonObject source = sources[i].toObject();
        source.insert("claim_id", double(incident.claims[size_t(i)].id));
        source.insert("source_id", double(incident.claims[size_t(i)].sourceId));
        // Who recorded the claim, and when (not exported: the store's own).
        const Claim &claim = incident.claims[size_t(i)];
        source.insert("recorded", claim.created.isEmpty() ? QJsonValue() : QJsonValue(claim.created));
        source.insert("recorded_by", claim.createdBy.isEmpty() ? QJsonValue() : QJsonValue(claim.createdBy));
        sources[i] = source;
    }
    o.insert("sources", sources);
    o.insert("version", double(incident.version));
    // The kept properties as the object they are (numbers beyond 2^53 as
    // doubles here; the export keeps them exactly).
    o.insert(
        "extra", incident.extra.isEmpty() ? QJsonValue() : QJsonValue(QJsonDocument::fromJson(incident.extra.toUtf8()).object()));
    o.insert("id", double(incident.id));
    o.insert("lon", incident.lon);
    o.insert("lat", incident.lat);
    // The position as GeoJSON (a point, or the line or area), and the units
    // it is in: a point's one, or every unit a line or area touches with
    // its share, largest first.
    const Geometry geometry = incident.shape ? *incident.shape : Geometry::point(QPointF(incident.lon, incident.lat));
    o.insert("geometry", QJsonDocument::fromJson(QByteArray::fromStdString(GeometryJson::toJson(geometry))).object());
    QJsonArray regions;
    if (incident.shape)
        for (const RegionShare &share : incident.regionShares)
            regions.append(QJsonObject{{"region", share.region}, {"share", share.share}});
    else if (!incident.region.isEmpty())
        regions.append(QJsonObject{{"region", incident.region}, {"share", 1.0}});
    o.insert("regions", regions);
    return o;
}

void IncidentOutput::writeDetails(
    QTextStream &out, const Incident &incident, const BoundaryLayer *layer, const std::vector<std::optional<bool>> &quoteInSource)
{
    auto line = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            out << QStringLiteral("%1").arg(QLatin1String(key), -14) << value << '\n';
    };
    line("id", QString::number(incident.id));
    line("type", incident.type);
    line("title", incident.title);
    line("date", dateText(incident));
    line("status", toString(incident.status));
    line("position", position(incident));
    line("shape", incident.shape ? shapeText(*incident.shape) : QString());
    line("region", regionText(incident, layer));
    line("regions", incident.regionShares.size() > 1 ? sharesText(incident) : QString());
    line("actors", actorLabels(incident.actors).join(QStringLiteral("; ")));
    line("fatalities", fatalitiesText(incident));
    line("equipment", incident.equipment);
    line("quantity", optional(incident.quantity));
    line("description", incident.description);
    line("imported",
        incident.importId.isEmpty() ? QString()
                                    : QStringLiteral("from %1, feature %2").arg(incident.importDataset, incident.importId));
    line("extra", incident.extra);
    auto by = [](const QString &when, const QString &who) {
        return who.isEmpty() ? when : QStringLiteral("%1 by %2").arg(when, who);
    };
    line("created", by(incident.created, incident.createdBy));
    line("updated", by(incident.updated, incident.updatedBy));
    for (size_t i = 0; i < incident.claims.size(); ++i) {
        const Claim &claim = incident.claims[i];
        const bool notFound = i < quoteInSource.size() && quoteInSource[i] == false;
        out << '\n';
        line("claim",
            QStringLiteral("%1: %2 %3")
                .arg(claim.id)
                .arg(claim.claimant.isEmpty() ? QStringLiteral("(the source)") : claim.claimant, toString(claim.stance)));
        line("  source", QStringLiteral("%1: %2").arg(claim.source.id).arg(claim.source.title));
        line("  grade", Grading::describe(claim));
        line("  publisher", claim.source.publisher);
        line("  language", claim.source.language);
        line("  published", claim.source.published ? claim.source.published->toString() : QString());
        line("  url", claim.source.url);
        line("  quote", notFound ? claim.quote + QStringLiteral("  (not found in the source)") : claim.quote);
        line("  translation", claim.translation);
    }
}

void IncidentOutput::writeTable(QTextStream &out, const std::vector<Incident> &incidents)
{
    TableWriter table({QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("status"),
        QStringLiteral("precision"), QStringLiteral("region"), QStringLiteral("claims"), QStringLiteral("title")});
    for (const Incident &incident : incidents)
        table.addRow({QString::number(incident.id), incident.date ? incident.date->toString() : QString(), incident.type,
            toString(incident.status), toString(incident.precision), incident.region,
            claimants(incident, true).join(QStringLiteral("; ")), incident.title});
    table.write(out);
}

void IncidentOutput::writeCsv(QTextStream &out, const std::vector<Incident> &incidents)
{
    const QStringList header{"id", "date", "date_precision", "type", "status", "precision", "region", "lon", "lat", "title",
        "description", "actors", "fatalities", "equipment", "quantity", "claims", "extra", "date_until", "fatalities_low",
        "fatalities_high"};
    out << header.join(QLatin1Char(',')) << "\r\n";
    for (const Incident &incident : incidents) {
        const QStringList row{QString::number(incident.id), incident.date ? incident.date->toString() : QString(),
            incident.date ? incident.date->precisionName() : QString(), incident.type, toString(incident.status),
            toString(incident.precision), incident.region, QString::number(incident.lon, 'f', 7),
            QString::number(incident.lat, 'f', 7), incident.title, incident.description,
            actorLabels(incident.actors).join(QStringLiteral("; ")), optional(incident.fatalities), incident.equipment,
            optional(incident.quantity), claimants(incident, false).join(QStringLiteral("; ")), incident.extra,
            incident.dateUntil ? incident.dateUntil->toString() : QString(), optional(incident.fatalitiesLow),
            optional(incident.fatalitiesHigh)};
        QStringList fields;
        for (const QString &field : row)
            fields << csvField(field);
        out << fields.join(QLatin1Char(',')) << "\r\n";
    }
}

} // namespace conflictmap::cli
