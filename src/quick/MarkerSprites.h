// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "render/SymbolPainter.h"

#include <QColor>
#include <QHash>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace conflictmap {

// Every look an incident symbol can take, painted once into one image: a
// map of a thousand symbols is then one texture and one draw call on
// OpenGL, and image copies with QPainter. Symbols are painted on demand
// (cluster counts vary); when the image is full it starts over.
//
// The look, painted by SymbolPainter (the legend's MarkerSymbol and the
// briefing images use it too): the
// shape by type family (circle, square, triangle, diamond, cross: told apart at a
// glance), the colour by status, region and country records as R/C
// badges, clusters as dark discs with their count. A count is drawn from
// glyph sprites (digits, '.', 'k', 'M'), so the set of sprites stays small
// whatever counts a view holds.
class MarkerSprites {
public:
    using Kind = SymbolPainter::Kind;
    using Key = SymbolPainter::Key;

    explicit MarkerSprites(qreal devicePixelRatio = 1.0);

    // The sprite's rectangle in image() pixels, painting it if new: the
    // square of footprint(kind) item pixels around the symbol's centre.
    QRectF sprite(const Key &key);
    // The side of the square a symbol covers, border included, in item
    // pixels: quads no larger than this keep transparent overdraw low.
    static double footprint(Kind kind);
    // A count's character: its rectangle in image() pixels (footprint(Glyph)
    // high, its advance wide), and the advance in item pixels.
    QRectF glyph(QChar c, double *advance);
    // The image; QImage::cacheKey() tells a renderer when it changed.
    const QImage &image() const { return m_image; }
    // Increments when the image was full and started over: rectangles handed
    // out before then no longer hold their sprites.
    int resets() const { return m_resets; }
    qreal devicePixelRatio() const { return m_ratio; }
    // "7", "999", "1.2k", "12k", "1.2M": short enough for the disc.
    static QString countLabel(int count);

private:
    void paint(const Key &key, const QRect &cell);
    QRect place(const Key &key);

    qreal m_ratio;
    int m_cell; // cell side in image pixels
    QImage m_image;
    QHash<QString, QRect> m_placed;
    QHash<QChar, double> m_advances; // measured once: a frame draws thousands of glyphs
    int m_resets = 0;
};

} // namespace conflictmap
