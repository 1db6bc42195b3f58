// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MarkerSprites.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace conflictmap {

namespace {
constexpr int kCellPoints = 32; // a cell's side in item pixels: room for a 26 px disc and its border
constexpr int kCellsPerSide = 32;

QFont labelFont()
{
    QFont font;
    font.setPixelSize(10);
    font.setBold(true);
    return font;
}

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

QString keyString(const MarkerSprites::Key &key)
{
    return QString::number(int(key.kind)) + QLatin1Char('|') + key.family + QLatin1Char('|') + key.color.name(QColor::HexArgb)
        + QLatin1Char('|') + QLatin1Char(key.selected ? '1' : '0') + QLatin1Char(key.near ? 'n' : 'x') + QLatin1Char('|')
        + key.label;
}
} // namespace

MarkerSprites::MarkerSprites(qreal devicePixelRatio)
    : m_ratio(std::max<qreal>(devicePixelRatio, 1.0)), m_cell(int(std::ceil(kCellPoints * m_ratio)))
{
    m_image = QImage(m_cell * kCellsPerSide, m_cell * kCellsPerSide, QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
}

double MarkerSprites::footprint(Kind kind)
{
    switch (kind) {
    case Kind::Point:
        return 24; // a 14 px diamond's diagonal with a 3 px border
    case Kind::Region:
    case Kind::Country:
        return 26;
    case Kind::Cluster:
        return 31;
    case Kind::Glyph:
        return 14;
    }
    return kCellPoints;
}

QString MarkerSprites::countLabel(int count)
{
    // Rounded, and the thresholds where rounding would spill into the next
    // form ("10.0k", "1000k") move to it.
    if (count < 1000)
        return QString::number(count);
    if (count < 9950)
        return QString::number(count / 1000.0, 'f', 1) + QLatin1Char('k');
    if (count < 999500)
        return QString::number(qRound(count / 1000.0)) + QLatin1Char('k');
    return QString::number(count / 1000000.0, 'f', 1) + QLatin1Char('M');
}

QRect MarkerSprites::place(const Key &key)
{
    const QString id = keyString(key);
    if (auto found = m_placed.constFind(id); found != m_placed.constEnd())
        return *found;
    if (m_placed.size() >= kCellsPerSide * kCellsPerSide) {
        m_image.fill(Qt::transparent);
        m_placed.clear();
        ++m_resets;
    }
    const int index = int(m_placed.size());
    const QRect cell((index % kCellsPerSide) * m_cell, (index / kCellsPerSide) * m_cell, m_cell, m_cell);
    paint(key, cell);
    m_placed.insert(id, cell);
    return cell;
}

QRectF MarkerSprites::sprite(const Key &key)
{
    const QRect cell = place(key);
    const double side = footprint(key.kind) * m_ratio;
    return QRectF(cell.center().x() + 0.5 - side / 2, cell.center().y() + 0.5 - side / 2, side, side);
}

QRectF MarkerSprites::glyph(QChar c, double *advance)
{
    auto known = m_advances.constFind(c);
    if (known == m_advances.constEnd())
        known = m_advances.insert(c, QFontMetricsF(labelFont()).horizontalAdvance(c));
    *advance = *known;
    const QRect cell = place({Kind::Glyph, {}, {}, false, QString(c)});
    const double width = *advance * m_ratio, height = footprint(Kind::Glyph) * m_ratio;
    return QRectF(cell.center().x() + 0.5 - width / 2, cell.center().y() + 0.5 - height / 2, width, height);
}

void MarkerSprites::paint(const Key &key, const QRect &cell)
{
    QPainter painter(&m_image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.fillRect(cell, Qt::transparent);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.translate(cell.center() + QPointF(0.5, 0.5));
    painter.scale(m_ratio, m_ratio);
    paintSymbol(painter, key);
}

void MarkerSprites::paintSymbol(QPainter &painter, const Key &key)
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
