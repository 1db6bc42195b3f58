// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/postgres/PgCursor.h"

namespace conflictmap {

namespace {
// Rows per round trip: few enough to keep memory low, many enough that
// the round trips cost little.
constexpr int kBatch = 20000;
} // namespace

PgCursor::PgCursor(PgConnection &db, const char *name, const QByteArray &sql, const std::vector<PgParam> &params)
    : m_db(db), m_name(name)
{
    PgResult declared = db.exec(("DECLARE " + m_name + " NO SCROLL CURSOR FOR " + sql).constData(), params);
    if (!declared.ok())
        m_error = declared.message();
    m_open = declared.ok();
}

PgCursor::~PgCursor()
{
    if (m_open && m_db.isAlive())
        m_db.exec(("CLOSE " + m_name).constData());
}

bool PgCursor::next()
{
    if (!m_open || !m_error.isEmpty())
        return false;
    if (m_batch && ++m_row < m_batch->rows())
        return true;
    if (m_done)
        return false;
    PgResult fetched = m_db.exec(("FETCH FORWARD " + QByteArray::number(kBatch) + " FROM " + m_name).constData());
    if (!fetched.ok()) {
        m_error = fetched.message();
        return false;
    }
    m_done = fetched.rows() < kBatch;
    m_batch.emplace(std::move(fetched));
    m_row = 0;
    return m_batch->rows() > 0;
}

} // namespace conflictmap
