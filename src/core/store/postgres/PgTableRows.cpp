// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/postgres/PgTableRows.h"

#include "store/postgres/PgConnection.h"
#include "store/postgres/PgCursor.h"
#include "store/postgres/PgTransaction.h"

namespace conflictmap {

namespace {

// Rows sent in one INSERT: fewer round trips, within the 65535 parameters
// of a statement.
constexpr size_t kBatch = 200;

// What a copy switches off: the history's triggers (the history is copied
// as it was), authorship's (the authors are copied) and review's (a status
// was set by a reviewer when it was written), and the search index's on
// added rows (built in one pass at the end).
const char *const kTriggersOff[][2] = {{"sources", "sources_history"}, {"sources", "sources_authorship"},
    {"incidents", "incidents_history"}, {"incidents", "incidents_authorship"}, {"incidents", "incidents_reviewed"},
    {"incidents", "incidents_indexed"}, {"incident_actors", "incident_actors_history"}, {"claims", "claims_history"},
    {"claims", "claims_authorship"}, {"claims", "claims_indexed"}, {"control_records", "control_records_history"},
    {"control_records", "control_records_authorship"}, {"control_claims", "control_claims_authorship"}};

QByteArray selected(const CopyColumn &column)
{
    switch (column.kind) {
    case CopyKind::Geometry:
        return "ST_AsBinary(" + QByteArray(column.name) + ")";
    case CopyKind::Json:
        return QByteArray(column.name) + "::text";
    default:
        return column.name;
    }
}

// A parameter as its column takes it; a record written before authors were
// kept becomes the copier's (the server requires an author).
QByteArray placeholder(const CopyColumn &column, int index)
{
    const QByteArray p = '$' + QByteArray::number(index);
    switch (column.kind) {
    case CopyKind::Geometry:
        return "ST_GeomFromWKB(" + p + "::bytea, 4326)";
    case CopyKind::Json:
        return p + "::jsonb";
    case CopyKind::Boolean:
        return p + "::boolean";
    default:
        break;
    }
    const QByteArray name = column.name;
    return name == "created_by" || name == "updated_by" ? "coalesce(" + p + ", current_user)" : p;
}

PgParam parameter(const QVariant &value, CopyKind kind)
{
    if (value.isNull())
        return {};
    switch (kind) {
    case CopyKind::Integer:
        return PgParam(qint64(value.toLongLong()));
    case CopyKind::Real:
        return PgParam(value.toDouble());
    case CopyKind::Boolean:
        return PgParam(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case CopyKind::Geometry:
    case CopyKind::Bytes:
        return PgParam::bytea(value.toByteArray());
    case CopyKind::Text:
    case CopyKind::Json:
        break;
    }
    return PgParam(value.toString());
}

} // namespace

QString PgTableRows::failure(const QString &what, const PgResult &result) const
{
    return QStringLiteral("%1: %2: %3").arg(m_location, what, result.message());
}

Result<void> PgTableRows::readAll(const std::function<Result<void>()> &reads) const
{
    if (PgResult begun = m_db.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun.ok())
        return Result<void>::failure(failure(QStringLiteral("cannot start reading"), begun));
    Result<void> read = reads();
    m_db.exec(read ? "COMMIT" : "ROLLBACK");
    return read;
}

Result<qint64> PgTableRows::count(const CopyTable &table) const
{
    PgResult counted = m_db.exec(("SELECT count(*) FROM " + QByteArray(table.name)).constData());
    if (!counted.ok())
        return Result<qint64>::failure(failure(QStringLiteral("cannot read %1").arg(table.name), counted));
    return counted.integer(0, 0);
}

Result<void> PgTableRows::read(const CopyTable &table, const std::function<Result<void>(const CopyRow &)> &visit) const
{
    QByteArray sql = "SELECT ";
    for (const CopyColumn &column : table.columns)
        sql += (&column == &table.columns.front() ? "" : ", ") + selected(column);
    sql += " FROM " + QByteArray(table.name) + " ORDER BY " + (table.order ? table.order : "ordinal");
    // A cursor lives in a transaction: this one's, or readAll's; it is
    // closed before the transaction ends.
    PgTransaction reading(m_db);
    Result<void> read = [&]() -> Result<void> {
        PgCursor rows(m_db, "copied_rows", sql, {});
        CopyRow row(table.columns.size());
        while (rows.next()) {
            for (size_t c = 0; c < table.columns.size(); ++c)
                row[c] = copyValue(rows, int(c), table.columns[c].kind);
            if (Result<void> visited = visit(row); !visited)
                return visited;
        }
        if (rows.failed())
            return Result<void>::failure(QStringLiteral("%1: cannot read %2: %3").arg(m_location, table.name, rows.error()));
        return {};
    }();
    if (read)
        reading.commit();
    return read;
}

Result<qint64> PgTableRows::idCounter(const CopyTable &table) const
{
    // The identity's sequence: past deleted ids too. Reading it is granted
    // to every role (schema 4).
    PgResult sequence = m_db.exec("SELECT pg_get_serial_sequence($1, 'id')", {PgParam(QString::fromLatin1(table.name))});
    if (!sequence.ok() || sequence.rows() != 1 || sequence.isNull(0, 0))
        return Result<qint64>::failure(failure(QStringLiteral("cannot read the ids of %1").arg(table.name), sequence));
    const QByteArray sql = "SELECT greatest(CASE WHEN is_called THEN last_value ELSE 0 END, (SELECT coalesce(max(id), 0) FROM "
        + QByteArray(table.name) + ")) FROM " + sequence.text(0, 0).toUtf8();
    PgResult counter = m_db.exec(sql.constData());
    if (!counter.ok())
        return Result<qint64>::failure(failure(QStringLiteral("cannot read the ids of %1").arg(table.name), counter));
    return counter.integer(0, 0);
}

Result<void> PgTableRows::writeAll(const std::function<Result<void>()> &copy)
{
    if (m_db.inTransaction())
        return Result<void>::failure(QStringLiteral("%1: a copy cannot be part of another write").arg(m_location));
    PgTransaction transaction(m_db);
    if (!transaction.isActive())
        return Result<void>::failure(QStringLiteral("%1: cannot start a transaction: %2").arg(m_location, m_db.lastError()));
    const auto switchTriggers = [&](const char *how) -> Result<void> {
        for (const auto &[table, trigger] : kTriggersOff) {
            const QByteArray sql = "ALTER TABLE " + QByteArray(table) + ' ' + how + " TRIGGER " + trigger;
            if (PgResult done = m_db.exec(sql.constData()); !done.ok())
                return Result<void>::failure(done.sqlState() == QLatin1String("42501")
                        ? QStringLiteral("%1: only the database's owner (who ran init) may copy into it, not %2: %3")
                              .arg(m_location, m_db.user(), done.message())
                        : failure(QStringLiteral("cannot prepare the copy"), done));
        }
        return {};
    };
    if (Result<void> off = switchTriggers("DISABLE"); !off)
        return off;
    if (Result<void> copied = copy(); !copied)
        return copied; // rolled back, the triggers' switching with the rest
    if (PgResult indexed = m_db.exec("INSERT INTO incident_search SELECT id, conflictmap_document(id) FROM incidents"
                                     " ON CONFLICT (incident_id) DO UPDATE SET document = EXCLUDED.document");
        !indexed.ok())
        return Result<void>::failure(failure(QStringLiteral("cannot index the copied incidents"), indexed));
    if (Result<void> on = switchTriggers("ENABLE"); !on)
        return on;
    if (!transaction.commit())
        return Result<void>::failure(QStringLiteral("%1: cannot commit the copy: %2").arg(m_location, m_db.lastError()));
    return {};
}

Result<void> PgTableRows::write(const CopyTable &table, const std::vector<CopyRow> &rows)
{
    const size_t columns = table.columns.size();
    for (size_t first = 0; first < rows.size(); first += kBatch) {
        const size_t last = std::min(rows.size(), first + kBatch);
        QByteArray sql = "INSERT INTO " + QByteArray(table.name) + " (";
        for (const CopyColumn &column : table.columns)
            sql += (&column == &table.columns.front() ? "" : ", ") + QByteArray(column.name);
        sql += ") VALUES ";
        std::vector<PgParam> params;
        params.reserve((last - first) * columns);
        for (size_t r = first; r < last; ++r) {
            sql += r == first ? "(" : ", (";
            for (size_t c = 0; c < columns; ++c) {
                params.push_back(parameter(rows[r][c], table.columns[c].kind));
                sql += (c ? ", " : "") + placeholder(table.columns[c], int(params.size()));
            }
            sql += ')';
        }
        if (table.seeded) {
            sql += QByteArray(" ON CONFLICT (") + table.columns.front().name + ") DO UPDATE SET ";
            for (size_t c = 1; c < columns; ++c)
                sql += (c > 1 ? ", " : "") + QByteArray(table.columns[c].name) + " = EXCLUDED." + table.columns[c].name;
        }
        if (PgResult inserted = m_db.exec(sql.constData(), params); !inserted.ok())
            return Result<void>::failure(failure(QStringLiteral("cannot copy %1").arg(table.name), inserted));
    }
    return {};
}

Result<void> PgTableRows::setIdCounter(const CopyTable &table, qint64 id)
{
    if (id <= 0)
        return {};
    PgResult set
        = m_db.exec("SELECT setval(pg_get_serial_sequence($1, 'id'), $2)", {PgParam(QString::fromLatin1(table.name)), id});
    if (!set.ok())
        return Result<void>::failure(failure(QStringLiteral("cannot set the ids of %1").arg(table.name), set));
    return {};
}

} // namespace conflictmap
