// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/LayerMesh.h"

#include "geo/BoundaryLayer.h"
#include "geo/CrsTransform.h"
#include "geo/PolygonTriangulator.h"
#include "geo/RingSimplifier.h"

#include <QHash>

#include <cmath>

namespace conflictmap {

namespace {
bool allFinite(const Ring &ring)
{
    for (const QPointF &p : ring)
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            return false;
    return true;
}

struct PointKey {
    double x, y;
    bool operator==(const PointKey &o) const { return x == o.x && y == o.y; }
};
size_t qHash(const PointKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.x, k.y);
}
} // namespace

LayerMesh LayerMesh::build(const BoundaryLayer &layer, const CrsTransform &toDisplay, double tolerance)
{
    std::vector<const MultiPolygon *> geometries;
    std::vector<QPointF> labelPoints;
    for (const Region &region : layer.regions()) {
        geometries.push_back(&region.geometry);
        labelPoints.push_back(region.labelPoint);
    }
    return build(geometries, labelPoints, toDisplay, tolerance);
}

LayerMesh LayerMesh::build(const MultiPolygon &geometry, const CrsTransform &toDisplay, double tolerance)
{
    const Polygon *largest = nullptr;
    for (const Polygon &polygon : geometry)
        if (!largest || areaOf(polygon) > areaOf(*largest))
            largest = &polygon;
    return build({&geometry}, {largest ? interiorPointOf(*largest) : QPointF()}, toDisplay, tolerance);
}

LayerMesh LayerMesh::build(const std::vector<const MultiPolygon *> &geometries, const std::vector<QPointF> &labelPoints,
    const CrsTransform &toDisplay, double tolerance)
{
    LayerMesh mesh;
    // Project every region once; keep polygons whose exterior projects.
    std::vector<MultiPolygon> projected;
    projected.reserve(geometries.size());
    for (const MultiPolygon *geometry : geometries) {
        MultiPolygon parts;
        for (const Polygon &polygon : *geometry) {
            Polygon out;
            for (size_t r = 0; r < polygon.rings.size(); ++r) {
                Ring ring = polygon.rings[r];
                toDisplay.forward(ring);
                if (!allFinite(ring)) {
                    ++mesh.unprojectable;
                    if (r == 0)
                        break;
                    continue;
                }
                if (tolerance > 0)
                    ring = simplifyRing(ring, tolerance);
                if (ring.empty()) { // smaller than the tolerance
                    if (r == 0)
                        break;
                    continue;
                }
                out.rings.push_back(std::move(ring));
            }
            if (!out.rings.empty())
                parts.push_back(std::move(out));
        }
        const QRectF b = boundsOf(parts);
        if (!b.isNull())
            mesh.bounds = mesh.bounds.isNull() ? b : mesh.bounds.united(b);
        projected.push_back(std::move(parts));
    }
    mesh.origin = mesh.bounds.center();

    PolygonTriangulator triangulator;
    std::vector<QPointF> corners;
    mesh.regions.resize(projected.size());
    for (size_t r = 0; r < projected.size(); ++r) {
        RegionPart &part = mesh.regions[r];
        part.bounds = boundsOf(projected[r]);
        const QPointF label = toDisplay.forward(labelPoints[r]);
        part.labelPoint = std::isfinite(label.x()) ? label : part.bounds.center();
        part.vertices.first = uint32_t(mesh.vertices.size() / 2);
        part.fillIndices.first = uint32_t(mesh.fillIndices.size());
        part.outlineIndices.first = uint32_t(mesh.outlineIndices.size());
        for (const Polygon &polygon : projected[r]) {
            QHash<PointKey, uint32_t> indexOf;
            for (const Ring &ring : polygon.rings) {
                const uint32_t first = uint32_t(mesh.vertices.size() / 2);
                for (const QPointF &p : ring) {
                    indexOf.insert({p.x(), p.y()}, uint32_t(mesh.vertices.size() / 2));
                    mesh.vertices.push_back(float(p.x() - mesh.origin.x()));
                    mesh.vertices.push_back(float(p.y() - mesh.origin.y()));
                }
                const uint32_t n = uint32_t(ring.size());
                part.rings.push_back({first, n});
                for (uint32_t i = 0; i < n; ++i) {
                    mesh.outlineIndices.push_back(first + i);
                    mesh.outlineIndices.push_back(first + (i + 1) % n);
                }
            }
            corners.clear();
            if (!triangulator.triangulate(polygon, corners)) {
                ++mesh.untriangulated;
                continue;
            }
            for (const QPointF &c : corners) {
                auto found = indexOf.constFind({c.x(), c.y()});
                if (found != indexOf.constEnd()) {
                    mesh.fillIndices.push_back(*found);
                    continue;
                }
                // A vertex made by repairing an invalid polygon.
                const uint32_t added = uint32_t(mesh.vertices.size() / 2);
                indexOf.insert({c.x(), c.y()}, added);
                mesh.vertices.push_back(float(c.x() - mesh.origin.x()));
                mesh.vertices.push_back(float(c.y() - mesh.origin.y()));
                mesh.fillIndices.push_back(added);
            }
        }
        part.vertices.count = uint32_t(mesh.vertices.size() / 2) - part.vertices.first;
        part.fillIndices.count = uint32_t(mesh.fillIndices.size()) - part.fillIndices.first;
        part.outlineIndices.count = uint32_t(mesh.outlineIndices.size()) - part.outlineIndices.first;
    }
    return mesh;
}

} // namespace conflictmap
