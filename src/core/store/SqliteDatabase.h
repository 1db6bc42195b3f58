// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "store/SqliteStatement.h"

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace conflictmap {

// An open SQLite database file, configured as conflictmap needs it: WAL
// journal, foreign keys enforced, a busy timeout so concurrent writers wait
// instead of failing.
class SqliteDatabase {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (and with ReadWrite creates) the file, creating its directory.
    static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // Runs one or more statements with no parameters; false on error.
    bool exec(const char *sql);
    SqliteStatement prepare(const char *sql) const { return SqliteStatement(m_db, sql); }
    // A statement prepared once per database and reused: for the statements
    // a bulk import runs a million times. Reset when the returned handle goes,
    // so no half-read statement keeps an old snapshot open. Not re-entrant:
    // finish with it before asking for the same SQL again.
    class CachedStatement cached(const char *sql);
    QString lastError() const;
    int userVersion() const;
    qint64 lastInsertId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;

private:
    SqliteDatabase() = default;
    friend class SqliteTransaction;
    friend class RollbackJournalScope;
    bool m_exclusive = false; // outermost transactions lock out readers too (RollbackJournalScope)
    bool m_nestedFailed = false; // a nested transaction ended uncommitted: the outer must not commit
    sqlite3 *m_db = nullptr;
    std::unordered_map<std::string, std::unique_ptr<SqliteStatement>> m_cache; // finalized before m_db closes
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
};

// A use of a cached statement; resets it (ends its read) when it goes.
class CachedStatement {
public:
    explicit CachedStatement(SqliteStatement &statement) : m_statement(statement) { }
    ~CachedStatement() { m_statement.reset(); }
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;
    SqliteStatement *operator->() const { return &m_statement; }
    SqliteStatement &operator*() const { return m_statement; }

private:
    SqliteStatement &m_statement;
};

// A write transaction that rolls back unless committed. At the outermost
// level it is BEGIN IMMEDIATE, which takes the write lock at once so two
// writers queue on the busy timeout rather than deadlock (BEGIN EXCLUSIVE
// under a RollbackJournalScope). Nested inside
// another it is part of that one: it neither commits nor rolls back, and a
// failure in it must fail the outer transaction, which undoes everything.
// (No savepoints: FTS5 flushes its pending index at every savepoint, which
// would make a bulk import write one index segment per incident.)
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    SqliteDatabase &m_db;
    bool m_active = false;
    bool m_nested = false;
};

// One snapshot for several reads that must agree (a query and the queries
// of its rows' details): outside a transaction each statement would read
// the file as it is when that statement starts, and take its lock anew.
// Inside a transaction already, it is part of that one.
class SqliteReadSnapshot {
public:
    explicit SqliteReadSnapshot(SqliteDatabase &db);
    ~SqliteReadSnapshot();
    SqliteReadSnapshot(const SqliteReadSnapshot &) = delete;
    SqliteReadSnapshot &operator=(const SqliteReadSnapshot &) = delete;

private:
    SqliteDatabase &m_db;
    bool m_began = false;
};

} // namespace conflictmap
