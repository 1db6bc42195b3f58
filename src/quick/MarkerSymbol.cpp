// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MarkerSymbol.h"

#include "MarkerSprites.h"

#include <QPainter>

namespace conflictmap {

MarkerSymbol::MarkerSymbol(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    const double side = MarkerSprites::footprint(MarkerSprites::Kind::Point);
    setImplicitSize(side, side);
}

void MarkerSymbol::setFamily(const QString &family)
{
    if (family == m_family)
        return;
    m_family = family;
    emit changed();
    update();
}

void MarkerSymbol::setPrecision(const QString &precision)
{
    if (precision == m_precision)
        return;
    m_precision = precision;
    emit changed();
    update();
}

void MarkerSymbol::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    emit changed();
    update();
}

void MarkerSymbol::paint(QPainter *painter)
{
    using Kind = MarkerSprites::Kind;
    const Kind kind = m_precision == QLatin1String("region") ? Kind::Region
        : m_precision == QLatin1String("country")            ? Kind::Country
                                                             : Kind::Point;
    // Scaled down to the item when it is smaller than the map's symbol.
    const double scale = std::min(width(), height()) / MarkerSprites::footprint(kind);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate(width() / 2, height() / 2);
    painter->scale(std::min(scale, 1.0), std::min(scale, 1.0));
    MarkerSprites::paintSymbol(*painter, {kind, m_family, m_color, false, {}, m_precision == QLatin1String("near")});
}

} // namespace conflictmap
