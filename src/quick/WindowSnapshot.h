// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QQuickWindow;

namespace conflictmap {

class MapView;

// Saves a picture of a window as a user sees it, once every layer of its
// maps has drawn what the view needs and a frame has been drawn, then quits the application: exit code
// 0 when the PNG was written, 1 when a map failed to load or the file could
// not be written. Used by `conflictmap --screenshot` and the screenshot script.
class WindowSnapshot : public QObject {
    Q_OBJECT

public:
    // Owned by 'window'.
    static void saveWhenReady(QQuickWindow *window, const QString &path);

private:
    WindowSnapshot(QQuickWindow *window, const QString &path);
    void check();
    void save();

    QPointer<QQuickWindow> m_window;
    QString m_path;
    bool m_armed = false;
};

} // namespace conflictmap
