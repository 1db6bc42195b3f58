// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointer>
#include <QQuickTextDocument>
#include <QSyntaxHighlighter>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

// Marks ranges of a plain-text TextEdit's document (a source's text): the
// quotes of its claims, the places it names, and the one chosen. Only the
// formatting changes; the text stays plain, never interpreted as markup.
class SourceHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
    QML_ELEMENT
    // The TextEdit's textDocument.
    Q_PROPERTY(QQuickTextDocument *document READ quickDocument WRITE setQuickDocument NOTIFY documentChanged)
    // {start, length, kind: "quote" or "place"}, positions in the document.
    Q_PROPERTY(QVariantList ranges READ ranges WRITE setRanges NOTIFY rangesChanged)
    // The range shown as chosen (start, length), or length 0 for none.
    Q_PROPERTY(int chosenStart READ chosenStart WRITE setChosenStart NOTIFY rangesChanged)
    Q_PROPERTY(int chosenLength READ chosenLength WRITE setChosenLength NOTIFY rangesChanged)

public:
    explicit SourceHighlighter(QObject *parent = nullptr) : QSyntaxHighlighter(parent) { }

    QQuickTextDocument *quickDocument() const { return m_document; }
    void setQuickDocument(QQuickTextDocument *document);
    QVariantList ranges() const { return m_ranges; }
    void setRanges(const QVariantList &ranges);
    int chosenStart() const { return m_chosenStart; }
    void setChosenStart(int start);
    int chosenLength() const { return m_chosenLength; }
    void setChosenLength(int length);

signals:
    void documentChanged();
    void rangesChanged();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Range {
        int start;
        int length;
        QTextCharFormat format;
    };
    void formatRange(int blockStart, int blockLength, int start, int length, const QTextCharFormat &format);

    QPointer<QQuickTextDocument> m_document;
    QVariantList m_ranges;
    std::vector<Range> m_parsed;
    int m_chosenStart = 0;
    int m_chosenLength = 0;
};

} // namespace conflictmap
