// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PreparedLayer.h"

#include "map/PainterNode.h"

class QQuickWindow;

namespace conflictmap {

// Draws a prepared boundary layer with QPainter. Qt Quick's software
// renderer (used offscreen, in tests and screenshots) silently skips custom
// geometry nodes, so the map item uses this node there instead.
class SoftwareLayerNode : public PainterNode {
public:
    explicit SoftwareLayerNode(QQuickWindow *window) : PainterNode(window) { }

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

private:
    State m_state;
};

} // namespace conflictmap
