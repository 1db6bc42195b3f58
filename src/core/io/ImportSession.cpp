// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/ImportSession.h"

#include "geo/GeometryRepair.h"
#include "store/IncidentStore.h"

namespace conflictmap {

ImportSession::ImportSession(IncidentStore &store, const ImportOptions &options) : m_store(store), m_options(options) { }

Result<void> ImportSession::add(Result<Incident> incident, qint64 index)
{
    if (!incident)
        return Result<void>::failure(incident.problem());
    if (m_options.dataset.isEmpty())
        incident.value().importId.clear(); // nothing to match it in
    if (std::optional<Geometry> &shape = incident.value().shape; shape && m_options.repair) {
        auto repaired = GeometryRepair::of(*shape);
        if (!repaired)
            return Result<void>::failure(repaired.problem());
        if (!repaired->change.isEmpty()) {
            shape = std::move(repaired.value().geometry);
            m_summary.repairs << QStringLiteral("feature %1: %2").arg(index).arg(repaired->change);
        }
    }
    if (QString &id = incident.value().importId; !id.isEmpty()) {
        if (auto same = m_featureIds.constFind(id); same != m_featureIds.constEnd()) {
            m_mappedFailure = {{}, ImportField::Id, m_options.idField, m_options.idIsMember};
            return Result<void>::failure(QStringLiteral("id: '%1' is also the id of feature %2").arg(id.left(60)).arg(*same));
        }
        m_featureIds.insert(id, index);
        incident.value().importDataset = m_options.dataset;
    }
    QString &type = incident.value().type;
    if (type.isEmpty())
        type = m_options.defaultType;
    else if (!m_knownTypes.contains(type)) {
        if (!m_store.incidentType(type)) {
            m_mappedFailure = {{}, ImportField::Type, m_options.typeField, false};
            return Result<void>::failure(QStringLiteral("type: '%1' is not an incident type").arg(type.left(60)));
        }
        m_knownTypes.insert(type);
    }
    for (Claim &claim : incident.value().claims) {
        const QString key
            = claim.source.url.isEmpty() ? claim.source.title + QChar(0x1f) + claim.source.publisher : claim.source.url;
        auto known = m_sourceIds.constFind(key);
        if (known != m_sourceIds.constEnd()) {
            claim.sourceId = *known;
            continue;
        }
        auto id = m_store.findOrAddSource(claim.source);
        if (!id)
            return Result<void>::failure(id.problem());
        claim.sourceId = id.value();
        m_sourceIds.insert(key, id.value());
    }
    auto outcome = m_store.importIncident(std::move(incident.value()));
    if (!outcome)
        return Result<void>::failure(outcome.problem());
    ++(outcome.value() == IncidentStore::ImportOutcome::Added          ? m_summary.added
            : outcome.value() == IncidentStore::ImportOutcome::Updated ? m_summary.updated
                                                                       : m_summary.unchanged);
    return {};
}

QString ImportSession::failed(const QString &error, ImportFailure *failure) const
{
    if (m_mappedFailure.field == ImportField::None)
        return error;
    // A mapped field: the message says which property it was read from.
    if (failure) {
        *failure = m_mappedFailure;
        failure->problem = error;
    }
    return error
        + (m_mappedFailure.member ? QStringLiteral(" (read from the feature's \"id\")")
                : m_mappedFailure.property.isEmpty()
                ? QStringLiteral(" (no property is read for it)")
                : QStringLiteral(" (read from property '%1')").arg(m_mappedFailure.property));
}

} // namespace conflictmap
