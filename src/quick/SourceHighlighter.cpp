// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SourceHighlighter.h"

#include <QTextDocument>

#include <algorithm>

namespace conflictmap {

namespace {
QTextCharFormat formatOf(const QString &kind)
{
    QTextCharFormat format;
    if (kind == QLatin1String("quote")) {
        format.setBackground(QColor(0xff, 0xec, 0x99));
    } else {
        format.setBackground(QColor(0xd8, 0xe8, 0xff));
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(QColor(0x1f, 0x5f, 0xbf));
    }
    return format;
}

QTextCharFormat chosenFormat()
{
    QTextCharFormat format;
    format.setBackground(QColor(0x1f, 0x5f, 0xbf));
    format.setForeground(Qt::white);
    return format;
}
} // namespace

void SourceHighlighter::setQuickDocument(QQuickTextDocument *document)
{
    if (m_document == document)
        return;
    m_document = document;
    setDocument(document ? document->textDocument() : nullptr);
    emit documentChanged();
}

void SourceHighlighter::setRanges(const QVariantList &ranges)
{
    m_ranges = ranges;
    m_parsed.clear();
    for (const QVariant &range : ranges) {
        const QVariantMap r = range.toMap();
        m_parsed.push_back({r.value(QStringLiteral("start")).toInt(), r.value(QStringLiteral("length")).toInt(),
            formatOf(r.value(QStringLiteral("kind")).toString())});
    }
    // Places over quotes: a place inside a quote stays visible.
    std::stable_sort(m_parsed.begin(), m_parsed.end(),
        [](const Range &a, const Range &b) { return a.format.underlineStyle() < b.format.underlineStyle(); });
    emit rangesChanged();
    rehighlight();
}

void SourceHighlighter::setChosenStart(int start)
{
    if (m_chosenStart == start)
        return;
    m_chosenStart = start;
    emit rangesChanged();
    rehighlight();
}

void SourceHighlighter::setChosenLength(int length)
{
    if (m_chosenLength == length)
        return;
    m_chosenLength = length;
    emit rangesChanged();
    rehighlight();
}

void SourceHighlighter::formatRange(int blockStart, int blockLength, int start, int length, const QTextCharFormat &format)
{
    const int from = std::max(start, blockStart);
    const int to = std::min(start + length, blockStart + blockLength);
    if (from < to)
        setFormat(from - blockStart, to - from, format);
}

void SourceHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockLength = int(text.size());
    for (const Range &range : m_parsed)
        formatRange(blockStart, blockLength, range.start, range.length, range.format);
    if (m_chosenLength > 0)
        formatRange(blockStart, blockLength, m_chosenStart, m_chosenLength, chosenFormat());
}

} // namespace conflictmap
