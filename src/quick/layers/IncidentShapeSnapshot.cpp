// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/IncidentShapeSnapshot.h"

#include "geo/CrsTransform.h"
#include "geo/GeodesicArea.h"
#include "store/IncidentStore.h"

#include <algorithm>
#include <cmath>

namespace conflictmap {

namespace {
// Keeps only the shapes of incidents among 'points' (both sorted: shapes by id).
void keepShown(std::vector<IncidentShape> &shapes, const IncidentPoints &points)
{
    std::vector<bool> shown(shapes.size());
    for (const IncidentPoint &p : points.points) {
        const auto found
            = std::lower_bound(shapes.begin(), shapes.end(), p.id, [](const IncidentShape &s, qint64 id) { return s.id < id; });
        if (found != shapes.end() && found->id == p.id)
            shown[size_t(found - shapes.begin())] = true;
    }
    size_t kept = 0;
    for (size_t i = 0; i < shapes.size(); ++i)
        if (shown[i] && kept++ != i)
            shapes[kept - 1] = std::move(shapes[i]);
    shapes.resize(kept);
}
} // namespace

const IncidentShapeSnapshot::Shape *IncidentShapeSnapshot::at(
    const QPointF &position, const QPointF &lonLat, const QTransform &toItem, double tolerance) const
{
    for (auto it = shapes.rbegin(); it != shapes.rend(); ++it) {
        if (it->isArea() || !toItem.mapRect(it->bounds).adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(position))
            continue;
        for (const QPolygonF &part : it->parts)
            for (qsizetype i = 1; i < part.size(); ++i)
                if (distanceToSegment(position, toItem.map(part[i - 1]), toItem.map(part[i])) <= tolerance)
                    return &*it;
    }
    for (auto it = shapes.rbegin(); it != shapes.rend(); ++it)
        if (it->isArea() && it->area->contains(lonLat))
            return &*it;
    return nullptr;
}

IncidentShapeSnapshot IncidentShapeSnapshot::build(const Request &request, StoreReader &reader)
{
    IncidentShapeSnapshot snapshot;
    snapshot.request = request;
    std::vector<IncidentShape> read;
    const Result<void> done = reader.read([&](const IncidentStore &store) -> Result<void> {
        auto shapes = store.shapes(request.filter);
        if (!shapes)
            return Result<void>::failure(shapes.problem());
        read = std::move(shapes.value());
        return {};
    });
    if (!done) {
        snapshot.error = done.error();
        return snapshot;
    }
    if (request.points)
        keepShown(read, *request.points);
    read.erase(
        std::remove_if(read.begin(), read.end(), [](const IncidentShape &s) { return s.geometry.isPuntal(); }), read.end());
    if (read.empty())
        return snapshot;
    QString error;
    const std::unique_ptr<CrsTransform> toDisplay = CrsTransform::create(QStringLiteral("EPSG:4326"), request.crs, &error);
    if (!toDisplay) {
        snapshot.error = error;
        return snapshot;
    }

    std::vector<Shape> areas, lines;
    std::vector<double> km2;
    for (const IncidentShape &read : read) {
        Shape shape;
        shape.id = read.id;
        shape.status = read.status;
        shape.directed = read.family == QLatin1String("movement");
        if (read.geometry.isAreal()) {
            km2.push_back(GeodesicArea::of(read.geometry.polygons) / 1e6);
            shape.area = PreparedArea::build(read.geometry, km2.back(), *toDisplay, request.withPaths);
            shape.bounds = shape.area->mesh.bounds;
            snapshot.vertexCount += qsizetype(shape.area->mesh.vertices.size() / 2);
            areas.push_back(std::move(shape));
            continue;
        }
        for (const LinePath &line : read.geometry.lines) {
            std::vector<QPointF> projected = line;
            toDisplay->forward(projected);
            QPolygonF part;
            part.reserve(qsizetype(projected.size()));
            for (const QPointF &p : projected)
                if (std::isfinite(p.x()) && std::isfinite(p.y()) && (part.isEmpty() || part.back() != p))
                    part << p;
            if (part.size() < 2)
                continue;
            shape.bounds = shape.bounds.isNull() ? part.boundingRect() : shape.bounds.united(part.boundingRect());
            snapshot.vertexCount += part.size();
            shape.parts.push_back(std::move(part));
        }
        if (!shape.parts.empty())
            lines.push_back(std::move(shape));
    }
    // Smaller areas over larger ones, so each can be seen and clicked.
    std::vector<size_t> order(areas.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return km2[a] > km2[b]; });
    for (size_t i : order)
        snapshot.shapes.push_back(std::move(areas[i]));
    for (Shape &line : lines)
        snapshot.shapes.push_back(std::move(line));
    if (!snapshot.shapes.empty())
        snapshot.origin = snapshot.shapes.front().bounds.center();
    return snapshot;
}

} // namespace conflictmap
