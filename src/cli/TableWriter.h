// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QTextStream>

#include <vector>

namespace conflictmap::cli {

// A plain-text table for terminals: columns aligned by the width text takes
// on screen (wide CJK characters count two cells, combining marks none),
// and right-to-left cells (Arabic, Persian, Hebrew) wrapped in Unicode
// directional isolates so a bidi-aware terminal keeps them in their column.
class TableWriter {
public:
    explicit TableWriter(QStringList header) : m_header(std::move(header)) { }
    void addRow(QStringList cells);
    void write(QTextStream &out) const;

    // Terminal cells 'text' takes.
    static int displayWidth(const QString &text);
    // 'text' in directional isolates if it holds right-to-left script, so
    // text around it keeps its own direction ("محافظة سيونيك claims").
    static QString isolated(const QString &text);

private:
    QStringList m_header;
    std::vector<QStringList> m_rows;
};

} // namespace conflictmap::cli
