// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "map/LayerRoot.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRenderNode>
#include <QSGRendererInterface>
#include <QTransform>

#include <memory>

class QPainter;

namespace conflictmap {

// The base of a map layer's node on Qt Quick's software renderer, which
// silently skips custom geometry nodes: the layer paints with the window's
// QPainter instead, clipped to its item.
class PainterNode : public QSGRenderNode {
public:
    explicit PainterNode(QQuickWindow *window) : m_window(window) { }

    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    // What the renderer repaints when the node changes. Qt 6.4's software
    // renderer maps it by the item's place in the window for some layer
    // nodes and not for others (measured in the app, the map beside the
    // 340 px list: the control layer's was mapped, the boundary layer's
    // not), so it covers the item in both coordinates: given in one only,
    // a change left part of the map (the list's width, left or right) stale.
    QRectF rect() const override
    {
        const QRectF item(QPointF(), m_size);
        return item.united(m_itemToWindow.mapRect(item));
    }

protected:
    // Where the item is in the window, and its size; set with each new state.
    void setPlacement(const QTransform &itemToWindow, const QSizeF &size);
    // The window's painter, clipped to the renderer's clip region and the
    // item, transformed by 'view' (projected coordinates to item pixels),
    // with the item's opacity and antialiasing; null if there is none.
    QPainter *beginPainting(const RenderState *state, const QTransform &view);

private:
    QQuickWindow *m_window;
    QTransform m_itemToWindow;
    QSizeF m_size;
};

// A layer's painter node drawing an immutable snapshot: what it draws
// ('snapshot', with 'options' such as the selection) and where, set anew
// with each state of the scene graph.
template <typename Snapshot, typename Options>
class SnapshotPainterNode : public PainterNode {
public:
    using PainterNode::PainterNode;

    struct State {
        std::shared_ptr<const Snapshot> snapshot;
        Options options;
        QTransform view; // projected coordinates to item pixels
        QTransform itemToWindow;
        QSizeF size;
    };
    void setState(State state)
    {
        m_state = std::move(state);
        setPlacement(m_state.itemToWindow, m_state.size);
    }

protected:
    // The window's painter for m_state (see beginPainting); null if there
    // is none or nothing to draw.
    QPainter *beginPainting(const RenderState *state)
    {
        return m_state.snapshot ? PainterNode::beginPainting(state, m_state.view) : nullptr;
    }

    State m_state;
};

// For a layer's updatePaintNode: on the software renderer, gives the
// painter node 'Node' (a SnapshotPainterNode) under 'root', made the first
// time, its new state and returns true; on other renderers returns false
// (the layer makes geometry instead).
template <typename Node, typename Snapshot, typename Options>
bool updatePainterNode(
    QSGNode *root, QQuickItem *item, std::shared_ptr<const Snapshot> snapshot, Options options, const QTransform &view)
{
    QQuickWindow *window = item->window();
    if (window->rendererInterface()->graphicsApi() != QSGRendererInterface::Software)
        return false;
    LayerRoot::child<Node>(root, [&] {
        return new Node(window);
    })->setState({std::move(snapshot), std::move(options), view, item->itemTransform(nullptr, nullptr), item->size()});
    return true;
}

} // namespace conflictmap
