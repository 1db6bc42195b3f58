// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "layers/IncidentShapeSnapshot.h"

#include <QColor>

#include <array>
#include <memory>

class QQuickItem;
class QSGNode;

namespace conflictmap {

class MapViewport;

// How the shapes are coloured: one colour per status (as the symbols'),
// and which incident is selected.
struct IncidentShapeStyle {
    std::array<QColor, 5> statusColors; // by IncidentStatus
    qint64 selected = 0;

    QColor colorOf(IncidentStatus status) const { return statusColors[size_t(status)]; }
    bool operator==(const IncidentShapeStyle &other) const
    {
        return statusColors == other.statusColors && selected == other.selected;
    }
    bool operator!=(const IncidentShapeStyle &other) const { return !(*this == other); }
};

// The scene-graph node of the incidents' shapes, for
// QQuickItem::updatePaintNode: geometry under the view's transform on
// OpenGL (rebuilt only when the snapshot or the style changes; a pan or
// zoom changes the matrix) with the arrowheads in pixels, QPainter on the
// software renderer. 'old' is what the item returned last time.
QSGNode *updateIncidentShapeNode(QSGNode *old, QQuickItem *item, const std::shared_ptr<const IncidentShapeSnapshot> &snapshot,
    const MapViewport &viewport, const IncidentShapeStyle &style);

} // namespace conflictmap
