// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "layers/ControlSnapshot.h"

#include <memory>

class QQuickItem;
class QSGNode;

namespace conflictmap {

class MapViewport;

// The scene-graph node of the control layer, for QQuickItem::updatePaintNode:
// meshes on OpenGL, QPainter on the software renderer, the same picture on
// both (ControlStyle in MapStyle): assessed control filled and outlined,
// claimed control hatched with a dashed outline, and in compare mode the
// area gained (solid) and lost (cross-hatched). 'selected' is the id of a
// record drawn with a bold outline (0 for none). Empty while 'snapshot' is null.
QSGNode *updateControlNode(QSGNode *old, QQuickItem *item, const std::shared_ptr<const ControlSnapshot> &snapshot,
    const MapViewport &viewport, qint64 selected);

} // namespace conflictmap
