// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace conflictmap {

// Reads CSV as RFC 4180 writes it and as spreadsheets and the big event
// datasets export it: comma-separated, fields in double quotes holding
// commas, line breaks and doubled quotes, lines ended by LF or CRLF, a
// UTF-8 byte order mark skipped, the last line with or without its break.
// Text must be UTF-8. A problem is reported with its line and column (both
// from 1, the line where the record begins for an unclosed quote).
class CsvReader {
public:
    // Fields longer than this are refused: no column of an event dataset
    // is that long, and a file that has one is not what it says.
    static constexpr qsizetype kMaxFieldBytes = 1 << 20;

    explicit CsvReader(QByteArray bytes);

    // The next record, or none at the end; a failure names the line and
    // column.
    Result<std::optional<QStringList>> next();
    // The line the last record read began on.
    qint64 line() const { return m_recordLine; }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
    qint64 m_line = 1;
    qsizetype m_lineStart = 0;
    qint64 m_recordLine = 0;
};

} // namespace conflictmap
