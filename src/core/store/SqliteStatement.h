// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace conflictmap {

// A prepared SQLite statement: values are bound, never spliced into SQL.
// Text is bound and read as UTF-8 byte for byte; an empty QString binds as
// NULL, so absent optional text is NULL in the database.
class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    SqliteStatement &bind(int index, const QString &text);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, std::optional<qint64> value);
    SqliteStatement &bindNull(int index);
    // Binds bytes as a BLOB (a geometry's WKB); a null array binds NULL.
    SqliteStatement &bindBlob(int index, const QByteArray &bytes);

    // Steps once: true when a row is ready, false when done or failed
    // (see failed() and the database's error).
    bool next();
    // Runs to completion; false on error.
    bool run();
    bool failed() const { return m_failed; }
    void reset();

    int columnCount() const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step; empty for NULL.
    std::string_view bytes(int column) const;
    // A BLOB column's bytes, copied.
    QByteArray blob(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    std::optional<qint64> optionalInteger(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
};

} // namespace conflictmap
