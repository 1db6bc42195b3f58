// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/GeometryJson.h"

#include "io/GeoJsonReader.h"

#include <charconv>

namespace conflictmap::GeometryJson {

namespace {

Result<Geometry> fail(const QString &what)
{
    return Result<Geometry>::failure(QStringLiteral("geometry: ") + what);
}

bool position(const JsonValue &value, QPointF &out)
{
    if (!value.isArray() || value.items.size() < 2 || !value.items[0].isNumber() || !value.items[1].isNumber())
        return false;
    out = QPointF(value.items[0].number, value.items[1].number);
    return true;
}

bool positions(const JsonValue &value, std::vector<QPointF> &out)
{
    if (!value.isArray())
        return false;
    out.resize(value.items.size());
    for (size_t i = 0; i < value.items.size(); ++i)
        if (!position(value.items[i], out[i]))
            return false;
    return true;
}

// 'where' is "", or " of polygon 2" in a MultiPolygon.
Result<void> polygon(const JsonValue &value, const QString &where, Polygon &out)
{
    auto failed = [](const QString &what) { return Result<void>::failure(QStringLiteral("geometry: ") + what); };
    if (!value.isArray())
        return failed(QStringLiteral("a polygon%1 must be an array of rings").arg(where));
    for (size_t k = 0; k < value.items.size(); ++k) {
        Ring ring;
        if (!positions(value.items[k], ring))
            return failed(QStringLiteral("ring %1%2 must be an array of [longitude, latitude] positions").arg(k + 1).arg(where));
        if (ring.size() < 4)
            return failed(QStringLiteral("ring %1%2 has %3 positions; a closed ring needs at least 4")
                              .arg(k + 1)
                              .arg(where)
                              .arg(ring.size()));
        if (ring.front().x() != ring.back().x() || ring.front().y() != ring.back().y())
            return failed(
                QStringLiteral("ring %1%2 is not closed: its last position must repeat its first").arg(k + 1).arg(where));
        ring.pop_back();
        out.rings.push_back(std::move(ring));
    }
    if (out.rings.empty())
        return failed(QStringLiteral("a polygon%1 has no rings").arg(where));
    return {};
}

void number(std::string &out, double value)
{
    char digits[32];
    auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, ec == std::errc() ? size_t(end - digits) : 0);
}

void writePosition(std::string &out, const QPointF &p)
{
    out += '[';
    number(out, p.x());
    out += ',';
    number(out, p.y());
    out += ']';
}

void writePath(std::string &out, const std::vector<QPointF> &vertices)
{
    out += '[';
    for (size_t i = 0; i < vertices.size(); ++i) {
        if (i)
            out += ',';
        writePosition(out, vertices[i]);
    }
    out += ']';
}

void writeRing(std::string &out, const Ring &ring, bool counterclockwise)
{
    out += '[';
    const bool reverse = ring.size() > 2 && (signedAreaOf(ring) > 0) != counterclockwise;
    for (size_t i = 0; i < ring.size(); ++i) {
        // Reversed as orientByRightHandRule does: the first stays first.
        writePosition(out, ring[reverse ? (ring.size() - i) % ring.size() : i]);
        out += ',';
    }
    if (!ring.empty())
        writePosition(out, ring.front());
    out += ']';
}

void writePolygon(std::string &out, const Polygon &polygon)
{
    out += '[';
    for (size_t k = 0; k < polygon.rings.size(); ++k) {
        if (k)
            out += ',';
        writeRing(out, polygon.rings[k], k == 0);
    }
    out += ']';
}

} // namespace

Result<Geometry> read(const JsonValue &geometry)
{
    if (!geometry.isObject())
        return fail(QStringLiteral("must be a GeoJSON geometry object"));
    const JsonValue *type = geometry.member("type");
    if (!type || !type->isString())
        return fail(QStringLiteral("has no \"type\""));
    const std::string &name = type->text;
    if (name == "GeometryCollection")
        return fail(QStringLiteral("GeometryCollection is not supported; give one kind of geometry per record"));
    const JsonValue *c = geometry.member("coordinates");
    if (!c || !c->isArray())
        return fail(QStringLiteral("a %1 needs \"coordinates\"").arg(QString::fromStdString(name)));
    Geometry out;
    if (name == "Point") {
        out.type = Geometry::Type::Point;
        QPointF p;
        if (!position(*c, p))
            return fail(QStringLiteral("a Point's coordinates must be [longitude, latitude] numbers"));
        out.points.push_back(p);
    } else if (name == "MultiPoint") {
        out.type = Geometry::Type::MultiPoint;
        if (!positions(*c, out.points))
            return fail(QStringLiteral("a MultiPoint's coordinates must be [longitude, latitude] positions"));
    } else if (name == "LineString") {
        out.type = Geometry::Type::LineString;
        LinePath line;
        if (!positions(*c, line))
            return fail(QStringLiteral("a LineString's coordinates must be [longitude, latitude] positions"));
        if (line.size() < 2)
            return fail(QStringLiteral("a LineString needs at least 2 positions"));
        out.lines.push_back(std::move(line));
    } else if (name == "MultiLineString") {
        out.type = Geometry::Type::MultiLineString;
        for (size_t i = 0; i < c->items.size(); ++i) {
            LinePath line;
            if (!positions(c->items[i], line))
                return fail(QStringLiteral("line %1 must be an array of [longitude, latitude] positions").arg(i + 1));
            if (line.size() < 2)
                return fail(QStringLiteral("line %1 needs at least 2 positions").arg(i + 1));
            out.lines.push_back(std::move(line));
        }
    } else if (name == "Polygon") {
        out.type = Geometry::Type::Polygon;
        Polygon p;
        if (auto r = polygon(*c, QString(), p); !r)
            return Result<Geometry>::failure(r.problem());
        out.polygons.push_back(std::move(p));
    } else if (name == "MultiPolygon") {
        out.type = Geometry::Type::MultiPolygon;
        for (size_t i = 0; i < c->items.size(); ++i) {
            Polygon p;
            if (auto r = polygon(c->items[i], QStringLiteral(" of polygon %1").arg(i + 1), p); !r)
                return Result<Geometry>::failure(r.problem());
            out.polygons.push_back(std::move(p));
        }
    } else {
        return fail(QStringLiteral("unknown type \"%1\"").arg(QString::fromStdString(name)));
    }
    if (out.isEmpty())
        return fail(QStringLiteral("the %1 is empty").arg(QString::fromStdString(name)));
    return out;
}

Result<Geometry> parse(const QByteArray &json)
{
    // A geometry or a single feature is wrapped so the streaming reader,
    // which reads FeatureCollections, reads it too.
    const QByteArray trimmed = json.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("the GeoJSON is empty"));
    const bool collection = trimmed.contains("\"FeatureCollection\"");
    const QByteArray wrapped = collection ? trimmed : "{\"type\":\"FeatureCollection\",\"features\":[" + trimmed + "]}";
    GeoJsonReader reader(std::string_view(wrapped.constData(), size_t(wrapped.size())));
    std::optional<Geometry> found;
    QString geometryError; // said as it is, without the reader's "feature N: "
    qint64 count = 0;
    const auto features = reader.read([&](const JsonValue &item, qint64) -> Result<void> {
        ++count;
        const JsonValue *type = item.member("type");
        const JsonValue *geometry = type && type->isString() && type->text == "Feature" ? item.member("geometry") : &item;
        if (!geometry || geometry->isNull())
            return Result<void>::failure(QStringLiteral("geometry: the feature has no geometry"));
        Result<Geometry> g = read(*geometry);
        if (!g) {
            geometryError = g.error();
            return Result<void>::failure(g.problem());
        }
        found = std::move(g.value());
        return {};
    });
    if (!features)
        return Result<Geometry>::failure(geometryError.isEmpty() ? features.error() : geometryError);
    if (count != 1)
        return fail(QStringLiteral("expected one geometry or feature, found %1 features").arg(count));
    return *found;
}

void write(std::string &out, const Geometry &geometry)
{
    out += "{\"type\":\"";
    out += geometry.typeName().toStdString();
    out += "\",\"coordinates\":";
    switch (geometry.type) {
    case Geometry::Type::Point:
        if (geometry.points.empty())
            out += "[]";
        else
            writePosition(out, geometry.points.front());
        break;
    case Geometry::Type::MultiPoint:
        writePath(out, geometry.points);
        break;
    case Geometry::Type::LineString:
        writePath(out, geometry.lines.empty() ? LinePath() : geometry.lines.front());
        break;
    case Geometry::Type::MultiLineString:
        out += '[';
        for (size_t i = 0; i < geometry.lines.size(); ++i) {
            if (i)
                out += ',';
            writePath(out, geometry.lines[i]);
        }
        out += ']';
        break;
    case Geometry::Type::Polygon:
        if (geometry.polygons.empty())
            out += "[]";
        else
            writePolygon(out, geometry.polygons.front());
        break;
    case Geometry::Type::MultiPolygon:
        out += '[';
        for (size_t i = 0; i < geometry.polygons.size(); ++i) {
            if (i)
                out += ',';
            writePolygon(out, geometry.polygons[i]);
        }
        out += ']';
        break;
    }
    out += '}';
}

std::string toJson(const Geometry &geometry)
{
    std::string out;
    write(out, geometry);
    return out;
}

} // namespace conflictmap::GeometryJson
