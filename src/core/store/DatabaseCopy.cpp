// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/DatabaseCopy.h"

#include "store/IncidentStore.h"

namespace conflictmap {

namespace {

// Rows written at a time: enough to keep round trips few, few enough to
// hold a million-row table in passing.
constexpr size_t kBatch = 1000;

// Refuses a target with any record: a copy never merges.
Result<void> empty(const TableRows &rows, const QString &name)
{
    for (const CopyTable &table : copyTables()) {
        if (table.seeded)
            continue;
        Result<qint64> count = rows.count(table);
        if (!count)
            return Result<void>::failure(count.problem());
        if (count.value() > 0)
            return Result<void>::failure(
                QStringLiteral("%1: not empty (%2 rows in %3): a copy goes only into a new or empty database")
                    .arg(name)
                    .arg(count.value())
                    .arg(table.name));
    }
    return {};
}

} // namespace

namespace DatabaseCopy {

Result<std::vector<CopiedTable>> copy(const IncidentStore &from, IncidentStore &to)
{
    using R = Result<std::vector<CopiedTable>>;
    if (to.isReadOnly())
        return R::failure(QStringLiteral("%1: the database is open read-only").arg(to.displayName()));
    const std::unique_ptr<TableRows> source = from.tableRows();
    const std::unique_ptr<TableRows> target = to.tableRows();
    std::vector<CopiedTable> copied;
    Result<void> done = source->readAll([&]() -> Result<void> {
        return target->writeAll([&]() -> Result<void> {
            if (Result<void> isEmpty = empty(*target, to.displayName()); !isEmpty)
                return isEmpty;
            for (const CopyTable &table : copyTables()) {
                std::vector<CopyRow> batch;
                qint64 rows = 0;
                const auto flush = [&]() -> Result<void> {
                    Result<void> written = target->write(table, batch);
                    batch.clear();
                    return written;
                };
                Result<void> read = source->read(table, [&](const CopyRow &row) -> Result<void> {
                    batch.push_back(row);
                    ++rows;
                    return batch.size() < kBatch ? Result<void>() : flush();
                });
                if (!read)
                    return read;
                if (Result<void> last = flush(); !last)
                    return last;
                if (table.counted) {
                    Result<qint64> counter = source->idCounter(table);
                    if (!counter)
                        return Result<void>::failure(counter.problem());
                    if (Result<void> set = target->setIdCounter(table, counter.value()); !set)
                        return set;
                }
                // Every row arrived (a seeded table holds its own besides).
                Result<qint64> there = target->count(table);
                if (!there)
                    return Result<void>::failure(there.problem());
                if (table.seeded ? there.value() < rows : there.value() != rows)
                    return Result<void>::failure(QStringLiteral("%1: %2 of %3 rows of %4 arrived")
                                                     .arg(to.displayName())
                                                     .arg(there.value())
                                                     .arg(rows)
                                                     .arg(table.name));
                copied.push_back({QString::fromLatin1(table.name), rows});
            }
            return {};
        });
    });
    if (!done)
        return R::failure(done.problem());
    return copied;
}

} // namespace DatabaseCopy

} // namespace conflictmap
