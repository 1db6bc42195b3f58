// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>

struct pg_result;

namespace conflictmap {

// The result of one statement, owned (cleared when it goes). Values are read
// in libpq's text format; a NULL reads as null text, 0 or an empty array.
// A result that failed says why in one line and with its SQLSTATE.
class PgResult {
public:
    PgResult(PgResult &&) = default;
    PgResult &operator=(PgResult &&) = default;
    ~PgResult();

    // The statement ran: a command, or a query with its rows.
    bool ok() const;
    int rows() const;
    int columns() const;

    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    // The value's UTF-8 bytes, valid while this result lives; empty for NULL.
    std::string_view bytes(int row, int column) const;
    // 0 for NULL or for a value that is no integer.
    qint64 integer(int row, int column) const;
    std::optional<qint64> optionalInteger(int row, int column) const;
    // 0 for NULL or for a value that is no number; NaN and ±Infinity read as such.
    double real(int row, int column) const;
    // A bytea column's bytes, decoded; null for NULL.
    QByteArray bytea(int row, int column) const;
    // Rows an INSERT, UPDATE or DELETE changed; 0 for other statements.
    qint64 affectedRows() const;

    // For a failed statement: the five-character SQLSTATE ("23505" a unique
    // violation, "40001" a serialization failure, "42501" no privilege),
    // empty when the failure came from the client side.
    QString sqlState() const;
    // For a failed statement: the server's primary message, one line.
    QString message() const;

private:
    friend class PgConnection;
    // A result of libpq (owned from here), or, when there is none, why.
    PgResult(pg_result *result, QString failure);
    struct Clear {
        void operator()(pg_result *result) const;
    };
    std::unique_ptr<pg_result, Clear> m_result;
    QString m_failure;
};

} // namespace conflictmap
