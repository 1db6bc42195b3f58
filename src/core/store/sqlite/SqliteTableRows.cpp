// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/sqlite/SqliteTableRows.h"

#include "geo/Wkb.h"
#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <QRectF>

#include <sqlite3.h>

namespace conflictmap {

namespace {

// The columns of a table as SQL, "a, b, c".
QByteArray columnList(const CopyTable &table)
{
    QByteArray list;
    for (const CopyColumn &column : table.columns)
        list += (list.isEmpty() ? "" : ", ") + QByteArray(column.name);
    return list;
}

// A table with a geometry keeps its box beside it, for the spatial index.
bool hasGeometry(const CopyTable &table)
{
    for (const CopyColumn &column : table.columns)
        if (column.kind == CopyKind::Geometry)
            return true;
    return false;
}

void bindValue(SqliteStatement &statement, int index, const QVariant &value, CopyKind kind)
{
    if (value.isNull()) {
        statement.bindNull(index);
        return;
    }
    switch (kind) {
    case CopyKind::Integer:
        statement.bind(index, value.toLongLong());
        return;
    case CopyKind::Boolean:
        statement.bind(index, value.toBool() ? 1 : 0);
        return;
    case CopyKind::Real:
        statement.bind(index, value.toDouble());
        return;
    case CopyKind::Geometry:
    case CopyKind::Bytes:
        statement.bindBlob(index, value.toByteArray());
        return;
    case CopyKind::Text:
    case CopyKind::Json:
        statement.bind(index, value.toString());
        return;
    }
}

} // namespace

Result<void> SqliteTableRows::failure(const QString &what) const
{
    return Result<void>::failure(QStringLiteral("%1: %2: %3").arg(m_db.path(), what, m_db.lastError()));
}

Result<void> SqliteTableRows::readAll(const std::function<Result<void>()> &reads) const
{
    // A read transaction: in WAL mode it reads one snapshot while others write.
    if (!m_db.exec("BEGIN"))
        return failure(QStringLiteral("cannot start reading"));
    Result<void> read = reads();
    m_db.exec(read ? "COMMIT" : "ROLLBACK");
    return read;
}

Result<qint64> SqliteTableRows::count(const CopyTable &table) const
{
    SqliteStatement counted = m_db.prepare(("SELECT count(*) FROM " + QByteArray(table.name)).constData());
    if (!counted.next())
        return Result<qint64>::failure(failure(QStringLiteral("cannot read %1").arg(table.name)).error());
    return counted.integer(0);
}

Result<void> SqliteTableRows::read(const CopyTable &table, const std::function<Result<void>(const CopyRow &)> &visit) const
{
    const QByteArray sql
        = "SELECT " + columnList(table) + " FROM " + table.name + " ORDER BY " + (table.order ? table.order : "rowid");
    SqliteStatement select = m_db.prepare(sql.constData());
    CopyRow row(table.columns.size());
    while (select.next()) {
        for (size_t c = 0; c < table.columns.size(); ++c)
            row[c] = copyValue(select, int(c), table.columns[c].kind);
        if (Result<void> visited = visit(row); !visited)
            return visited;
    }
    if (select.failed() || !select.isValid())
        return failure(QStringLiteral("cannot read %1").arg(table.name));
    return {};
}

Result<qint64> SqliteTableRows::idCounter(const CopyTable &table) const
{
    // AUTOINCREMENT's record where the table has one: past deleted ids too.
    SqliteStatement counter = m_db.prepare(("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?1), 0),"
                                            " coalesce((SELECT max(id) FROM "
        + QByteArray(table.name) + "), 0))")
                                               .constData());
    counter.bind(1, QString::fromLatin1(table.name));
    if (!counter.next())
        return Result<qint64>::failure(failure(QStringLiteral("cannot read the ids of %1").arg(table.name)).error());
    return counter.integer(0);
}

Result<void> SqliteTableRows::writeAll(const std::function<Result<void>()> &copy)
{
    if (sqlite3_get_autocommit(m_db.handle()) == 0)
        return Result<void>::failure(QStringLiteral("%1: a copy cannot be part of another write").arg(m_db.path()));
    SqliteTransaction transaction(m_db);
    if (!transaction.isActive())
        return failure(QStringLiteral("cannot start a transaction"));
    // The history is copied as it was; the indexes are built in one pass.
    const Result<void> copied = Schema::withoutTriggers(
        m_db, "name GLOB '*_history_*' OR name IN ('incidents_indexed', 'claims_added')", [&]() -> Result<void> {
            if (Result<void> done = copy(); !done)
                return done;
            const QByteArray index = "DELETE FROM incident_location; DELETE FROM incident_text; " + Schema::indexLocationSql()
                + "; " + Schema::indexTextSql();
            if (!m_db.exec(index.constData()))
                return failure(QStringLiteral("cannot index the copied incidents"));
            return {};
        });
    if (!copied)
        return copied; // rolled back, the triggers with the rest
    if (!transaction.commit())
        return failure(QStringLiteral("cannot commit the copy"));
    return {};
}

Result<void> SqliteTableRows::write(const CopyTable &table, const std::vector<CopyRow> &rows)
{
    const bool boxed = hasGeometry(table);
    const int columns = int(table.columns.size());
    QByteArray sql = "INSERT INTO " + QByteArray(table.name) + " (" + columnList(table)
        + (boxed ? ", west, south, east, north" : "") + ") VALUES (";
    for (int c = 0; c < columns + (boxed ? 4 : 0); ++c)
        sql += (c ? ", ?" : "?") + QByteArray::number(c + 1);
    sql += ')';
    if (table.seeded) {
        sql += QByteArray(" ON CONFLICT (") + table.columns.front().name + ") DO UPDATE SET ";
        for (int c = 1; c < columns; ++c)
            sql += (c > 1 ? ", " : "") + QByteArray(table.columns[size_t(c)].name) + " = excluded."
                + table.columns[size_t(c)].name;
    }
    CachedStatement insert = m_db.cached(sql.constData());
    for (const CopyRow &row : rows) {
        insert->reset();
        std::optional<QRectF> box;
        for (int c = 0; c < columns; ++c) {
            const CopyColumn &column = table.columns[size_t(c)];
            bindValue(*insert, c + 1, row[size_t(c)], column.kind);
            if (column.kind == CopyKind::Geometry && !row[size_t(c)].isNull()) {
                Result<Geometry> shape = Wkb::read(row[size_t(c)].toByteArray());
                if (!shape)
                    return Result<void>::failure(
                        QStringLiteral("%1: %2 %3: %4").arg(m_db.path(), table.name, row.front().toString(), shape.error()));
                box = shape.value().bounds();
            }
        }
        if (boxed) {
            const double edges[] = {box ? box->left() : 0, box ? box->top() : 0, box ? box->right() : 0, box ? box->bottom() : 0};
            for (int e = 0; e < 4; ++e)
                box ? insert->bind(columns + 1 + e, edges[e]) : insert->bindNull(columns + 1 + e);
        }
        if (!insert->run())
            return failure(QStringLiteral("cannot copy %1 %2").arg(table.name, row.front().toString()));
    }
    return {};
}

Result<void> SqliteTableRows::setIdCounter(const CopyTable &table, qint64 id)
{
    // Only an AUTOINCREMENT table keeps a counter; the others give the next
    // id past the highest there is.
    SqliteStatement autoincrement
        = m_db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1 AND sql LIKE '%AUTOINCREMENT%'");
    autoincrement.bind(1, QString::fromLatin1(table.name));
    if (!autoincrement.next())
        return {};
    SqliteStatement update = m_db.prepare("UPDATE sqlite_sequence SET seq = max(seq, ?2) WHERE name = ?1");
    update.bind(1, QString::fromLatin1(table.name)).bind(2, id);
    if (!update.run())
        return failure(QStringLiteral("cannot set the ids of %1").arg(table.name));
    if (m_db.changes() > 0)
        return {};
    SqliteStatement insert = m_db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)");
    insert.bind(1, QString::fromLatin1(table.name)).bind(2, id);
    if (!insert.run())
        return failure(QStringLiteral("cannot set the ids of %1").arg(table.name));
    return {};
}

} // namespace conflictmap
