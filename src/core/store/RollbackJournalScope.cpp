// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/RollbackJournalScope.h"

#include "store/SqliteDatabase.h"

#include <sqlite3.h>

namespace conflictmap {

RollbackJournalScope::RollbackJournalScope(SqliteDatabase &db) : m_db(db)
{
    if (db.isReadOnly() || sqlite3_get_autocommit(db.handle()) == 0)
        return;
    {
        // The mode the file is in afterwards: still "wal" when another
        // connection has it open.
        SqliteStatement mode = db.prepare("PRAGMA journal_mode = DELETE");
        m_active = mode.next() && mode.text(0) == QLatin1String("delete");
    }
    // NORMAL is crash-safe with WAL only; with a rollback journal a power
    // cut could otherwise leave the file corrupt.
    if (m_active)
        db.exec("PRAGMA synchronous = FULL");
    // Readers out from the start: under a rollback journal the commit
    // waits for every read, and one longer than the busy timeout (an
    // export) would make a long import fail at its very end.
    db.m_exclusive = m_active;
}

RollbackJournalScope::~RollbackJournalScope()
{
    if (!m_active)
        return;
    m_db.m_exclusive = false;
    // If a reader that waited holds on past the busy timeout the file
    // stays as it is until the next connection that may write sets WAL.
    m_db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
}

} // namespace conflictmap
