// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "render/SymbolPainter.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace conflictmap {

namespace {
// One outline per type family, each of about the same area, so no family
// looks more important: circle = clash, square = territory, triangle =
// movement and deployment, diamond = diplomatic, cross = other.
QPainterPath familyShape(const QString &family)
{
    QPainterPath path;
    if (family == QLatin1String("clash")) {
        path.addEllipse(QPointF(), 6.5, 6.5);
    } else if (family == QLatin1String("territory")) {
        path.addRect(QRectF(-7, -7, 14, 14));
    } else if (family == QLatin1String("movement")) {
        path.addPolygon(QPolygonF({QPointF(0, -9), QPointF(8.5, 6), QPointF(-8.5, 6), QPointF(0, -9)}));
    } else if (family == QLatin1String("diplomatic")) {
        path.addPolygon(QPolygonF({QPointF(0, -8.5), QPointF(8.5, 0), QPointF(0, 8.5), QPointF(-8.5, 0), QPointF(0, -8.5)}));
    } else {
        const double a = 2.5, b = 7.5; // arm half-width, arm reach
        path.addPolygon(QPolygonF({QPointF(-a, -b), QPointF(a, -b), QPointF(a, -a), QPointF(b, -a), QPointF(b, a), QPointF(a, a),
            QPointF(a, b), QPointF(-a, b), QPointF(-a, a), QPointF(-b, a), QPointF(-b, -a), QPointF(-a, -a), QPointF(-a, -b)}));
    }
    return path;
}

} // namespace

QFont SymbolPainter::labelFont()
{
    QFont font;
    font.setPixelSize(10);
    font.setBold(true);
    return font;
}

void SymbolPainter::paint(QPainter &painter, const Key &key)
{
    const QColor white(Qt::white);
    const QPen border(key.selected ? QColor(Qt::black) : white, key.selected ? 3 : 2);
    painter.setFont(labelFont());
    auto label = [&](const QString &text, const QColor &color, const QRectF &box) {
        painter.setPen(color);
        painter.drawText(box, Qt::AlignCenter, text);
    };

    switch (key.kind) {
    case Kind::Cluster: {
        painter.setPen(border);
        painter.setBrush(QColor(0x37, 0x47, 0x4f));
        painter.drawEllipse(QRectF(-13, -13, 26, 26));
        break;
    }
    case Kind::Glyph:
        label(key.label, white, QRectF(-kCellPoints / 2.0, -7, kCellPoints, 14));
        break;
    case Kind::Region:
    case Kind::Country: {
        const QRectF box(-10, -10, 20, 20);
        painter.setPen(key.selected ? border : QPen(key.color, 2));
        painter.setBrush(white);
        painter.drawRoundedRect(box, 3, 3);
        label(key.kind == Kind::Country ? QStringLiteral("C") : QStringLiteral("R"), key.color, box);
        break;
    }
    case Kind::Point: {
        if (key.near) {
            // A halo, so that "near" reads even where the circles to scale
            // are left out.
            QColor halo = key.color;
            halo.setAlphaF(0.8);
            painter.setPen(QPen(halo, 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(QPointF(), 11, 11);
        }
        painter.setPen(border);
        painter.setBrush(key.color);
        painter.drawPath(familyShape(key.family));
        break;
    }
    }
}

} // namespace conflictmap
