// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QImage>
#include <QPolygonF>

#include <cmath>
#include <vector>

namespace conflictmap {

// The map's colours, shared by the OpenGL and the software drawing paths so
// that both show the same map.
namespace MapStyle {
// Soft fills, one hue per country so borders between countries read at a
// glance (regions within a country differ slightly in lightness and are
// separated by their outlines). No violet or pink: those are the hatch's
// and the status colours'; no blue: that is the sea.
inline const std::vector<QColor> &countryPalette()
{
    static const std::vector<QColor> palette{QColor(0xf2, 0xd8, 0xb6), QColor(0xcf, 0xe3, 0xc4), QColor(0xe6, 0xdc, 0xc8),
        QColor(0xdf, 0xe6, 0xc0), QColor(0xe8, 0xcf, 0xb4), QColor(0xef, 0xe6, 0xb0), QColor(0xd9, 0xd9, 0xd2),
        QColor(0xc8, 0xe6, 0xdc)};
    return palette;
}
inline QColor background()
{
    return QColor(0xdd, 0xe6, 0xec);
}
inline QColor outline()
{
    return QColor(0x5f, 0x66, 0x70);
}
inline double outlineWidth()
{
    return 1.0;
}
inline QColor hoverFill()
{
    return QColor(255, 255, 255, 90);
}
inline QColor hoverOutline()
{
    return QColor(0x30, 0x36, 0x40);
}
inline QColor selectedFill()
{
    return QColor(0xff, 0xb3, 0x00, 110);
}
inline QColor selectedOutline()
{
    return QColor(0xc0, 0x50, 0x00);
}
inline double selectedOutlineWidth()
{
    return 2.5;
}
// A choropleth shade: a sequential red, more opaque for larger values.
inline QColor shade(double value)
{
    return QColor(0xb3, 0x1b, 0x1b, int(40 + value * 170));
}
// Units where records are known only to the region or country: hatched
// in a deep violet that no country fill comes near (the fills are pale
// and never violet), on both renderers.
inline QColor regionTint()
{
    return QColor(0x5b, 0x1f, 0x8f, 190);
}
// Pixels between the hatch's lines (up to twice this while zooming with
// OpenGL, where the pattern is rebuilt per zoom level).
inline double hatchSpacing()
{
    return 8.0;
}
// Which way a hatch's lines run: rising to the right (/), falling (\), or both.
enum class Hatch { Rising, Falling, Cross };
// One repeating tile of a hatch in 'colour': diagonal lines 'thickness'
// pixels thick, 'side' pixels apart, wrapping at the edges.
inline QImage stripeTile(const QColor &colour, Hatch hatch = Hatch::Rising, int side = int(hatchSpacing()), int thickness = 2)
{
    QImage tile(side, side, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    for (int i = 0; i < side; ++i)
        for (int w = 0; w < thickness; ++w) {
            if (hatch != Hatch::Falling)
                tile.setPixelColor((i + w) % side, side - 1 - i, colour);
            if (hatch != Hatch::Rising)
                tile.setPixelColor((i + w) % side, i, colour);
        }
    return tile;
}
// One repeating tile of the region hatch: a diagonal line across it.
inline QImage hatchTile()
{
    return stripeTile(regionTint());
}

// Territorial control. Assessed control is solid: a translucent fill in
// the party's colour with a solid outline. Claimed control is hatched the
// other way from the violet region hatch (\, not /), in the party's
// colour, with a thinner dashed outline: a claim never reads as a fact.
inline QColor controlFill(const QColor &party)
{
    QColor c = party;
    c.setAlpha(110);
    return c;
}
// In compare mode, the area held at the end, beneath what changed.
inline QColor controlContext(const QColor &party)
{
    QColor c = party;
    c.setAlpha(45);
    return c;
}
inline QColor controlHatch(const QColor &party)
{
    QColor c = party;
    c.setAlpha(235);
    return c;
}
inline double controlOutlineWidth()
{
    return 2.0;
}
inline double claimedOutlineWidth()
{
    return 1.5;
}
// Pixels between a claim's hatch lines, and their thickness.
inline int controlHatchSpacing()
{
    return 8;
}
inline int controlHatchThickness()
{
    return 3;
}
// A dashed outline: 'dash' pixels drawn of every 'dashPeriod'.
inline int dashPeriod()
{
    return 12;
}
inline int dash()
{
    return 7;
}
// One period of a dashed line in 'colour', as a texture along the line.
inline QImage dashTile(const QColor &colour)
{
    QImage tile(dashPeriod(), 1, QImage::Format_ARGB32_Premultiplied);
    tile.fill(Qt::transparent);
    for (int x = 0; x < dash(); ++x)
        tile.setPixelColor(x, 0, colour);
    return tile;
}
// Compare mode: what a party gained (solid green) and lost (red cross-hatch).
inline QColor gainedColor()
{
    return QColor(0x1a, 0x96, 0x41);
}
inline QColor lostColor()
{
    return QColor(0xd7, 0x19, 0x1c);
}
// Incidents' lines and areas, in their status colour: lines drawn wide
// enough to read over any fill, areas translucent with an outline. The
// selected one is emphasised: a wider line over a casing in the selection
// colour, or the area's outline in that colour.
inline double shapeLineWidth()
{
    return 3.0;
}
inline double selectedShapeLineWidth()
{
    return 5.0;
}
inline double selectedShapeCasingWidth()
{
    return 9.0;
}
inline double shapeOutlineWidth()
{
    return 1.5;
}
inline QColor shapeFill(const QColor &status, bool selected)
{
    QColor c = status;
    c.setAlpha(selected ? 120 : 70);
    return c;
}
inline QColor shapeOutline(const QColor &status)
{
    return status.darker(115);
}
// A movement's direction: a filled arrowhead with its tip at 'tip',
// pointing away from 'from' (pixels).
inline QPolygonF arrowhead(const QPointF &from, const QPointF &tip, double length = 14)
{
    constexpr double kSpread = 0.45; // radians either side of the line
    const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    return QPolygonF{tip, tip - QPointF(length * std::cos(angle - kSpread), length * std::sin(angle - kSpread)),
        tip - QPointF(length * std::cos(angle + kSpread), length * std::sin(angle + kSpread))};
}
} // namespace MapStyle

} // namespace conflictmap
