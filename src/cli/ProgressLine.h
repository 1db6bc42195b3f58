// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QString>

class QTextStream;

namespace conflictmap::cli {

// A progress line for a long command on a terminal, redrawn in place at
// most ten times a second and ended by a newline:
//   import  [#########.......]  45,000 features  12,300/s
// Draws nothing when it is not shown (standard error is no terminal:
// scripts, CI, pipes), so callers need not ask. Writes to the stream it is
// given, which must outlive it.
class ProgressLine {
public:
    ProgressLine(QTextStream &stream, const QString &label, bool shown);
    ~ProgressLine(); // finishes the line
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    // 'count' done so far, 'fraction' of the whole work (0 to 1).
    void update(qint64 count, double fraction);
    // Draws the last state and ends the line: call before printing anything
    // else on the stream. Only the first call does anything.
    void finish();

private:
    void draw();

    QTextStream &m_stream;
    QString m_label;
    bool m_shown;
    bool m_finished = false;
    qint64 m_count = 0;
    double m_fraction = 0;
    QElapsedTimer m_started;
    qint64 m_drawnAt = -1; // ms since start; -1: never drawn
    qsizetype m_width = 0; // of the longest line drawn, to clear it
};

} // namespace conflictmap::cli
