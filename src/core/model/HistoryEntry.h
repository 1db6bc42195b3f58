// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace conflictmap {

// One change of one record, as the database recorded it.
struct HistoryEntry {
    qint64 id = 0;
    QString at; // UTC, ISO 8601 with milliseconds
    QString by; // the database user; empty when another program wrote
    QString kind; // the table: incidents, claims, sources or control_records
    qint64 recordId = 0;
    QString operation; // insert, update or delete
    QString before; // the record as a JSON object (empty for an insert)
    QString after; // (empty for a delete)
    QString reason;
    // The write it was part of: the changes of one transaction share it
    // (none for another program's writes to a file).
    std::optional<qint64> transaction;
};

// Which changes to read: all, an incident's (with its claims'), one, or
// those of one transaction.
struct HistoryQuery {
    std::optional<qint64> incidentId;
    qint64 limit = -1;
    std::optional<qint64> changeId;
    std::optional<qint64> transaction;

    // The changes of an incident and its claims, the newest 'limit' (-1: all).
    static HistoryQuery ofIncident(qint64 id, qint64 limit = -1)
    {
        HistoryQuery query;
        query.incidentId = id;
        query.limit = limit;
        return query;
    }
};

} // namespace conflictmap
