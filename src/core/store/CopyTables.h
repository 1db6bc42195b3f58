// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QVariant>

#include <vector>

namespace conflictmap {

// What a column holds, which each backend stores its own way (a boolean as
// 0/1 or true/false, a geometry as a WKB blob or a PostGIS geometry, JSON
// as text or jsonb, bytes as a blob or bytea).
enum class CopyKind { Text, Integer, Real, Boolean, Geometry, Json, Bytes };

struct CopyColumn {
    const char *name;
    CopyKind kind;
};

// A table as a copy between databases moves it: the columns both backends
// keep (what a backend derives from them, such as index boxes, it derives
// again), in the order rows were added.
struct CopyTable {
    const char *name;
    std::vector<CopyColumn> columns;
    // The key rows are read in; null: the order they were added in.
    const char *order;
    // Its id comes from a counter that never gives an id twice: the copy
    // carries the counter over, not only the ids there are.
    bool counted;
    // The schema puts rows in it (the built-in types): a copied row replaces
    // the target's own of the same key.
    bool seeded;
};

// A row's values in its table's column order: QString, qint64, double,
// bool, QByteArray (bytes, a geometry's WKB) or JSON as QString; a null
// QVariant for NULL.
using CopyRow = std::vector<QVariant>;

// A value of a row as a copy carries it, read from a backend's row ('Row'
// has isNull, integer, real, blob and text of a column): a boolean stored
// as 1 (SQLite) or t (PostgreSQL's text form).
template <typename Row>
QVariant copyValue(const Row &row, int column, CopyKind kind)
{
    if (row.isNull(column))
        return {};
    switch (kind) {
    case CopyKind::Integer:
        return row.integer(column);
    case CopyKind::Real:
        return row.real(column);
    case CopyKind::Boolean: {
        const QString text = row.text(column);
        return text == QLatin1String("1") || text == QLatin1String("t") || text == QLatin1String("true");
    }
    case CopyKind::Geometry:
    case CopyKind::Bytes:
        return row.blob(column);
    case CopyKind::Text:
    case CopyKind::Json:
        break;
    }
    return row.text(column);
}

// Every table of a conflictmap database that holds records, parents before
// children; the history last.
inline const std::vector<CopyTable> &copyTables()
{
    using K = CopyKind;
    static const std::vector<CopyTable> tables{
        {"incident_types",
            {{"name", K::Text}, {"label", K::Text}, {"family", K::Text}, {"is_deployment", K::Boolean}, {"builtin", K::Boolean}},
            nullptr, false, true},
        {"documents",
            {{"sha256", K::Text}, {"media_type", K::Text}, {"size", K::Integer}, {"content", K::Bytes}, {"text", K::Text},
                {"encoding", K::Text}, {"created", K::Text}, {"created_by", K::Text}},
            "sha256", false, false},
        {"sources",
            {{"id", K::Integer}, {"title", K::Text}, {"url", K::Text}, {"publisher", K::Text}, {"language", K::Text},
                {"published", K::Text}, {"retrieved", K::Text}, {"text", K::Text}, {"created", K::Text}, {"created_by", K::Text},
                {"updated_by", K::Text}, {"document", K::Text}, {"file_name", K::Text}, {"reliability", K::Text}},
            "id", true, false},
        {"incidents",
            {{"id", K::Integer}, {"type", K::Text}, {"title", K::Text}, {"description", K::Text}, {"date", K::Text},
                {"date_precision", K::Text}, {"date_start", K::Text}, {"date_end", K::Text}, {"lon", K::Real}, {"lat", K::Real},
                {"precision", K::Text}, {"region", K::Text}, {"status", K::Text}, {"fatalities", K::Integer},
                {"equipment", K::Text}, {"quantity", K::Integer}, {"extra", K::Text}, {"import_dataset", K::Text},
                {"import_id", K::Text}, {"import_digest", K::Integer}, {"geometry", K::Geometry}, {"created", K::Text},
                {"updated", K::Text}, {"created_by", K::Text}, {"updated_by", K::Text}, {"version", K::Integer},
                {"date_until", K::Text}, {"fatalities_low", K::Integer}, {"fatalities_high", K::Integer}},
            "id", true, false},
        {"incident_actors",
            {{"incident_id", K::Integer}, {"position", K::Integer}, {"actor", K::Text}, {"side", K::Text},
                {"actor_type", K::Text}},
            "incident_id, position", false, false},
        {"incident_regions", {{"incident_id", K::Integer}, {"position", K::Integer}, {"region", K::Text}, {"share", K::Real}},
            "incident_id, position", false, false},
        {"claims",
            {{"id", K::Integer}, {"incident_id", K::Integer}, {"source_id", K::Integer}, {"claimant", K::Text},
                {"stance", K::Text}, {"quote", K::Text}, {"translation", K::Text}, {"created", K::Text}, {"created_by", K::Text},
                {"updated_by", K::Text}, {"credibility", K::Integer}},
            "id", true, false},
        {"parties", {{"name", K::Text}, {"color", K::Text}, {"created", K::Text}}, nullptr, false, false},
        {"control_records",
            {{"id", K::Integer}, {"party", K::Text}, {"claimed_by", K::Text}, {"date", K::Text}, {"geometry", K::Geometry},
                {"area_km2", K::Real}, {"note", K::Text}, {"import_dataset", K::Text}, {"import_id", K::Text},
                {"created", K::Text}, {"updated", K::Text}, {"created_by", K::Text}, {"updated_by", K::Text}},
            "id", true, false},
        {"control_claims",
            {{"id", K::Integer}, {"control_id", K::Integer}, {"source_id", K::Integer}, {"claimant", K::Text},
                {"stance", K::Text}, {"quote", K::Text}, {"translation", K::Text}, {"created", K::Text}, {"created_by", K::Text},
                {"updated_by", K::Text}, {"credibility", K::Integer}},
            "id", true, false},
        {"history",
            {{"id", K::Integer}, {"tx", K::Integer}, {"at", K::Text}, {"by", K::Text}, {"kind", K::Text},
                {"record_id", K::Integer}, {"operation", K::Text}, {"before", K::Json}, {"after", K::Json}, {"reason", K::Text}},
            "id", true, false},
    };
    return tables;
}

} // namespace conflictmap
