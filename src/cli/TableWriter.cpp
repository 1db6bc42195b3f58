// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TableWriter.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace conflictmap::cli {

namespace {
const QChar kFirstStrongIsolate(0x2068);
const QChar kPopDirectionalIsolate(0x2069);

// East Asian Wide and Fullwidth ranges (Unicode 15, the common blocks).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F680 && c <= 0x1F6FF) || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x1FA70 && c <= 0x1FAFF)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

bool hasRightToLeft(const QString &text)
{
    for (const QChar c : text) {
        const QChar::Direction d = c.direction();
        if (d == QChar::DirR || d == QChar::DirAL)
            return true;
    }
    return false;
}

// Control characters would break the table's lines: shown as visible escapes.
QString printable(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c.category() == QChar::Other_Control)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}
} // namespace

int TableWriter::displayWidth(const QString &text)
{
    int width = 0;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    int start = 0;
    for (int end = graphemes.toNextBoundary(); end != -1; end = graphemes.toNextBoundary()) {
        const QString cluster = text.mid(start, end - start);
        start = end;
        const char32_t first = cluster.toUcs4().value(0);
        const QChar::Category category = QChar::category(first);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Other_Format)
            continue;
        width += isWide(first) ? 2 : 1;
    }
    return width;
}

QString TableWriter::isolated(const QString &text)
{
    return hasRightToLeft(text) ? kFirstStrongIsolate + text + kPopDirectionalIsolate : text;
}

void TableWriter::addRow(QStringList cells)
{
    for (QString &cell : cells)
        cell = printable(cell);
    m_rows.push_back(std::move(cells));
}

void TableWriter::write(QTextStream &out) const
{
    std::vector<int> widths(size_t(m_header.size()), 0);
    auto measure = [&](const QStringList &cells) {
        for (int i = 0; i < cells.size() && i < m_header.size(); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], displayWidth(cells[i]));
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < m_header.size(); ++i) {
            const QString cell = cells.value(i);
            const bool last = i == m_header.size() - 1;
            text += isolated(cell);
            if (!last)
                text += QString(widths[size_t(i)] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        out << text << '\n';
    };
    line(m_header);
    for (const QStringList &row : m_rows)
        line(row);
}

} // namespace conflictmap::cli
