// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PreparedLayer.h"

#include <memory>

class QQuickItem;
class QSGNode;

namespace conflictmap {

class MapViewport;

// The scene-graph node of a layer of polygons, for QQuickItem::updatePaintNode:
// a mesh on OpenGL, QPainter on the software renderer (which silently skips
// custom geometry). 'old' is what the item returned last time; returns the
// node to give the scene graph, empty while 'layer' is null.
QSGNode *updatePolygonNode(QSGNode *old, QQuickItem *item, const std::shared_ptr<const PreparedLayer> &layer,
    const MapViewport &viewport, const RegionHighlights &highlights = {});

} // namespace conflictmap
