// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/postgres/PgConnection.h"

#include <optional>

namespace conflictmap {

// Reads a query's rows a batch at a time through a server-side cursor, so a
// million rows never sit in memory at once. Needs an open transaction (the
// cursor lives until it ends). Row accessors read the current row.
class PgCursor {
public:
    PgCursor(PgConnection &db, const char *name, const QByteArray &sql, const std::vector<PgParam> &params);
    ~PgCursor();
    PgCursor(const PgCursor &) = delete;
    PgCursor &operator=(const PgCursor &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    // Moves to the next row; false at the end or on an error.
    bool next();
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    bool isNull(int column) const { return m_batch->isNull(m_row, column); }
    QString text(int column) const { return m_batch->text(m_row, column); }
    std::string_view bytes(int column) const { return m_batch->bytes(m_row, column); }
    qint64 integer(int column) const { return m_batch->integer(m_row, column); }
    std::optional<qint64> optionalInteger(int column) const { return m_batch->optionalInteger(m_row, column); }
    double real(int column) const { return m_batch->real(m_row, column); }
    QByteArray blob(int column) const { return m_batch->bytea(m_row, column); }

private:
    PgConnection &m_db;
    QByteArray m_name;
    std::optional<PgResult> m_batch;
    int m_row = -1;
    bool m_open = false;
    bool m_done = false;
    QString m_error;
};

} // namespace conflictmap
