// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/MultiPolygon.h"

#include <QString>

#include <vector>

namespace conflictmap {

// A line as its vertices in order; a movement runs from first to last.
using LinePath = std::vector<QPointF>;

// The position of a record when it is more than a point, in WGS 84
// longitude (x) and latitude (y) degrees: the simple-feature types an
// analyst exchanges, without collections (which mix kinds a record cannot
// be drawn or measured as). Only the member for the type is filled.
// Polygon rings follow MultiPolygon: closed implicitly, any orientation.
struct Geometry {
    enum class Type { Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon };
    Type type = Type::Point;
    std::vector<QPointF> points; // Point (one), MultiPoint
    std::vector<LinePath> lines; // LineString (one), MultiLineString
    conflictmap::MultiPolygon polygons; // Polygon (one), MultiPolygon

    static Geometry point(QPointF p) { return {Type::Point, {p}, {}, {}}; }
    static Geometry lineString(LinePath line) { return {Type::LineString, {}, {std::move(line)}, {}}; }
    static Geometry polygon(conflictmap::Polygon p) { return {Type::Polygon, {}, {}, {std::move(p)}}; }
    static Geometry multiPolygon(conflictmap::MultiPolygon m) { return {Type::MultiPolygon, {}, {}, std::move(m)}; }

    bool isPuntal() const { return type == Type::Point || type == Type::MultiPoint; }
    bool isLineal() const { return type == Type::LineString || type == Type::MultiLineString; }
    bool isAreal() const { return type == Type::Polygon || type == Type::MultiPolygon; }
    bool isEmpty() const { return points.empty() && lines.empty() && polygons.empty(); }
    qsizetype vertexCount() const;
    // The smallest rectangle holding every vertex; null when empty.
    QRectF bounds() const;
    // Whether any of it lies in the lon/lat box (left west, top south,
    // right east, bottom north; edges included): a vertex inside, an edge
    // crossing it, or, for an area, the box inside the area. Exact in the
    // plane of the coordinates, as the map's view is a box of them.
    bool meets(const QRectF &box) const;
    // Where a record with this geometry is shown as a point (lists, clusters,
    // the precision circle): inside an area, on a line (halfway along the
    // longest part), the first of several points.
    QPointF representativePoint() const;
    // Turns polygon exteriors counterclockwise and holes clockwise (RFC
    // 7946's right-hand rule), each ring keeping its first vertex, so a
    // geometry is stored as it is exported and a round trip is exact.
    void orientByRightHandRule();

    // "Point", "MultiLineString", ... as GeoJSON and WKT spell them.
    static QString typeName(Type type);
    QString typeName() const { return typeName(type); }

    friend bool operator==(const Geometry &a, const Geometry &b);
    friend bool operator!=(const Geometry &a, const Geometry &b) { return !(a == b); }
};

} // namespace conflictmap
