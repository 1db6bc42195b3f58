#pragma once

#include <QColor>

namespace conflictmap {

// The map's colours, shared by the OpenGL and the software drawing paths so
// that both show the same map.
namespace MapStyle {
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
// Units where records are known only to the region or country: the
// colour of the hatching (software renderer), and a light tint where
// geometry nodes draw (OpenGL).
inline QColor regionTint()
{
    return QColor(0x8a, 0x3a, 0xb9, 150);
}
inline QColor regionTintFill()
{
    return QColor(0x8a, 0x3a, 0xb9, 60);
}
} // namespace MapStyle

} // namespace conflictmap
