// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "model/ControlRecord.h"
#include "store/ControlChange.h"

#include <optional>
#include <vector>

namespace conflictmap {

class ControlBackend;
class IncidentStore;

// Territorial control in the incident database: dated versions of the
// area each party holds, in series (the analyst's assessment, and each
// claimant's), with the claims they rest on. Every write is validated
// here and is one transaction, as IncidentStore's are.
class ControlStore {
public:
    ControlStore(ControlBackend &backend, IncidentStore &incidents) : m_backend(backend), m_incidents(incidents) { }

    // Adds a version; returns its id. The party is made on first use, with
    // the next colour of PartyPalette. Refused: an empty party, an invalid
    // date or one after today, an area that is not a valid Polygon or
    // MultiPolygon (GeometryEngine::problem says where), a claim whose
    // source is not stored.
    Result<qint64> add(ControlRecord record);
    enum class ImportOutcome { Added, Updated, Unchanged };
    // Adds a version read from a dataset; one with the same (importDataset,
    // importId) already stored is replaced when anything differs.
    Result<ImportOutcome> import(ControlRecord record);
    Result<void> remove(qint64 id);
    std::optional<ControlRecord> record(qint64 id) const;

    // Every series (of one party when 'party' is given), by party, the
    // assessment first, then claimants by name.
    std::vector<ControlSeries> series(const QString &party = {}) const;
    // The version of each series in force on 'date': its latest on or
    // before it (of one day's, the one written last wins). Series not begun
    // by then have none. A stored area that cannot be read is an error
    // naming its record.
    Result<std::vector<ControlRecord>> at(const QDate &date, const QString &party = {}) const;
    // The version of one series in force on 'date', if any.
    Result<std::optional<ControlRecord>> at(const QDate &date, const QString &party, const QString &claimedBy) const;
    // What a series gained and lost from one date to another. An unknown
    // party is an error.
    Result<ControlChange> change(const QString &party, const QString &claimedBy, const QDate &from, const QDate &to) const;
    // The dates of a series' versions, oldest first, without their areas.
    std::vector<QDate> versionDates(const QString &party, const QString &claimedBy) const;

    std::vector<Party> parties() const;
    std::optional<Party> party(const QString &name) const;
    Result<void> setPartyColor(const QString &name, const QString &color);
    qint64 recordCount() const;

private:
    Result<void> prepare(ControlRecord &record) const;
    Result<void> ensureParty(const QString &name);

    ControlBackend &m_backend;
    IncidentStore &m_incidents;
};

} // namespace conflictmap
