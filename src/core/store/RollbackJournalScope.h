// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace conflictmap {

class SqliteDatabase;

// For a bulk load into a file no one else has open: a rollback journal
// instead of WAL while it lasts. The load's new pages are then written once,
// into the file (only the few pages it changes are journaled), where WAL
// writes every page twice, to the log and again at the checkpoint: a fifth
// of a large import's time. SQLite leaves WAL only when no other connection
// has the file open; otherwise nothing changes. The load's transaction then
// holds the file alone: whoever opens it meanwhile waits, up to the busy
// timeout, and is told another program is writing it. WAL again when it goes.
class RollbackJournalScope {
public:
    // Outside a transaction only (the journal cannot change inside one).
    explicit RollbackJournalScope(SqliteDatabase &db);
    ~RollbackJournalScope();
    RollbackJournalScope(const RollbackJournalScope &) = delete;
    RollbackJournalScope &operator=(const RollbackJournalScope &) = delete;

    bool isActive() const { return m_active; }

private:
    SqliteDatabase &m_db;
    bool m_active = false;
};

} // namespace conflictmap
