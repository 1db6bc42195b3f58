// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/Wkb.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

namespace conflictmap::Wkb {

namespace {

enum WkbType : quint32 { kPoint = 1, kLineString = 2, kPolygon = 3, kMultiPoint = 4, kMultiLineString = 5, kMultiPolygon = 6 };

class Writer {
public:
    QByteArray bytes;

    void header(quint32 type)
    {
        bytes.append(char(1)); // little-endian
        count(type);
    }
    void count(quint32 n)
    {
        char b[4];
        qToLittleEndian(n, b);
        bytes.append(b, 4);
    }
    void point(const QPointF &p)
    {
        char b[16];
        qToLittleEndian(p.x(), b);
        qToLittleEndian(p.y(), b + 8);
        bytes.append(b, 16);
    }
    void path(const std::vector<QPointF> &vertices, bool closed)
    {
        const bool repeat = closed && !vertices.empty();
        count(quint32(vertices.size() + (repeat ? 1 : 0)));
        for (const QPointF &p : vertices)
            point(p);
        if (repeat)
            point(vertices.front());
    }
    void polygon(const Polygon &polygon)
    {
        header(kPolygon);
        count(quint32(polygon.rings.size()));
        for (const Ring &ring : polygon.rings)
            path(ring, true);
    }
};

class Reader {
public:
    explicit Reader(const QByteArray &wkb) : m_at(wkb.constData()), m_end(wkb.constData() + wkb.size()) { }

    Result<void> geometry(Geometry &out, bool nested, quint32 expected)
    {
        quint32 type = 0;
        if (auto r = header(type); !r)
            return r;
        if (nested && type != expected)
            return fail(QStringLiteral("a multi-geometry holds a %1 where a %2 was expected").arg(name(type), name(expected)));
        switch (type) {
        case kPoint: {
            QPointF p;
            if (auto r = point(p); !r)
                return r;
            // An empty point is written with NaN coordinates.
            if (!std::isnan(p.x()) || !std::isnan(p.y()))
                out.points.push_back(p);
            return {};
        }
        case kLineString: {
            LinePath line;
            if (auto r = path(line); !r)
                return r;
            if (!line.empty())
                out.lines.push_back(std::move(line));
            return {};
        }
        case kPolygon: {
            quint32 rings = 0;
            if (auto r = count(rings, 4); !r)
                return r;
            Polygon polygon;
            for (quint32 i = 0; i < rings; ++i) {
                Ring ring;
                if (auto r = path(ring); !r)
                    return r;
                // Closed implicitly in memory.
                if (ring.size() > 1 && ring.front().x() == ring.back().x() && ring.front().y() == ring.back().y())
                    ring.pop_back();
                polygon.rings.push_back(std::move(ring));
            }
            if (!polygon.rings.empty())
                out.polygons.push_back(std::move(polygon));
            return {};
        }
        case kMultiPoint:
        case kMultiLineString:
        case kMultiPolygon: {
            quint32 parts = 0;
            if (auto r = count(parts, 9); !r)
                return r;
            for (quint32 i = 0; i < parts; ++i)
                if (auto r = geometry(out, true, type - 3); !r)
                    return r;
            return {};
        }
        default:
            return fail(QStringLiteral("%1 geometries are not supported").arg(name(type)));
        }
    }

    Result<quint32> topType()
    {
        const char *start = m_at;
        quint32 type = 0;
        if (auto r = header(type); !r)
            return Result<quint32>::failure(r.problem());
        m_at = start;
        return type;
    }

    bool atEnd() const { return m_at == m_end; }

    static QString name(quint32 type)
    {
        switch (type) {
        case kPoint:
            return QStringLiteral("Point");
        case kLineString:
            return QStringLiteral("LineString");
        case kPolygon:
            return QStringLiteral("Polygon");
        case kMultiPoint:
            return QStringLiteral("MultiPoint");
        case kMultiLineString:
            return QStringLiteral("MultiLineString");
        case kMultiPolygon:
            return QStringLiteral("MultiPolygon");
        case 7:
            return QStringLiteral("GeometryCollection");
        case 8:
            return QStringLiteral("CircularString");
        case 9:
            return QStringLiteral("CompoundCurve");
        case 10:
            return QStringLiteral("CurvePolygon");
        case 15:
            return QStringLiteral("PolyhedralSurface");
        case 16:
            return QStringLiteral("TIN");
        case 17:
            return QStringLiteral("Triangle");
        default:
            return QStringLiteral("type %1").arg(type);
        }
    }

private:
    Result<void> fail(const QString &what) const { return Result<void>::failure(QStringLiteral("WKB: ") + what); }

    Result<void> header(quint32 &type)
    {
        if (m_end - m_at < 5)
            return fail(QStringLiteral("truncated"));
        const char order = *m_at++;
        if (order != 0 && order != 1)
            return fail(QStringLiteral("byte order %1 is neither 0 nor 1").arg(int(order)));
        m_littleEndian = order == 1;
        quint32 raw = integer();
        // Extended WKB: flags in the high bits, an SRID after the type.
        m_dimensions = 2 + ((raw & 0x80000000u) ? 1 : 0) + ((raw & 0x40000000u) ? 1 : 0);
        if (raw & 0x20000000u) {
            if (m_end - m_at < 4)
                return fail(QStringLiteral("truncated"));
            m_at += 4;
        }
        raw &= 0x0fffffffu;
        // ISO WKB: 1000s for Z, 2000s for M, 3000s for both.
        if (raw >= 1000 && raw < 4000) {
            const quint32 thousands = raw / 1000;
            m_dimensions = 2 + (thousands == 3 ? 2 : 1);
            raw %= 1000;
        }
        type = raw;
        return {};
    }
    quint32 integer()
    {
        const quint32 v = m_littleEndian ? qFromLittleEndian<quint32>(m_at) : qFromBigEndian<quint32>(m_at);
        m_at += 4;
        return v;
    }
    double real()
    {
        const double v = m_littleEndian ? qFromLittleEndian<double>(m_at) : qFromBigEndian<double>(m_at);
        m_at += 8;
        return v;
    }
    // A count whose items take at least 'itemSize' bytes each: more than
    // the rest of the input holds is a corrupt or hostile count.
    Result<void> count(quint32 &n, qint64 itemSize)
    {
        if (m_end - m_at < 4)
            return fail(QStringLiteral("truncated"));
        n = integer();
        if (qint64(n) * itemSize > m_end - m_at)
            return fail(QStringLiteral("a count of %1 is more than the input holds").arg(n));
        return {};
    }
    Result<void> point(QPointF &p)
    {
        if (m_end - m_at < 8 * m_dimensions)
            return fail(QStringLiteral("truncated"));
        const double x = real();
        const double y = real();
        m_at += 8 * (m_dimensions - 2);
        p = QPointF(x, y);
        return {};
    }
    Result<void> path(std::vector<QPointF> &vertices)
    {
        quint32 n = 0;
        if (auto r = count(n, 8 * m_dimensions); !r)
            return r;
        vertices.resize(n);
        for (quint32 i = 0; i < n; ++i)
            point(vertices[i]);
        return {};
    }

    const char *m_at;
    const char *m_end;
    bool m_littleEndian = true;
    int m_dimensions = 2;
};

} // namespace

QByteArray write(const Geometry &geometry)
{
    Writer w;
    switch (geometry.type) {
    case Geometry::Type::Point:
        w.header(kPoint);
        w.point(geometry.points.empty() ? QPointF(std::nan(""), std::nan("")) : geometry.points.front());
        break;
    case Geometry::Type::MultiPoint:
        w.header(kMultiPoint);
        w.count(quint32(geometry.points.size()));
        for (const QPointF &p : geometry.points) {
            w.header(kPoint);
            w.point(p);
        }
        break;
    case Geometry::Type::LineString:
        w.header(kLineString);
        w.path(geometry.lines.empty() ? LinePath() : geometry.lines.front(), false);
        break;
    case Geometry::Type::MultiLineString:
        w.header(kMultiLineString);
        w.count(quint32(geometry.lines.size()));
        for (const LinePath &line : geometry.lines) {
            w.header(kLineString);
            w.path(line, false);
        }
        break;
    case Geometry::Type::Polygon:
        if (geometry.polygons.empty()) {
            w.header(kPolygon);
            w.count(0);
        } else {
            w.polygon(geometry.polygons.front());
        }
        break;
    case Geometry::Type::MultiPolygon:
        w.header(kMultiPolygon);
        w.count(quint32(geometry.polygons.size()));
        for (const Polygon &polygon : geometry.polygons)
            w.polygon(polygon);
        break;
    }
    return w.bytes;
}

Result<Geometry> read(const QByteArray &wkb)
{
    Reader reader(wkb);
    const Result<quint32> type = reader.topType();
    if (!type)
        return Result<Geometry>::failure(type.problem());
    Geometry geometry;
    switch (*type) {
    case kPoint:
        geometry.type = Geometry::Type::Point;
        break;
    case kLineString:
        geometry.type = Geometry::Type::LineString;
        break;
    case kPolygon:
        geometry.type = Geometry::Type::Polygon;
        break;
    case kMultiPoint:
        geometry.type = Geometry::Type::MultiPoint;
        break;
    case kMultiLineString:
        geometry.type = Geometry::Type::MultiLineString;
        break;
    case kMultiPolygon:
        geometry.type = Geometry::Type::MultiPolygon;
        break;
    default:
        return Result<Geometry>::failure(QStringLiteral("WKB: %1 geometries are not supported").arg(Reader::name(*type)));
    }
    if (auto r = reader.geometry(geometry, false, *type); !r)
        return Result<Geometry>::failure(r.problem());
    if (!reader.atEnd())
        return Result<Geometry>::failure(QStringLiteral("WKB: data after the geometry"));
    return geometry;
}

} // namespace conflictmap::Wkb
