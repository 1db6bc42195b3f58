// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QQmlEngine>
#include <QQuickWindow>

#include <memory>

namespace conflictmap {
class BoundaryMapLayer;
class MapView;
class PolygonLayer;
} // namespace conflictmap

// A real Qt Quick window holding one MapView made from QML, as the app makes
// it: for tests that look at pixels and send input.
class MapScene {
public:
    // 'properties' is QML put inside MapView { ... }: its properties and layers.
    explicit MapScene(const QString &properties, QSize size = {800, 600});
    ~MapScene();

    // QML for a boundary layer of the file at 'path', and for a ground layer.
    static QString boundaryLayer(const QString &path);
    static QString groundLayer(const QString &path);

    conflictmap::MapView *map() const { return m_map; }
    // The map's boundary layer and ground layer, or null.
    conflictmap::BoundaryMapLayer *boundaryLayer() const;
    conflictmap::PolygonLayer *groundLayer() const;
    QQuickWindow &window() { return m_window; }
    // Waits until the boundary layer is drawn, or its file failed, and no
    // layer is loading; false on timeout.
    bool waitForLoad(int timeoutMs = 10000);
    // A rendered picture of the window, after pending changes are drawn.
    QImage grab();
    // Colour of the window pixel at a WGS 84 coordinate.
    QColor pixelAt(const QImage &image, double lon, double lat) const;

private:
    QQmlEngine m_engine;
    QQuickWindow m_window;
    std::unique_ptr<QQuickItem> m_root;
    conflictmap::MapView *m_map = nullptr;
};
