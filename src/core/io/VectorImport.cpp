// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/VectorImport.h"

#include "io/ImportSession.h"
#include "io/IncidentFeature.h"
#include "io/VectorDataset.h"
#include "store/IncidentStore.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace conflictmap {

namespace {
// Whether the file is GeoJSON: JSON text starts with '{' (after any
// spaces and a byte-order mark); no other vector format does.
bool isGeoJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // GeoJsonImport says why it cannot be read
    QByteArray head = file.read(4096);
    if (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    head = head.trimmed();
    return head.isEmpty() || head.startsWith('{');
}

// The fields as the mapping reads them: without empty values or KML's
// drawing fields, and with other tools' names for the mapped fields that
// keep their default names and are missing.
JsonValue mappedProperties(const JsonValue &fields, bool kml, const ImportOptions &options)
{
    static const std::vector<std::string> drawing{"altitudeMode", "tessellate", "extrude", "visibility", "drawOrder", "icon"};
    JsonValue properties;
    properties.type = JsonValue::Type::Object;
    for (const auto &member : fields.members)
        if (!member.second.isNull() && !(kml && std::find(drawing.begin(), drawing.end(), member.first) != drawing.end()))
            properties.members.push_back(member);
    const std::pair<ImportField, std::vector<std::string>> others[] = {
        {ImportField::Title, {"Name", "name", "NAME"}},
        {ImportField::Description, {"Description", "DESCRIPTION", "desc"}},
        {ImportField::Date, {"timestamp", "when", "begin", "time"}},
    };
    const ImportOptions defaults;
    for (const auto &[field, names] : others) {
        const std::string wanted = options.property(field).toStdString();
        if (options.property(field) != defaults.property(field) || properties.member(wanted))
            continue;
        for (const std::string &name : names) {
            auto found = std::find_if(
                properties.members.begin(), properties.members.end(), [&](const auto &member) { return member.first == name; });
            if (found != properties.members.end()) {
                found->first = wanted;
                break;
            }
        }
    }
    return properties;
}
} // namespace

Result<ImportSummary> VectorImport::fromFile(IncidentStore &store, const QString &path, const ImportOptions &options,
    ImportFailure *failure, const GeoJsonImport::Progress &progress)
{
    using R = Result<ImportSummary>;
    if (QFileInfo(path).isDir() || isGeoJson(path))
        return GeoJsonImport::fromFile(store, path, options, failure, progress);
    auto opened = VectorDataset::open(path);
    if (!opened)
        return R::failure(opened.problem());
    VectorDataset &dataset = *opened.value();
    if (!options.defaultType.isEmpty() && !store.incidentType(options.defaultType))
        return R::failure(
            QStringLiteral("type: '%1' is not an incident type (the default type)").arg(options.defaultType.left(60)));
    ImportOptions withDataset = options;
    if (withDataset.dataset.isEmpty())
        withDataset.dataset = QFileInfo(path).fileName();
    const bool kml = dataset.driverName() == QLatin1String("KML") || dataset.driverName() == QLatin1String("LIBKML");
    // A feature's FID is its own only where the format stores one (a
    // GeoPackage's primary key); elsewhere (KML, GPX, Shapefile, CSV...) it
    // is its place in the file, and a placemark added at the top would make
    // a re-import overwrite the wrong incidents: those are keyed by an id
    // field only.
    const bool stableFids = dataset.driverName() == QLatin1String("GPKG") || dataset.driverName() == QLatin1String("SQLite");
    if (!stableFids && withDataset.idIsMember && !withDataset.idField.isEmpty())
        withDataset.idIsMember = false; // an "id" field of the user's own, then (a KML placemark's ExtendedData)
    const qint64 total = std::max<qint64>(dataset.featureCount(), 1);
    ImportSession session(store, withDataset);
    const qint64 sourcesBefore = qint64(store.sources().size());
    auto written = store.addAll([&]() -> Result<void> {
        auto read = dataset.read([&](const VectorFeature &feature) -> Result<void> {
            if (progress && feature.number % 1000 == 0 && !progress(feature.number, feature.number, total))
                return Result<void>::failure(QStringLiteral("import cancelled"));
            Result<void> added;
            if (!feature.geometry)
                added = Result<void>::failure(
                    QStringLiteral("geometry: %1")
                        .arg(feature.geometryError.isEmpty() ? QStringLiteral("missing (a point, line or area is needed)")
                                                             : feature.geometryError));
            else
                added = session.add(
                    IncidentFeature::read(*feature.geometry, mappedProperties(feature.properties, kml, withDataset),
                        feature.id.isEmpty() || !stableFids ? QString() : feature.layer + QLatin1Char('/') + feature.id,
                        withDataset, &session.mappedFailure()),
                    feature.number);
            if (!added)
                return Result<void>::failure(QStringLiteral("feature %1: %2").arg(feature.number).arg(added.error()));
            return {};
        });
        if (!read)
            return Result<void>::failure(read.problem());
        if (read.value() == 0)
            return Result<void>::failure(QStringLiteral("no features to import"));
        session.summary().features = read.value();
        if (progress && !progress(read.value(), total, total))
            return Result<void>::failure(QStringLiteral("import cancelled"));
        return {};
    });
    if (!written) {
        const QString error = session.failed(written.error(), failure);
        if (failure && failure->field != ImportField::None)
            failure->problem = QStringLiteral("%1: %2").arg(path, failure->problem);
        return R::failure(QStringLiteral("%1: %2").arg(path, error));
    }
    ImportSummary summary = session.summary();
    summary.sources = qint64(store.sources().size()) - sourcesBefore;
    return summary;
}

} // namespace conflictmap
