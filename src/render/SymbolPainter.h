// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QPainter;

namespace conflictmap {

// How an incident symbol looks, wherever it is drawn: the app's map and
// legend, and the briefing images. The shape by type family (circle,
// square, triangle, diamond, cross: told apart at a glance), the colour by
// status, a halo for "near", region and country records as R/C badges,
// clusters as dark discs (their count drawn over them).
namespace SymbolPainter {
enum class Kind { Point, Region, Country, Cluster, Glyph };
struct Key {
    Kind kind;
    QString family; // Point: clash, territory, movement, diplomatic, other
    QColor color; // status colour (unused for clusters)
    bool selected = false;
    QString label; // Glyph: the character
    bool near = false; // Point: known to about the nearest town (a halo)
};
// Paints one symbol centred on the painter's origin, in item pixels.
void paint(QPainter &painter, const Key &key);
// The font of badge letters and cluster counts.
QFont labelFont();
// The side of the square a cell gives a symbol, in item pixels.
constexpr int kCellPoints = 32;
} // namespace SymbolPainter

} // namespace conflictmap
