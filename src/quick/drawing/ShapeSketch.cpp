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
    m_holes.clear();
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
    while (!m_parts.empty() && m_parts.back().empty() && m_parts.size() > 1) {
        m_parts.pop_back();
        if (m_holes.size() > m_parts.size())
            m_holes.resize(m_parts.size());
    }
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
    m_holes.clear();
    check();
}

Geometry ShapeSketch::geometry() const
{
    Geometry g;
    for (size_t i = 0; i < m_parts.size(); ++i) {
        const auto &part = m_parts[i];
        if (part.empty())
            continue;
        if (m_kind == Area) {
            Polygon polygon{{part}};
            if (i < m_holes.size())
                polygon.rings.insert(polygon.rings.end(), m_holes[i].begin(), m_holes[i].end());
            g.polygons.push_back(std::move(polygon));
        } else {
            g.lines.push_back(part);
        }
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
    m_holes.clear();
    if (geometry.isLineal())
        m_parts = geometry.lines;
    for (const Polygon &polygon : geometry.polygons)
        if (!polygon.rings.empty()) {
            m_parts.push_back(polygon.rings.front());
            m_holes.emplace_back(polygon.rings.begin() + 1, polygon.rings.end());
        }
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
