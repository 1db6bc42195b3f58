// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/PolygonTriangulator.h"

namespace conflictmap {

namespace {
void collectMessage(const char *message, void *userdata)
{
    *static_cast<QString *>(userdata) = QString::fromUtf8(message);
}

GEOSGeometry *ringToGeos(GEOSContextHandle_t context, const Ring &ring)
{
    GEOSCoordSequence *sequence = GEOSCoordSeq_create_r(context, unsigned(ring.size() + 1), 2);
    if (!sequence)
        return nullptr;
    for (unsigned i = 0; i <= ring.size(); ++i) {
        const QPointF &p = ring[i % ring.size()]; // repeat the first vertex to close the ring
        GEOSCoordSeq_setX_r(context, sequence, i, p.x());
        GEOSCoordSeq_setY_r(context, sequence, i, p.y());
    }
    return GEOSGeom_createLinearRing_r(context, sequence); // takes the sequence, also on failure
}
} // namespace

PolygonTriangulator::PolygonTriangulator() : m_context(GEOS_init_r())
{
    GEOSContext_setErrorMessageHandler_r(m_context.get(), collectMessage, &m_lastError);
    GEOSContext_setNoticeMessageHandler_r(m_context.get(), nullptr, nullptr);
}

GEOSGeometry *PolygonTriangulator::toGeos(const Polygon &polygon) const
{
    GEOSContextHandle_t ctx = m_context.get();
    if (polygon.rings.empty())
        return nullptr;
    GEOSGeometry *shell = ringToGeos(ctx, polygon.rings.front());
    if (!shell)
        return nullptr;
    std::vector<GEOSGeometry *> holes;
    for (size_t i = 1; i < polygon.rings.size(); ++i)
        if (GEOSGeometry *hole = ringToGeos(ctx, polygon.rings[i]))
            holes.push_back(hole);
    return GEOSGeom_createPolygon_r(ctx, shell, holes.data(), unsigned(holes.size()));
}

bool PolygonTriangulator::appendTriangles(const GEOSGeometry *triangles, std::vector<QPointF> &corners) const
{
    GEOSContextHandle_t ctx = m_context.get();
    const int count = GEOSGetNumGeometries_r(ctx, triangles);
    if (count < 0)
        return false;
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry *triangle = GEOSGetGeometryN_r(ctx, triangles, i);
        const GEOSGeometry *ring = GEOSGetExteriorRing_r(ctx, triangle);
        const GEOSCoordSequence *sequence = ring ? GEOSGeom_getCoordSeq_r(ctx, ring) : nullptr;
        unsigned size = 0;
        if (!sequence || !GEOSCoordSeq_getSize_r(ctx, sequence, &size) || size < 3)
            continue;
        for (unsigned k = 0; k < 3; ++k) {
            double x = 0, y = 0;
            GEOSCoordSeq_getX_r(ctx, sequence, k, &x);
            GEOSCoordSeq_getY_r(ctx, sequence, k, &y);
            corners.emplace_back(x, y);
        }
    }
    return true;
}

bool PolygonTriangulator::triangulate(const Polygon &polygon, std::vector<QPointF> &corners)
{
    GEOSContextHandle_t ctx = m_context.get();
    m_lastError.clear();
    geos::Geometry input(ctx, toGeos(polygon));
    if (!input) {
        if (m_lastError.isEmpty())
            m_lastError = QStringLiteral("polygon rejected by GEOS");
        return false;
    }
    if (GEOSisValid_r(ctx, input.get()) == 1) {
        geos::Geometry triangles(ctx, GEOSConstrainedDelaunayTriangulation_r(ctx, input.get()));
        if (triangles)
            return appendTriangles(triangles.get(), corners);
    }
    // Self-intersecting or otherwise invalid: triangulate the repaired shape.
    // MakeValid may return a collection; only its polygonal parts have area.
    geos::Geometry repaired(ctx, GEOSMakeValid_r(ctx, input.get()));
    if (!repaired)
        return false;
    geos::Geometry triangles(ctx, GEOSConstrainedDelaunayTriangulation_r(ctx, repaired.get()));
    if (!triangles) {
        if (m_lastError.isEmpty())
            m_lastError = QStringLiteral("polygon could not be triangulated");
        return false;
    }
    return appendTriangles(triangles.get(), corners);
}

} // namespace conflictmap
