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
}

RollbackJournalScope::~RollbackJournalScope()
{
    if (m_active)
        m_db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
}

} // namespace conflictmap
