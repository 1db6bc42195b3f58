// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/GeometryEngine.h"

#include "geo/GeodesicArea.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace conflictmap {

namespace {

void collectMessage(const char *message, void *userdata)
{
    *static_cast<QString *>(userdata) = QString::fromUtf8(message);
}

QString where(double lon, double lat)
{
    return QStringLiteral("%1 %2, %3 %4")
        .arg(std::abs(lon), 0, 'f', 5)
        .arg(lon < 0 ? QLatin1Char('W') : QLatin1Char('E'))
        .arg(std::abs(lat), 0, 'f', 5)
        .arg(lat < 0 ? QLatin1Char('S') : QLatin1Char('N'));
}

GEOSCoordSequence *sequenceOf(GEOSContextHandle_t ctx, const std::vector<QPointF> &vertices, bool closed)
{
    const bool repeat = closed && !vertices.empty();
    GEOSCoordSequence *sequence = GEOSCoordSeq_create_r(ctx, unsigned(vertices.size() + (repeat ? 1 : 0)), 2);
    if (!sequence)
        return nullptr;
    for (unsigned i = 0; i < vertices.size(); ++i)
        GEOSCoordSeq_setXY_r(ctx, sequence, i, vertices[i].x(), vertices[i].y());
    if (repeat)
        GEOSCoordSeq_setXY_r(ctx, sequence, unsigned(vertices.size()), vertices.front().x(), vertices.front().y());
    return sequence;
}

std::vector<QPointF> verticesOf(GEOSContextHandle_t ctx, const GEOSGeometry *g, bool closed)
{
    std::vector<QPointF> out;
    const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(ctx, g);
    unsigned size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(ctx, sequence, &size))
        return out;
    out.reserve(size);
    for (unsigned i = 0; i < size; ++i) {
        double x = 0, y = 0;
        GEOSCoordSeq_getXY_r(ctx, sequence, i, &x, &y);
        out.emplace_back(x, y);
    }
    if (closed && out.size() > 1 && out.front().x() == out.back().x() && out.front().y() == out.back().y())
        out.pop_back();
    return out;
}

// A self-intersection is the usual reason: said as users say it.
QString reasonText(const QString &geosReason)
{
    if (geosReason == QLatin1String("Self-intersection"))
        return QStringLiteral("a ring crosses itself or another ring");
    if (geosReason == QLatin1String("Ring Self-intersection"))
        return QStringLiteral("a ring touches itself");
    if (geosReason == QLatin1String("Hole lies outside shell"))
        return QStringLiteral("a hole lies outside its polygon");
    if (geosReason == QLatin1String("Nested shells"))
        return QStringLiteral("one polygon lies inside another of the same area");
    if (geosReason == QLatin1String("Interior is disconnected"))
        return QStringLiteral("holes cut the polygon in pieces");
    if (geosReason == QLatin1String("Too few points in geometry component"))
        return QStringLiteral("a part has too few distinct vertices");
    return geosReason.isEmpty() ? QStringLiteral("invalid") : geosReason.toLower();
}

} // namespace

GeometryEngine::GeometryEngine() : m_context(GEOS_init_r())
{
    GEOSContext_setErrorMessageHandler_r(m_context.get(), collectMessage, &m_lastError);
    GEOSContext_setNoticeMessageHandler_r(m_context.get(), nullptr, nullptr);
}

QString GeometryEngine::takeError(const QString &fallback)
{
    QString error = m_lastError.isEmpty() ? fallback : m_lastError;
    m_lastError.clear();
    return error;
}

GEOSGeometry *GeometryEngine::toGeos(const Geometry &geometry)
{
    GEOSContextHandle_t ctx = m_context.get();
    std::vector<GEOSGeometry *> parts;
    auto collect = [&](int type) -> GEOSGeometry * {
        GEOSGeometry *g = GEOSGeom_createCollection_r(ctx, type, parts.data(), unsigned(parts.size()));
        if (!g) // the parts are still ours
            for (GEOSGeometry *p : parts)
                GEOSGeom_destroy_r(ctx, p);
        return g;
    };
    auto polygon = [&](const Polygon &p) -> GEOSGeometry * {
        if (p.rings.empty())
            return GEOSGeom_createEmptyPolygon_r(ctx);
        GEOSGeometry *shell = GEOSGeom_createLinearRing_r(ctx, sequenceOf(ctx, p.rings.front(), true));
        if (!shell)
            return nullptr;
        std::vector<GEOSGeometry *> holes;
        for (size_t i = 1; i < p.rings.size(); ++i) {
            GEOSGeometry *hole = GEOSGeom_createLinearRing_r(ctx, sequenceOf(ctx, p.rings[i], true));
            if (!hole) {
                GEOSGeom_destroy_r(ctx, shell);
                for (GEOSGeometry *h : holes)
                    GEOSGeom_destroy_r(ctx, h);
                return nullptr;
            }
            holes.push_back(hole);
        }
        return GEOSGeom_createPolygon_r(ctx, shell, holes.data(), unsigned(holes.size()));
    };
    auto fail = [&]() -> GEOSGeometry * {
        for (GEOSGeometry *p : parts)
            GEOSGeom_destroy_r(ctx, p);
        return nullptr;
    };
    switch (geometry.type) {
    case Geometry::Type::Point:
        if (geometry.points.empty())
            return GEOSGeom_createEmptyPoint_r(ctx);
        return GEOSGeom_createPointFromXY_r(ctx, geometry.points.front().x(), geometry.points.front().y());
    case Geometry::Type::MultiPoint:
        for (const QPointF &p : geometry.points)
            parts.push_back(GEOSGeom_createPointFromXY_r(ctx, p.x(), p.y()));
        return collect(GEOS_MULTIPOINT);
    case Geometry::Type::LineString:
        if (geometry.lines.empty())
            return GEOSGeom_createEmptyLineString_r(ctx);
        return GEOSGeom_createLineString_r(ctx, sequenceOf(ctx, geometry.lines.front(), false));
    case Geometry::Type::MultiLineString:
        for (const LinePath &line : geometry.lines) {
            GEOSGeometry *g = GEOSGeom_createLineString_r(ctx, sequenceOf(ctx, line, false));
            if (!g)
                return fail();
            parts.push_back(g);
        }
        return collect(GEOS_MULTILINESTRING);
    case Geometry::Type::Polygon:
        if (geometry.polygons.empty())
            return GEOSGeom_createEmptyPolygon_r(ctx);
        return polygon(geometry.polygons.front());
    case Geometry::Type::MultiPolygon:
        for (const Polygon &p : geometry.polygons) {
            GEOSGeometry *g = polygon(p);
            if (!g)
                return fail();
            parts.push_back(g);
        }
        return collect(GEOS_MULTIPOLYGON);
    }
    return nullptr;
}

Geometry GeometryEngine::fromGeos(const GEOSGeometry *g, int dimension)
{
    GEOSContextHandle_t ctx = m_context.get();
    Geometry out;
    out.type = dimension == 0 ? Geometry::Type::MultiPoint
        : dimension == 1      ? Geometry::Type::MultiLineString
                              : Geometry::Type::MultiPolygon;
    std::function<void(const GEOSGeometry *)> visit = [&](const GEOSGeometry *part) {
        if (GEOSisEmpty_r(ctx, part) == 1)
            return;
        switch (GEOSGeomTypeId_r(ctx, part)) {
        case GEOS_POINT:
            if (dimension == 0) {
                double x = 0, y = 0;
                GEOSGeomGetX_r(ctx, part, &x);
                GEOSGeomGetY_r(ctx, part, &y);
                out.points.emplace_back(x, y);
            }
            break;
        case GEOS_LINESTRING:
        case GEOS_LINEARRING:
            if (dimension == 1)
                out.lines.push_back(verticesOf(ctx, part, false));
            break;
        case GEOS_POLYGON:
            if (dimension == 2) {
                Polygon polygon;
                polygon.rings.push_back(verticesOf(ctx, GEOSGetExteriorRing_r(ctx, part), true));
                const int holes = GEOSGetNumInteriorRings_r(ctx, part);
                for (int i = 0; i < holes; ++i)
                    polygon.rings.push_back(verticesOf(ctx, GEOSGetInteriorRingN_r(ctx, part, i), true));
                out.polygons.push_back(std::move(polygon));
            }
            break;
        default: // multi types and collections
            for (int i = 0, n = GEOSGetNumGeometries_r(ctx, part); i < n; ++i)
                visit(GEOSGetGeometryN_r(ctx, part, i));
        }
    };
    visit(g);
    return out;
}

Result<Geometry> GeometryEngine::fromWkt(const QString &wkt)
{
    GEOSContextHandle_t ctx = m_context.get();
    std::unique_ptr<GEOSWKTReader, std::function<void(GEOSWKTReader *)>> reader(
        GEOSWKTReader_create_r(ctx), [ctx](GEOSWKTReader *r) { GEOSWKTReader_destroy_r(ctx, r); });
    const QString text = wkt.trimmed();
    const QString keyword = text.section(QRegularExpression(QStringLiteral("[\\s(]")), 0, 0).toUpper();
    static const QStringList unsupported{QStringLiteral("CIRCULARSTRING"), QStringLiteral("COMPOUNDCURVE"),
        QStringLiteral("CURVEPOLYGON"), QStringLiteral("MULTICURVE"), QStringLiteral("MULTISURFACE"), QStringLiteral("TRIANGLE"),
        QStringLiteral("TIN"), QStringLiteral("POLYHEDRALSURFACE")};
    if (unsupported.contains(keyword))
        return Result<Geometry>::failure(QStringLiteral("WKT: %1 is not supported; give points, lines or polygons").arg(keyword));
    // GEOS stops at the end of the geometry and ignores what follows: a
    // pasted text with more after it is refused, not cut short.
    qsizetype end = -1;
    int depth = 0;
    for (qsizetype i = 0; i < text.size() && end < 0; ++i) {
        if (text[i] == QLatin1Char('('))
            ++depth;
        else if (text[i] == QLatin1Char(')') && --depth == 0)
            end = i + 1;
    }
    if (end < 0 && text.contains(QLatin1String("EMPTY"), Qt::CaseInsensitive))
        end = text.indexOf(QLatin1String("EMPTY"), 0, Qt::CaseInsensitive) + 5;
    if (end > 0 && end < text.size())
        return Result<Geometry>::failure(
            QStringLiteral("WKT: text after the geometry: '%1'").arg(text.mid(end).trimmed().left(40)));
    m_lastError.clear();
    geos::Geometry g(ctx, GEOSWKTReader_read_r(ctx, reader.get(), text.toUtf8().constData()));
    if (!g)
        return Result<Geometry>::failure(
            QStringLiteral("WKT: ") + takeError(QStringLiteral("not well-known text")).section(QLatin1Char(':'), -1).trimmed());
    const int type = GEOSGeomTypeId_r(ctx, g.get());
    if (type == GEOS_GEOMETRYCOLLECTION)
        return Result<Geometry>::failure(QStringLiteral("WKT: GEOMETRYCOLLECTION is not supported; give one kind of geometry"));
    const int dimension = type == GEOS_POINT || type == GEOS_MULTIPOINT ? 0
        : type == GEOS_POLYGON || type == GEOS_MULTIPOLYGON             ? 2
                                                                        : 1;
    Geometry geometry = fromGeos(g.get(), dimension);
    // The type as written, not as gathered.
    switch (type) {
    case GEOS_POINT:
        geometry.type = Geometry::Type::Point;
        break;
    case GEOS_LINESTRING:
    case GEOS_LINEARRING:
        geometry.type = Geometry::Type::LineString;
        break;
    case GEOS_POLYGON:
        geometry.type = Geometry::Type::Polygon;
        break;
    default:
        break;
    }
    return geometry;
}

std::optional<GeometryEngine::Problem> GeometryEngine::problem(const Geometry &geometry)
{
    auto failed = [](QString reason) { return std::optional<Problem>(Problem{std::move(reason), std::nullopt}); };
    if (geometry.isEmpty())
        return failed(QStringLiteral("the geometry is empty"));
    auto checkVertices = [&](const std::vector<QPointF> &path) -> std::optional<Problem> {
        for (const QPointF &p : path) {
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                return failed(QStringLiteral("a coordinate is not a finite number"));
            if (p.x() < -180 || p.x() > 180)
                return failed(QStringLiteral("longitude %1 is outside [-180, 180]").arg(p.x()));
            if (p.y() < -90 || p.y() > 90)
                return failed(QStringLiteral("latitude %1 is outside [-90, 90]").arg(p.y()));
        }
        return std::nullopt;
    };
    // Coordinates run from -180 to 180: an edge from 179 to -179 would go
    // the long way round the world, not across the antimeridian.
    auto checkEdges = [&](const std::vector<QPointF> &path, bool closed) -> std::optional<Problem> {
        for (size_t i = 0; i + (closed ? 0 : 1) < path.size(); ++i) {
            const QPointF &a = path[i], &b = path[(i + 1) % path.size()];
            if (std::abs(b.x() - a.x()) > 180)
                return failed(QStringLiteral("an edge from %1 to %2 crosses the antimeridian (180°); split the geometry there")
                                  .arg(where(a.x(), a.y()), where(b.x(), b.y())));
        }
        return std::nullopt;
    };
    if (auto p = checkVertices(geometry.points))
        return p;
    for (const LinePath &line : geometry.lines) {
        if (auto p = checkVertices(line))
            return p;
        if (auto p = checkEdges(line, false))
            return p;
        if (line.size() < 2)
            return failed(QStringLiteral("a line has fewer than two vertices"));
    }
    for (size_t i = 0; i < geometry.polygons.size(); ++i) {
        const Polygon &polygon = geometry.polygons[i];
        if (polygon.rings.empty())
            return failed(QStringLiteral("polygon %1 has no rings").arg(i + 1));
        for (size_t k = 0; k < polygon.rings.size(); ++k) {
            if (auto p = checkVertices(polygon.rings[k]))
                return p;
            if (auto p = checkEdges(polygon.rings[k], true))
                return p;
            if (polygon.rings[k].size() < 3)
                return failed(QStringLiteral("ring %1 of polygon %2 has fewer than three vertices").arg(k + 1).arg(i + 1));
        }
    }
    GEOSContextHandle_t ctx = m_context.get();
    geos::Geometry g(ctx, toGeos(geometry));
    if (!g)
        return failed(takeError(QStringLiteral("GEOS cannot build the geometry")));
    char *reason = nullptr;
    GEOSGeometry *location = nullptr;
    const char valid = GEOSisValidDetail_r(ctx, g.get(), 0, &reason, &location);
    geos::Geometry at(ctx, location);
    if (valid == 1)
        return std::nullopt;
    Problem problem{reasonText(QString::fromUtf8(reason ? reason : "")), std::nullopt};
    if (reason)
        GEOSFree_r(ctx, reason);
    if (at) {
        double x = 0, y = 0;
        GEOSGeomGetX_r(ctx, at.get(), &x);
        GEOSGeomGetY_r(ctx, at.get(), &y);
        problem.reason += QStringLiteral(" at ") + where(x, y);
        problem.location = QPointF(x, y);
    }
    return problem;
}

Result<Geometry> GeometryEngine::repaired(const Geometry &given)
{
    // A hole wholly outside its polygon excludes nothing; MakeValid would
    // make it a polygon of its own, land the user meant to leave out.
    Geometry geometry = given;
    for (Polygon &polygon : geometry.polygons) {
        if (polygon.rings.empty())
            continue;
        const Polygon shell{{polygon.rings.front()}};
        auto outside = [&](const Ring &hole) {
            return std::none_of(hole.begin(), hole.end(), [&](const QPointF &p) { return contains(shell, p); });
        };
        polygon.rings.erase(std::remove_if(polygon.rings.begin() + 1, polygon.rings.end(), outside), polygon.rings.end());
    }
    GEOSContextHandle_t ctx = m_context.get();
    geos::Geometry g(ctx, toGeos(geometry));
    if (!g)
        return Result<Geometry>::failure(takeError(QStringLiteral("GEOS cannot build the geometry")));
    std::unique_ptr<GEOSMakeValidParams, std::function<void(GEOSMakeValidParams *)>> params(
        GEOSMakeValidParams_create_r(ctx), [ctx](GEOSMakeValidParams *p) { GEOSMakeValidParams_destroy_r(ctx, p); });
    // The structure method keeps an area an area (a bow tie becomes two
    // triangles) and drops what collapses to lines or points.
    GEOSMakeValidParams_setMethod_r(ctx, params.get(), GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(ctx, params.get(), 0);
    geos::Geometry valid(ctx, GEOSMakeValidWithParams_r(ctx, g.get(), params.get()));
    if (!valid)
        return Result<Geometry>::failure(takeError(QStringLiteral("GEOS cannot repair the geometry")));
    const int dimension = geometry.isPuntal() ? 0 : geometry.isLineal() ? 1 : 2;
    Geometry out = fromGeos(valid.get(), dimension);
    if (out.isEmpty())
        return Result<Geometry>::failure(QStringLiteral("nothing of the geometry is left once repaired"));
    // A single part stays of the single type the user gave.
    if (geometry.type == Geometry::Type::Polygon && out.polygons.size() == 1)
        out.type = Geometry::Type::Polygon;
    if (geometry.type == Geometry::Type::LineString && out.lines.size() == 1)
        out.type = Geometry::Type::LineString;
    if (geometry.type == Geometry::Type::Point && out.points.size() == 1)
        out.type = Geometry::Type::Point;
    return out;
}

Result<Geometry> GeometryEngine::difference(const Geometry &a, const Geometry &b)
{
    GEOSContextHandle_t ctx = m_context.get();
    geos::Geometry ga(ctx, toGeos(a));
    geos::Geometry gb(ctx, toGeos(b));
    if (!ga || !gb)
        return Result<Geometry>::failure(takeError(QStringLiteral("GEOS cannot build the geometry")));
    geos::Geometry result(ctx, GEOSDifference_r(ctx, ga.get(), gb.get()));
    if (!result)
        return Result<Geometry>::failure(takeError(QStringLiteral("the difference failed")));
    return fromGeos(result.get(), 2);
}

Result<Geometry> GeometryEngine::unionOf(const std::vector<Geometry> &areas)
{
    Geometry all = Geometry::multiPolygon({});
    for (const Geometry &area : areas)
        all.polygons.insert(all.polygons.end(), area.polygons.begin(), area.polygons.end());
    GEOSContextHandle_t ctx = m_context.get();
    geos::Geometry g(ctx, toGeos(all));
    if (!g)
        return Result<Geometry>::failure(takeError(QStringLiteral("GEOS cannot build the geometry")));
    geos::Geometry merged(ctx, GEOSUnaryUnion_r(ctx, g.get()));
    if (!merged)
        return Result<Geometry>::failure(takeError(QStringLiteral("the union failed")));
    Geometry out = fromGeos(merged.get(), 2);
    if (out.polygons.size() == 1)
        out.type = Geometry::Type::Polygon;
    return out;
}

double GeometryEngine::overlap(const Geometry &geometry, const MultiPolygon &area)
{
    GEOSContextHandle_t ctx = m_context.get();
    geos::Geometry g(ctx, toGeos(geometry));
    geos::Geometry unit(ctx, toGeos(Geometry::multiPolygon(area)));
    if (!g || !unit)
        return 0;
    if (geometry.isPuntal()) {
        double inside = 0;
        for (const QPointF &p : geometry.points) {
            geos::Geometry point(ctx, GEOSGeom_createPointFromXY_r(ctx, p.x(), p.y()));
            inside += GEOSIntersects_r(ctx, unit.get(), point.get()) == 1 ? 1 : 0;
        }
        return inside;
    }
    if (GEOSIntersects_r(ctx, g.get(), unit.get()) != 1)
        return 0;
    geos::Geometry common(ctx, GEOSIntersection_r(ctx, g.get(), unit.get()));
    if (!common)
        return 0;
    // Measured on the ellipsoid: a degree of longitude is not a degree of
    // latitude, so planar shares would favour east-west lines.
    const Geometry inside = fromGeos(common.get(), geometry.isLineal() ? 1 : 2);
    double measure = 0;
    for (const LinePath &line : inside.lines)
        measure += GeodesicArea::lengthOfPath(line);
    measure += GeodesicArea::of(inside.polygons);
    return measure;
}

} // namespace conflictmap
