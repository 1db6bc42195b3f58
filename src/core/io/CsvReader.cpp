// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/CsvReader.h"

#include <QStringDecoder>

namespace conflictmap {

CsvReader::CsvReader(QByteArray bytes) : m_bytes(std::move(bytes))
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_at = m_lineStart = 3;
}

Result<std::optional<QStringList>> CsvReader::next()
{
    using R = Result<std::optional<QStringList>>;
    const qsizetype size = m_bytes.size();
    if (m_at >= size)
        return R(std::nullopt);
    m_recordLine = m_line;
    QStringList fields;
    QByteArray field;
    auto column = [&](qsizetype at) { return qint64(at - m_lineStart + 1); };
    auto decoded = [&]() -> std::optional<QString> {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(field);
        field.clear();
        if (utf8.hasError())
            return std::nullopt;
        return text;
    };
    qsizetype fieldStart = m_at;
    qint64 fieldLine = m_line;
    qsizetype fieldLineStart = m_lineStart;
    auto failAt = [&](const QString &why) {
        return R::failure(QStringLiteral("line %1, column %2: %3").arg(fieldLine).arg(fieldStart - fieldLineStart + 1).arg(why));
    };
    while (true) {
        fieldStart = m_at;
        fieldLine = m_line;
        fieldLineStart = m_lineStart;
        if (m_at < size && m_bytes[m_at] == '"') {
            ++m_at;
            while (true) {
                if (m_at >= size)
                    return failAt(QStringLiteral("a quoted field is never closed"));
                const char c = m_bytes[m_at];
                if (c == '"' && !(m_at + 1 < size && m_bytes[m_at + 1] == '"')) {
                    ++m_at;
                    break;
                }
                // A line break inside the field: LF, CRLF (counted at its LF) or a lone CR.
                if (c == '\n' || (c == '\r' && !(m_at + 1 < size && m_bytes[m_at + 1] == '\n'))) {
                    ++m_line;
                    m_lineStart = m_at + 1;
                }
                field += c;
                m_at += c == '"' ? 2 : 1; // a doubled quote is one
                if (field.size() > kMaxFieldBytes)
                    return failAt(QStringLiteral("a field longer than %1 bytes").arg(kMaxFieldBytes));
            }
            if (m_at < size && m_bytes[m_at] != ',' && m_bytes[m_at] != '\n' && m_bytes[m_at] != '\r')
                return R::failure(QStringLiteral("line %1, column %2: text after a quoted field's closing quote")
                                      .arg(m_line)
                                      .arg(column(m_at)));
        } else {
            while (m_at < size && m_bytes[m_at] != ',' && m_bytes[m_at] != '\n' && m_bytes[m_at] != '\r') {
                field += m_bytes[m_at++];
                if (field.size() > kMaxFieldBytes)
                    return failAt(QStringLiteral("a field longer than %1 bytes").arg(kMaxFieldBytes));
            }
        }
        const std::optional<QString> text = decoded();
        if (!text)
            return failAt(QStringLiteral("not UTF-8 text (convert the file to UTF-8)"));
        fields << *text;
        if (m_at >= size)
            break;
        if (m_bytes[m_at] == ',') {
            ++m_at;
            continue;
        }
        // End of the record: CRLF, LF or a lone CR.
        if (m_bytes[m_at] == '\r')
            ++m_at;
        if (m_at < size && m_bytes[m_at] == '\n')
            ++m_at;
        ++m_line;
        m_lineStart = m_at;
        break;
    }
    return R(std::optional<QStringList>(fields));
}

} // namespace conflictmap
