// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WindowSnapshot.h"

#include "IncidentLayer.h"
#include "IncidentListModel.h"
#include "MapView.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace conflictmap {

void WindowSnapshot::saveWhenReady(QQuickWindow *window, const QString &path)
{
    new WindowSnapshot(window, path); // parented to the window
}

WindowSnapshot::WindowSnapshot(QQuickWindow *window, const QString &path) : QObject(window), m_window(window), m_path(path)
{
    for (MapView *map : window->findChildren<MapView *>()) {
        connect(map, &MapView::statusChanged, this, &WindowSnapshot::check);
        connect(map, &MapView::groundLoaded, this, &WindowSnapshot::check);
    }
    for (IncidentListModel *list : window->findChildren<IncidentListModel *>())
        connect(list, &IncidentListModel::loadingChanged, this, &WindowSnapshot::check);
    for (IncidentLayer *layer : window->findChildren<IncidentLayer *>())
        connect(layer, &IncidentLayer::buildingChanged, this, &WindowSnapshot::check);
    connect(window, &QQuickWindow::frameSwapped, this, &WindowSnapshot::check);
    QTimer::singleShot(0, this, &WindowSnapshot::check);
}

void WindowSnapshot::check()
{
    if (m_armed)
        return;
    const auto maps = m_window->findChildren<MapView *>();
    for (MapView *map : maps) {
        if (map->status() == MapView::Error) {
            std::fprintf(stderr, "conflictmap: screenshot not taken: %s\n", qPrintable(map->errorString()));
            QCoreApplication::exit(1);
            m_armed = true;
            return;
        }
        if (map->status() != MapView::Ready || map->groundLoading())
            return;
    }
    // The incidents too: loaded, and their symbols built.
    for (const IncidentListModel *list : m_window->findChildren<IncidentListModel *>())
        if (list->loading())
            return;
    for (const IncidentLayer *layer : m_window->findChildren<IncidentLayer *>())
        if (layer->building())
            return;
    // Let labels and overlays reach the scene graph before grabbing.
    m_armed = true;
    QTimer::singleShot(100, this, &WindowSnapshot::save);
}

void WindowSnapshot::save()
{
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_path, "PNG")) {
        std::fprintf(stderr, "conflictmap: cannot write screenshot %s\n", qPrintable(m_path));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "%s\n", qPrintable(m_path));
    QCoreApplication::exit(0);
}

} // namespace conflictmap
