// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ShapeSketch.h"

#include "geo/GeodesicArea.h"
#include "geo/GeometryEngine.h"

namespace conflictmap {

ShapeSketch::ShapeSketch(QObject *parent) : QObject(parent) { }

int ShapeSketch::vertexCount() const
{
    int n = 0;
    for (const auto &part : m_parts)
        n += int(part.size());
    return n;
}

void ShapeSketch::begin(Kind kind)
{
    m_kind = kind;
    m_active = true;
    m_finished = false;
    m_parts = {{}};
    check();
}

void ShapeSketch::addVertex(const QGeoCoordinate &coordinate)
{
    if (!m_active || !coordinate.isValid())
        return;
    if (m_parts.empty())
        m_parts.emplace_back();
    m_parts.back().emplace_back(coordinate.longitude(), coordinate.latitude());
    check();
}

void ShapeSketch::moveVertex(int part, int index, const QGeoCoordinate &coordinate)
{
    if (!m_active || !coordinate.isValid() || part < 0 || part >= int(m_parts.size()) || index < 0
        || index >= int(m_parts[size_t(part)].size()))
        return;
    m_parts[size_t(part)][size_t(index)] = QPointF(coordinate.longitude(), coordinate.latitude());
    check();
}

void ShapeSketch::removeLastVertex()
{
    if (!m_active)
        return;
    while (!m_parts.empty() && m_parts.back().empty() && m_parts.size() > 1)
        m_parts.pop_back();
    if (m_parts.empty() || m_parts.back().empty())
        return;
    m_parts.back().pop_back();
    check();
}

bool ShapeSketch::finish()
{
    if (!m_active)
        return false;
    check();
    if (!m_problem.isEmpty())
        return false;
    m_active = false;
    m_finished = true;
    emit changed();
    return true;
}

void ShapeSketch::cancel()
{
    m_active = false;
    m_finished = false;
    m_parts.clear();
    check();
}

Geometry ShapeSketch::geometry() const
{
    Geometry g;
    for (const auto &part : m_parts) {
        if (part.empty())
            continue;
        if (m_kind == Area)
            g.polygons.push_back(Polygon{{part}});
        else
            g.lines.push_back(part);
    }
    if (m_kind == Area)
        g.type = g.polygons.size() == 1 ? Geometry::Type::Polygon : Geometry::Type::MultiPolygon;
    else
        g.type = g.lines.size() == 1 ? Geometry::Type::LineString : Geometry::Type::MultiLineString;
    return g;
}

void ShapeSketch::edit(const Geometry &geometry)
{
    m_kind = geometry.isLineal() ? Line : Area;
    m_parts.clear();
    if (geometry.isLineal())
        m_parts = geometry.lines;
    for (const Polygon &polygon : geometry.polygons)
        if (!polygon.rings.empty())
            m_parts.push_back(polygon.rings.front()); // holes are not edited: territory rarely has them
    if (m_parts.empty())
        m_parts.emplace_back();
    m_active = true;
    m_finished = false;
    check();
}

void ShapeSketch::check()
{
    m_problem.clear();
    m_problemLocation = {};
    m_areaKm2 = 0;
    m_lengthKm = 0;
    const int needed = m_kind == Area ? 3 : 2;
    for (const auto &part : m_parts)
        if (!part.empty() && int(part.size()) < needed)
            m_problem = m_kind == Area ? tr("An area needs at least three points.") : tr("A line needs at least two points.");
    if (vertexCount() == 0)
        m_problem = m_kind == Area ? tr("Click on the map to add the area's corners.")
                                   : tr("Click on the map to add the line's points.");
    const Geometry g = geometry();
    if (m_problem.isEmpty()) {
        if (const auto problem = GeometryEngine().problem(g)) {
            m_problem = problem->reason;
            if (problem->location)
                m_problemLocation = QGeoCoordinate(problem->location->y(), problem->location->x());
        }
    }
    for (const Polygon &polygon : g.polygons)
        m_areaKm2 += GeodesicArea::ofPolygon(polygon) / 1e6;
    for (const LinePath &line : g.lines)
        m_lengthKm += GeodesicArea::lengthOfPath(line) / 1000;
    emit changed();
}

} // namespace conflictmap
