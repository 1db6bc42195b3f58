#include "io/GeoJsonImport.h"

#include "io/IncidentJson.h"
#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace conflictmap {

Result<std::vector<Incident>> GeoJsonImport::parse(const QByteArray &json)
{
    using R = Result<std::vector<Incident>>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(QStringLiteral("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    const QJsonObject root = document.object();
    if (root.value("type").toString() != QLatin1String("FeatureCollection") || !root.value("features").isArray())
        return R::failure(QStringLiteral("not a GeoJSON FeatureCollection"));
    std::vector<Incident> incidents;
    const QJsonArray features = root.value("features").toArray();
    for (int i = 0; i < features.size(); ++i) {
        auto fail = [&](const QString &why) { return R::failure(QStringLiteral("feature %1: %2").arg(i).arg(why)); };
        const QJsonObject feature = features[i].toObject();
        if (feature.value("type").toString() != QLatin1String("Feature"))
            return fail(QStringLiteral("not a Feature"));
        const QJsonObject geometry = feature.value("geometry").toObject();
        if (geometry.value("type").toString() != QLatin1String("Point"))
            return fail(QStringLiteral("geometry: must be a Point"));
        const QJsonArray coordinates = geometry.value("coordinates").toArray();
        if (coordinates.size() < 2 || !coordinates[0].isDouble() || !coordinates[1].isDouble())
            return fail(QStringLiteral("geometry: coordinates must be [lon, lat] numbers"));
        auto incident = IncidentJson::fromProperties(
            feature.value("properties").toObject(), coordinates[0].toDouble(), coordinates[1].toDouble());
        if (!incident)
            return fail(incident.error());
        incidents.push_back(std::move(incident.value()));
    }
    return incidents;
}

Result<int> GeoJsonImport::addAll(IncidentStore &store, const std::vector<Incident> &incidents)
{
    auto written = store.writeAll([&]() -> Result<void> {
        for (size_t i = 0; i < incidents.size(); ++i) {
            Incident incident = incidents[i];
            for (Claim &claim : incident.claims) {
                auto source = store.findOrAddSource(claim.source);
                if (!source)
                    return Result<void>::failure(QStringLiteral("feature %1: %2").arg(i).arg(source.error()));
                claim.sourceId = source.value();
            }
            auto added = store.addIncident(incident);
            if (!added)
                return Result<void>::failure(QStringLiteral("feature %1: %2").arg(i).arg(added.error()));
        }
        return {};
    });
    return written ? Result<int>(int(incidents.size())) : Result<int>::failure(written.error());
}

} // namespace conflictmap
