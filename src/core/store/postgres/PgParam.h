// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace conflictmap {

// One parameter of a PostgreSQL statement in libpq's text format: a value
// sent apart from the SQL, never spliced into it. Made implicitly from the
// value, so a call reads exec(sql, {title, id}). As with SqliteStatement, an
// empty QString is NULL, so absent optional text is NULL in the database.
class PgParam {
public:
    PgParam() = default; // NULL
    PgParam(const QString &text);
    PgParam(qint64 value);
    PgParam(int value) : PgParam(qint64(value)) { }
    // 17 significant digits: the double reads back bit for bit.
    PgParam(double value);
    PgParam(std::optional<qint64> value);
    // A bytea (a geometry's WKB) in the hex form "\x0a1b…"; a null array is NULL.
    static PgParam bytea(const QByteArray &bytes);

    bool isNull() const { return !m_text; }
    // The text sent, NUL-terminated; null for NULL.
    const char *data() const { return m_text ? m_text->constData() : nullptr; }
    // PostgreSQL stores no NUL character in text, and libpq would cut the
    // value short at one: such a value must be refused, not sent.
    bool holdsNulCharacter() const { return m_text && m_text->contains('\0'); }

private:
    std::optional<QByteArray> m_text;
};

} // namespace conflictmap
