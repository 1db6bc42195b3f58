// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/PainterNode.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace conflictmap {

void PainterNode::setPlacement(const QTransform &itemToWindow, const QSizeF &size)
{
    m_itemToWindow = itemToWindow;
    m_size = size;
    markDirty(QSGNode::DirtyMaterial); // the software renderer repaints only dirty nodes
}

QPainter *PainterNode::beginPainting(const RenderState *state, const QTransform &view)
{
    QSGRendererInterface *renderer = m_window->rendererInterface();
    auto *painter = static_cast<QPainter *>(renderer->getResource(m_window, QSGRendererInterface::PainterResource));
    if (!painter)
        return nullptr;
    // The renderer's clip region (window coordinates) spares items drawn
    // above the map; within it, clip to the map item itself.
    const QRegion *clip = state->clipRegion();
    if (clip && !clip->isEmpty())
        painter->setClipRegion(*clip, Qt::ReplaceClip);
    // On Qt 6.4 the software renderer gives render nodes an identity
    // matrix(), not the item's place in the window: use the item's own.
    painter->setTransform(m_itemToWindow);
    painter->setClipRect(QRectF(QPointF(), m_size), clip && !clip->isEmpty() ? Qt::IntersectClip : Qt::ReplaceClip);
    painter->setTransform(view * m_itemToWindow);
    painter->setOpacity(inheritedOpacity());
    painter->setRenderHint(QPainter::Antialiasing, true);
    return painter;
}

} // namespace conflictmap
