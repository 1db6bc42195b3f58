// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/sqlite/SqliteChosenIncidents.h"

#include "store/SqliteDatabase.h"

#include <atomic>

namespace conflictmap {

SqliteChosenIncidents::SqliteChosenIncidents(SqliteDatabase &db, const QByteArray &where, const QByteArray &orderAndLimit,
    const std::function<void(SqliteStatement &)> &bind)
    : m_db(db)
{
    if (where.isEmpty() && orderAndLimit.isEmpty())
        return;
    // A name of its own, never reused. (A visitor of a scan must not read
    // the store: DROP is refused while the scan's cursors run, and an
    // emptied table would stay for the connection's life.)
    static std::atomic<int> made{0};
    m_table = "temp.chosen_incidents_" + QByteArray::number(++made);
    // TEMP is written even on a connection that only reads the file.
    m_valid = db.exec(("CREATE TABLE " + m_table + " (id INTEGER PRIMARY KEY)").constData());
    if (!m_valid)
        return;
    SqliteStatement fill
        = db.prepare(("INSERT INTO " + m_table + " SELECT i.id FROM incidents i" + where + orderAndLimit).constData());
    if (fill.isValid())
        bind(fill);
    m_valid = fill.isValid() && fill.run();
}

SqliteChosenIncidents::~SqliteChosenIncidents()
{
    // Should DROP be refused (a statement of the caller's still running on
    // the connection), the rows at least go.
    if (!m_table.isEmpty() && !m_db.exec(("DROP TABLE " + m_table).constData()))
        m_db.exec(("DELETE FROM " + m_table).constData());
}

QByteArray SqliteChosenIncidents::whereIn(const char *column) const
{
    return m_table.isEmpty() ? QByteArray() : " WHERE " + QByteArray(column) + " IN " + m_table;
}

} // namespace conflictmap
