// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/postgres/PgTransaction.h"

#include "store/postgres/PgConnection.h"

namespace conflictmap {

PgTransaction::PgTransaction(PgConnection &connection, Snapshot snapshot) : m_connection(connection)
{
    m_nested = connection.inTransaction();
    m_active = m_nested || connection.exec(snapshot == Snapshot::Whole ? "BEGIN ISOLATION LEVEL REPEATABLE READ" : "BEGIN").ok();
    if (!m_nested)
        m_connection.m_nestedFailed = false;
}

PgTransaction::~PgTransaction()
{
    if (m_active && m_nested)
        m_connection.m_nestedFailed = true; // its partial writes must not be committed
    else if (m_active && m_connection.inTransaction()) // not when a failed COMMIT ended it already
        m_connection.exec("ROLLBACK");
}

bool PgTransaction::commit()
{
    if (!m_active || m_connection.transactionFailed())
        return false; // the destructor rolls back
    if (!m_nested && m_connection.m_nestedFailed)
        return false;
    if (m_nested || m_connection.exec("COMMIT").ok()) {
        m_active = false;
        return true;
    }
    return false;
}

} // namespace conflictmap
