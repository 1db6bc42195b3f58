// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MarkerSprites.h"

#include "render/SymbolPainter.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace conflictmap {

namespace {
using SymbolPainter::kCellPoints; // room for a 26 px disc and its border
constexpr int kCellsPerSide = 32;


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
        known = m_advances.insert(c, QFontMetricsF(SymbolPainter::labelFont()).horizontalAdvance(c));
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
    SymbolPainter::paint(painter, key);
}

} // namespace conflictmap
