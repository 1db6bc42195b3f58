// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace conflictmap {

// What kind of failure, for a caller that acts on it (the app's form marks
// an invalid field, offers to reload on a conflict) rather than only shows it.
enum class ErrorCode {
    Failed, // anything else: a file that cannot be read, a database error
    Invalid, // a value that breaks a rule; 'field' names it
    NotFound, // the record it is about is not there
    Forbidden, // the user's role does not allow it
    Conflict, // someone else changed the record since it was read
};

// A failure: its kind, the record's field it is about (the store's names:
// "lat", "title", "source"; empty when about none) and what is wrong, in
// words and one line.
struct Error {
    ErrorCode code = ErrorCode::Failed;
    QString field;
    QString message;

    static Error invalid(QString field, QString message) { return {ErrorCode::Invalid, std::move(field), std::move(message)}; }
    static Error notFound(QString field, QString message) { return {ErrorCode::NotFound, std::move(field), std::move(message)}; }
    // "field: message", or the message alone.
    QString text() const { return field.isEmpty() ? message : field + QLatin1String(": ") + message; }
};

} // namespace conflictmap
