// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "geo/Wkb.h"

#include <QtEndian>

using namespace conflictmap;

namespace {
Polygon square(double x, double y, double size, bool withHole)
{
    Polygon p;
    p.rings.push_back({{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}});
    if (withHole)
        p.rings.push_back({{x + size / 4, y + size / 4}, {x + size / 4, y + size / 2}, {x + size / 2, y + size / 2}});
    return p;
}

std::vector<Geometry> everyType()
{
    Geometry multiPoint{Geometry::Type::MultiPoint, {{45.1, 39.2}, {-0.000001, 89.999999}}, {}, {}};
    Geometry multiLine{
        Geometry::Type::MultiLineString, {}, {{{44, 40}, {44.5, 40.25}}, {{46, 39}, {46.1, 39.1}, {46.2, 39}}}, {}};
    return {Geometry::point({45.0123456789012, 39.987654321}), multiPoint,
        Geometry::lineString({{44.1, 40.1}, {44.2, 40.3}, {44.35, 40.2}}), multiLine, Geometry::polygon(square(45, 39, 1, true)),
        Geometry::multiPolygon({square(45, 39, 1, false), square(47, 39, 0.5, true)})};
}

QByteArray isoPointZ(bool bigEndian)
{
    QByteArray b(1 + 4 + 24, '\0');
    b[0] = bigEndian ? 0 : 1;
    auto putInt = [&](int at, quint32 v) {
        if (bigEndian)
            qToBigEndian(v, b.data() + at);
        else
            qToLittleEndian(v, b.data() + at);
    };
    auto putReal = [&](int at, double v) {
        if (bigEndian)
            qToBigEndian(v, b.data() + at);
        else
            qToLittleEndian(v, b.data() + at);
    };
    putInt(1, 1001); // ISO Point Z
    putReal(5, 45.5);
    putReal(13, 39.25);
    putReal(21, 1800);
    return b;
}
} // namespace

TEST_CASE("WKB round trip keeps every geometry type exactly")
{
    for (const Geometry &g : everyType()) {
        INFO(g.typeName().toStdString());
        const QByteArray wkb = Wkb::write(g);
        const Result<Geometry> back = Wkb::read(wkb);
        REQUIRE(back);
        CHECK(back->type == g.type);
        CHECK(*back == g);
        CHECK(Wkb::write(*back) == wkb);
    }
}

TEST_CASE("WKB polygon rings are written closed as other readers expect")
{
    const QByteArray wkb = Wkb::write(Geometry::polygon(square(0, 0, 1, false)));
    // header 5, ring count 4, vertex count 4, then 5 vertices of 16 bytes
    REQUIRE(wkb.size() == 5 + 4 + 4 + 5 * 16);
    CHECK(qFromLittleEndian<quint32>(wkb.constData() + 9) == 5);
    CHECK(wkb.mid(13, 16) == wkb.mid(13 + 4 * 16, 16));
}

TEST_CASE("WKB reading drops Z in either byte order and in PostGIS extended form")
{
    for (bool big : {false, true}) {
        const Result<Geometry> p = Wkb::read(isoPointZ(big));
        REQUIRE(p);
        CHECK(p->points.size() == 1);
        CHECK(p->points[0].x() == 45.5);
        CHECK(p->points[0].y() == 39.25);
    }
    // EWKB: Z flag and an SRID (4326) after the type.
    QByteArray ewkb(1 + 4 + 4 + 24, '\0');
    ewkb[0] = 1;
    qToLittleEndian<quint32>(0x80000000u | 0x20000000u | 1u, ewkb.data() + 1);
    qToLittleEndian<quint32>(4326, ewkb.data() + 5);
    qToLittleEndian(44.0, ewkb.data() + 9);
    qToLittleEndian(40.0, ewkb.data() + 17);
    qToLittleEndian(5.0, ewkb.data() + 25);
    const Result<Geometry> p = Wkb::read(ewkb);
    REQUIRE(p);
    CHECK(p->points[0] == QPointF(44, 40));
}

TEST_CASE("WKB refuses collections, curves, truncated and hostile input in one line")
{
    QByteArray collection(1 + 4 + 4, '\0');
    collection[0] = 1;
    qToLittleEndian<quint32>(7, collection.data() + 1);
    const auto c = Wkb::read(collection);
    REQUIRE_FALSE(c);
    CHECK(c.error() == "WKB: GeometryCollection geometries are not supported");

    const QByteArray line = Wkb::write(Geometry::lineString({{0, 0}, {1, 1}}));
    const auto truncated = Wkb::read(line.left(line.size() - 3));
    REQUIRE_FALSE(truncated);
    CHECK(truncated.error().startsWith("WKB: "));

    QByteArray hostile = line.left(9);
    qToLittleEndian<quint32>(0xfffffff0u, hostile.data() + 5);
    const auto huge = Wkb::read(hostile);
    REQUIRE_FALSE(huge);
    CHECK(huge.error().contains("more than the input holds"));

    CHECK_FALSE(Wkb::read(QByteArray()));
    CHECK_FALSE(Wkb::read(QByteArray("\x07\x01\x00\x00\x00", 5)));
    const auto trailing = Wkb::read(line + "x");
    REQUIRE_FALSE(trailing);
    CHECK(trailing.error() == "WKB: data after the geometry");
}
