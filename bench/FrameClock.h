// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "EventLoopWait.h"

#include <QElapsedTimer>
#include <QQuickWindow>
#include <QSurfaceFormat>

#include <atomic>
#include <cmath>
#include <functional>

// Frames rendered on the GUI thread, each as soon as it is asked for, not
// at the display's rate: what a frame costs, not when vsync allows it.
// Call before the QGuiApplication is made.
inline void renderUnthrottled()
{
    qputenv("QSG_RENDER_LOOP", "basic");
    qputenv("QT_QPA_UPDATE_IDLE_TIME", "0");
    QSurfaceFormat format = QSurfaceFormat::defaultFormat();
    format.setSwapInterval(0);
    QSurfaceFormat::setDefaultFormat(format);
}

// Counts a window's frames and times a change of view to the frame that
// shows it (from the change to QQuickWindow::frameSwapped).
class FrameClock {
public:
    // 'firstFrame' runs when the first frame is swapped.
    explicit FrameClock(QQuickWindow *window, std::function<void()> firstFrame = {})
    {
        m_clock.start();
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [this, firstFrame] {
                m_swappedAt = m_clock.nsecsElapsed();
                if (m_swapped++ == 0 && firstFrame)
                    firstFrame();
            },
            Qt::DirectConnection);
    }

    int frames() const { return m_swapped; }
    // Milliseconds from the clock's start to the last frame.
    double lastFrameMs() const { return double(m_swappedAt) / 1e6; }
    // Waits for a frame after those counted so far; false after 'timeoutMs'.
    bool waitForFrame(int timeoutMs = 10000)
    {
        const int before = m_swapped;
        return waitFor([&] { return m_swapped > before; }, timeoutMs);
    }
    // Runs 'change' and waits for the frame it causes: the milliseconds
    // between them, or NaN when no frame came in 10 s.
    double time(const std::function<void()> &change)
    {
        const int before = m_swapped;
        const qint64 start = m_clock.nsecsElapsed();
        change();
        if (!waitFor([&] { return m_swapped > before; }, 10000))
            return NAN;
        return double(m_swappedAt - start) / 1e6;
    }

private:
    QElapsedTimer m_clock;
    std::atomic<int> m_swapped{0};
    std::atomic<qint64> m_swappedAt{0};
};
