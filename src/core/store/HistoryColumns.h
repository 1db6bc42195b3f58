// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

#include <vector>

namespace conflictmap::HistoryColumns {

// The records whose every change the history keeps, and the columns it
// keeps of them: the same on both backends, so a history copied between
// them reads the same (derived columns, such as index boxes, left out; a
// geometry as hexadecimal WKB).
struct RecordedTable {
    const char *table;
    std::vector<const char *> columns;
    const char *idColumn = "id"; // the history's record_id
};

// The tables recorded since the history began (SQLite 10, PostgreSQL 3).
inline const std::vector<RecordedTable> &recordedTables()
{
    static const std::vector<RecordedTable> tables{
        {"incidents",
            {"id", "type", "title", "description", "date", "date_precision", "date_start", "date_end", "lon", "lat", "precision",
                "region", "status", "fatalities", "equipment", "quantity", "created", "updated", "extra", "import_dataset",
                "import_id", "import_digest", "geometry", "created_by", "updated_by"}},
        {"claims", {"id", "incident_id", "source_id", "claimant", "stance", "quote", "translation", "created"}},
        {"sources", {"id", "title", "url", "publisher", "language", "published", "retrieved", "text", "created"}},
        {"control_records",
            {"id", "party", "claimed_by", "date", "geometry", "area_km2", "note", "import_dataset", "import_id", "created",
                "updated"}},
    };
    return tables;
}

// The sources' columns as the history keeps them since SQLite 14 and
// PostgreSQL 8: with the document each one has.
inline const RecordedTable &sourcesTable()
{
    static const RecordedTable table{"sources",
        {"id", "title", "url", "publisher", "language", "published", "retrieved", "text", "created", "document", "file_name"}};
    return table;
}

// The columns graded since SQLite 15 and PostgreSQL 9: sources with their
// reliability, claims with their credibility.
inline const RecordedTable &gradedSourcesTable()
{
    static const RecordedTable table{"sources",
        {"id", "title", "url", "publisher", "language", "published", "retrieved", "text", "created", "document", "file_name",
            "reliability"}};
    return table;
}
inline const RecordedTable &gradedClaimsTable()
{
    static const RecordedTable table{
        "claims", {"id", "incident_id", "source_id", "claimant", "stance", "quote", "translation", "created", "credibility"}};
    return table;
}

// An incident's actors, recorded since SQLite 13 and PostgreSQL 7 under the
// incident's id, so that a restored incident gets its actors back.
inline const RecordedTable &actorsTable()
{
    static const RecordedTable table{"incident_actors", {"incident_id", "position", "actor"}, "incident_id"};
    return table;
}

// The incidents' and actors' columns since SQLite 16 and PostgreSQL 10:
// with a date range's end, the low and high fatality estimates, and each
// actor's side and type.
inline const RecordedTable &rangedIncidentsTable()
{
    static const RecordedTable table = [] {
        RecordedTable incidents = recordedTables().front();
        for (const char *column : {"date_until", "fatalities_low", "fatalities_high"})
            incidents.columns.push_back(column);
        return incidents;
    }();
    return table;
}
inline const RecordedTable &sidedActorsTable()
{
    static const RecordedTable table{
        "incident_actors", {"incident_id", "position", "actor", "side", "actor_type"}, "incident_id"};
    return table;
}

// "'id', ROW.id, 'type', ROW.type, …": the arguments of a JSON object of
// 'row' (NEW or OLD), 'geometry' written by 'hexGeometry' (%1 the column).
inline QByteArray objectArguments(const RecordedTable &table, const char *row, const char *hexGeometry)
{
    QByteArray arguments;
    for (const char *column : table.columns) {
        if (!arguments.isEmpty())
            arguments += ", ";
        const QByteArray value = QByteArray(row) + '.' + column;
        arguments += '\'' + QByteArray(column) + "', "
            + (QByteArray(column) == "geometry" ? QByteArray(hexGeometry).replace("%1", value) : value);
    }
    return arguments;
}

} // namespace conflictmap::HistoryColumns
