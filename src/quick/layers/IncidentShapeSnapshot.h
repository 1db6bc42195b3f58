// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "layers/ControlSnapshot.h"
#include "map/StoreReader.h"
#include "store/IncidentFilter.h"
#include "store/IncidentPoints.h"

#include <QPolygonF>
#include <QRectF>
#include <QTransform>

#include <memory>
#include <vector>

namespace conflictmap {

// The lines and areas of the incidents shown, made ready to draw in one
// display CRS off the UI thread: areas projected and triangulated (as the
// control layer's, PreparedArea), lines projected. Immutable once built;
// the layer's nodes draw it and its clicks are matched against it.
struct IncidentShapeSnapshot {
    struct Request {
        IncidentFilter filter;
        // The incidents the list and the symbols show: only their shapes
        // are drawn (the same filter, read at another moment, could differ).
        std::shared_ptr<const IncidentPoints> points;
        QString crs;
        bool withPaths = false; // the software renderer draws painter paths
    };
    struct Shape {
        qint64 id = 0;
        IncidentStatus status = IncidentStatus::Reported;
        bool directed = false; // a movement: an arrowhead at the end of each part
        std::shared_ptr<const PreparedArea> area; // an area's; null for a line
        std::vector<QPolygonF> parts; // a line's parts, projected, first vertex to last
        QRectF bounds; // projected

        bool isArea() const { return area != nullptr; }
        // Whether its bounds meet 'extent' (edges included: a line along a
        // parallel has bounds of no height, which QRectF calls empty).
        bool meets(const QRectF &extent) const
        {
            return bounds.left() <= extent.right() && bounds.right() >= extent.left() && bounds.top() <= extent.bottom()
                && bounds.bottom() >= extent.top();
        }
    };

    Request request;
    std::vector<Shape> shapes; // drawn in this order: areas, largest first, then lines
    QPointF origin; // projected: the nodes' vertices are relative to it
    qsizetype vertexCount = 0;
    QString error;

    // The topmost shape at an item position: a line passing within
    // 'tolerance' pixels, else the smallest area containing it; null if
    // none. 'toItem' maps projected coordinates to item pixels, 'lonLat'
    // is the position in WGS 84.
    const Shape *at(const QPointF &position, const QPointF &lonLat, const QTransform &toItem, double tolerance) const;

    static IncidentShapeSnapshot build(const Request &request, StoreReader &reader);
};

} // namespace conflictmap
