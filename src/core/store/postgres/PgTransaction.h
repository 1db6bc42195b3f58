// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace conflictmap {

class PgConnection;

// A transaction that rolls back unless committed, as SqliteTransaction: at
// the outermost level it is BEGIN … COMMIT; nested inside another it is part
// of that one, neither committing nor rolling back, and ending it
// uncommitted makes the outer one fail to commit, which undoes everything.
// A statement that failed inside fails the commit too (PostgreSQL has
// aborted the transaction; its COMMIT would quietly roll back).
class PgTransaction {
public:
    // What its statements see: each the data committed when it starts
    // (READ COMMITTED), or all the data committed when the first starts
    // (REPEATABLE READ: for reads that must agree, such as a query and the
    // queries of its rows' details). Nested, it is as the outer one is.
    enum class Snapshot { PerStatement, Whole };
    explicit PgTransaction(PgConnection &connection, Snapshot snapshot = Snapshot::PerStatement);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    PgConnection &m_connection;
    bool m_active = false;
    bool m_nested = false;
};

} // namespace conflictmap
