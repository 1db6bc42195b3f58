// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ShapeSketch.h"

#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

class MapView;

// The drawing tool over the map: while its sketch is active, a click adds a
// vertex, dragging a vertex moves it, dragging elsewhere pans, Backspace
// removes the last vertex, Enter or a double click finishes, Escape
// cancels; the wheel still zooms. It draws the sketch — an area filled, a
// line with an arrowhead at its end, every vertex a handle — and marks
// where it is invalid. Inactive, it lets every event through. Painted with
// QPainter, so it looks the same on OpenGL and the software renderer.
class SketchOverlay : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::MapView *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(conflictmap::ShapeSketch *sketch READ sketch WRITE setSketch NOTIFY sketchChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)

public:
    explicit SketchOverlay(QQuickItem *parent = nullptr);

    MapView *map() const { return m_map; }
    void setMap(MapView *map);
    ShapeSketch *sketch() const { return m_sketch; }
    void setSketch(ShapeSketch *sketch);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);

    void paint(QPainter *painter) override;

signals:
    void mapChanged();
    void sketchChanged();
    void colorChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;

private:
    void sketchChanged_();
    QPointF toScreen(const QPointF &lonLat) const;
    // The vertex under 'position' (part, index), if one is within reach.
    std::optional<std::pair<int, int>> vertexAt(const QPointF &position) const;

    QPointer<MapView> m_map;
    QPointer<ShapeSketch> m_sketch;
    QColor m_color = QColor(0xd0, 0x1c, 0x8b);
    enum class Gesture { None, Pending, Dragging, Panning };
    Gesture m_gesture = Gesture::None;
    std::pair<int, int> m_dragged{-1, -1};
    QPointF m_pressedAt;
    QPointF m_lastAt;
    bool m_ignoreRelease = false;
};

} // namespace conflictmap
