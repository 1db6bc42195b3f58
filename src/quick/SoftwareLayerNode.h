// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PreparedLayer.h"

#include <QSGRenderNode>
#include <QTransform>

class QQuickWindow;

namespace conflictmap {

// Draws a prepared boundary layer with QPainter. Qt Quick's software
// renderer (used offscreen, in tests and screenshots) silently skips custom
// geometry nodes, so the map item uses this node there instead.
class SoftwareLayerNode : public QSGRenderNode {
public:
    explicit SoftwareLayerNode(QQuickWindow *window) : m_window(window) { }

    struct State {
        std::shared_ptr<const PreparedLayer> layer;
        QTransform view; // projected coordinates to item pixels
        QTransform itemToWindow;
        QRectF extent; // projected rectangle in view, for culling
        QSizeF size; // item size
        RegionHighlights highlights;
    };
    void setState(State state);

    void render(const RenderState *state) override;
    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    // Qt 6.4's software renderer reads this in window coordinates.
    QRectF rect() const override { return m_state.itemToWindow.mapRect(QRectF(QPointF(), m_state.size)); }

private:
    QQuickWindow *m_window;
    State m_state;
};

} // namespace conflictmap
