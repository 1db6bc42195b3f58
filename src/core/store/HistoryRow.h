// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/HistoryEntry.h"

#include <QByteArrayList>

#include <vector>

namespace conflictmap::HistoryRow {

// The columns of "history h" in the order readEntry reads them (both
// backends; a PostgreSQL backend casts the JSON to text itself, %1).
inline const char *const kColumns = "h.id, h.at, h.by, h.kind, h.record_id, h.operation, %1, h.reason, h.tx";

// The WHERE clause of a query (empty for all), its values as placeholders
// 'p(n)' makes ("?1", "$1"), and those values in their order;
// 'claimOfIncident' is how a backend tests a claim's incident_id (%1 the
// value).
template <typename Placeholder>
QByteArray whereClause(const HistoryQuery &query, const char *claimOfIncident, Placeholder p, std::vector<qint64> *values)
{
    QByteArrayList conditions;
    auto value = [&](qint64 v) {
        values->push_back(v);
        return p(int(values->size()));
    };
    if (query.incidentId) {
        const QByteArray id = value(*query.incidentId);
        conditions << "(((h.kind = 'incidents' OR h.kind = 'incident_actors') AND h.record_id = " + id
                + ") OR (h.kind = 'claims' AND " + QByteArray(claimOfIncident).replace("%1", id) + "))";
    }
    if (query.changeId)
        conditions << "h.id = " + value(*query.changeId);
    if (query.transaction)
        conditions << "h.tx = " + value(*query.transaction);
    return conditions.isEmpty() ? QByteArray() : " WHERE " + conditions.join(" AND ");
}

template <typename Row>
HistoryEntry readEntry(const Row &s)
{
    return {s.integer(0), s.text(1), s.text(2), s.text(3), s.integer(4), s.text(5), s.text(6), s.text(7), s.text(8),
        s.optionalInteger(9)};
}

} // namespace conflictmap::HistoryRow
