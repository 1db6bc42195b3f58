// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WindowSnapshot.h"

#include "IncidentListModel.h"
#include "MapView.h"
#include "layers/BoundaryMapLayer.h"
#include "map/Boundaries.h"

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
    for (MapView *map : window->findChildren<MapView *>())
        connect(map, &MapView::loadingChanged, this, &WindowSnapshot::check);
    for (BoundaryMapLayer *layer : window->findChildren<BoundaryMapLayer *>()) {
        connect(layer, &BoundaryMapLayer::readyChanged, this, &WindowSnapshot::check);
        if (Boundaries *boundaries = layer->boundaries())
            connect(boundaries, &Boundaries::statusChanged, this, &WindowSnapshot::check);
    }
    for (IncidentListModel *list : window->findChildren<IncidentListModel *>())
        connect(list, &IncidentListModel::loadingChanged, this, &WindowSnapshot::check);
    connect(window, &QQuickWindow::frameSwapped, this, &WindowSnapshot::check);
    QTimer::singleShot(0, this, &WindowSnapshot::check);
}

void WindowSnapshot::check()
{
    if (m_armed)
        return;
    const auto fail = [this](const QString &why) {
        std::fprintf(stderr, "conflictmap: screenshot not taken: %s\n", qPrintable(why));
        QCoreApplication::exit(1);
        m_armed = true;
    };
    // A map that cannot show its boundaries is not what the user asked for.
    for (const MapView *map : m_window->findChildren<MapView *>())
        if (!map->errorString().isEmpty())
            return fail(map->errorString());
    for (const BoundaryMapLayer *layer : m_window->findChildren<BoundaryMapLayer *>()) {
        if (layer->boundaries() && layer->boundaries()->status() == Boundaries::Error)
            return fail(layer->boundaries()->errorString());
        if (!layer->ready())
            return;
    }
    // Every layer drawn (tiles fetched or failed, symbols built), the incidents loaded.
    for (const MapView *map : m_window->findChildren<MapView *>())
        if (map->loading())
            return;
    for (const IncidentListModel *list : m_window->findChildren<IncidentListModel *>())
        if (list->loading())
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
