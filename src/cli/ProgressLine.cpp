// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProgressLine.h"

#include <QLocale>
#include <QTextStream>

#include <algorithm>

namespace conflictmap::cli {

namespace {
constexpr int kBarWidth = 24;
constexpr qint64 kRedrawMs = 100;
} // namespace

ProgressLine::ProgressLine(QTextStream &stream, const QString &label, bool shown)
    : m_stream(stream), m_label(label), m_shown(shown)
{
    m_started.start();
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::update(qint64 count, double fraction)
{
    m_count = count;
    m_fraction = std::clamp(fraction, 0.0, 1.0);
    if (m_shown && !m_finished && (m_drawnAt < 0 || m_started.elapsed() - m_drawnAt >= kRedrawMs))
        draw();
}

void ProgressLine::finish()
{
    if (!m_shown || m_finished)
        return;
    draw();
    m_stream << '\n';
    m_stream.flush();
    m_finished = true;
}

void ProgressLine::draw()
{
    m_drawnAt = m_started.elapsed();
    const QLocale english(QLocale::English); // 45,000 whatever the user's locale: the line is English
    const int done = int(m_fraction * kBarWidth);
    QString line = QStringLiteral("%1  [%2%3]  %4 features")
                       .arg(m_label, QString(done, QLatin1Char('#')), QString(kBarWidth - done, QLatin1Char('.')),
                           english.toString(m_count));
    if (m_drawnAt > 0)
        line += QStringLiteral("  %1/s").arg(english.toString(qint64(double(m_count) * 1000 / double(m_drawnAt))));
    // Padded over what a longer line before left on the screen.
    m_width = std::max(m_width, line.size());
    m_stream << '\r' << line.leftJustified(m_width);
    m_stream.flush();
}

} // namespace conflictmap::cli
