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

template <typename T>
void MarkerSymbol::set(T &field, const T &value)
{
    if (field == value)
        return;
    field = value;
    emit changed();
    update();
}

void MarkerSymbol::setFamily(const QString &family)
{
    set(m_family, family);
}

void MarkerSymbol::setPrecision(const QString &precision)
{
    set(m_precision, precision);
}

void MarkerSymbol::setColor(const QColor &color)
{
    set(m_color, color);
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
    SymbolPainter::paint(*painter, {kind, m_family, m_color, false, {}, m_precision == QLatin1String("near")});
}

} // namespace conflictmap
