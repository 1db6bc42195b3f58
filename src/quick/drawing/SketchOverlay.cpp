// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SketchOverlay.h"

#include "MapStyle.h"
#include "MapView.h"

#include <QCursor>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace conflictmap {

namespace {
constexpr double kHandle = 4.5; // half a vertex handle's side, px
constexpr double kReach = 9; // how near a press must be to grab a vertex, px
constexpr double kDragThreshold = 4; // px before a press becomes a drag
} // namespace

SketchOverlay::SketchOverlay(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAntialiasing(true);
    setFlag(ItemIsFocusScope, false);
}

void SketchOverlay::setMap(MapView *map)
{
    if (m_map == map)
        return;
    if (m_map)
        disconnect(m_map, nullptr, this, nullptr);
    m_map = map;
    if (m_map)
        connect(m_map, &MapView::viewportChanged, this, [this] { update(); });
    update();
    emit mapChanged();
}

void SketchOverlay::setSketch(ShapeSketch *sketch)
{
    if (m_sketch == sketch)
        return;
    if (m_sketch)
        disconnect(m_sketch, nullptr, this, nullptr);
    m_sketch = sketch;
    if (m_sketch)
        connect(m_sketch, &ShapeSketch::changed, this, &SketchOverlay::sketchChanged_);
    sketchChanged_();
    emit sketchChanged();
}

void SketchOverlay::setColor(const QColor &color)
{
    if (m_color == color)
        return;
    m_color = color;
    update();
    emit colorChanged();
}

void SketchOverlay::sketchChanged_()
{
    const bool active = m_sketch && m_sketch->isActive();
    setAcceptedMouseButtons(active ? Qt::LeftButton : Qt::NoButton);
    setAcceptHoverEvents(active);
    setCursor(QCursor(active ? Qt::CrossCursor : Qt::ArrowCursor));
    if (active && !hasActiveFocus())
        forceActiveFocus(Qt::OtherFocusReason);
    if (!active)
        m_gesture = Gesture::None;
    update();
}

QPointF SketchOverlay::toScreen(const QPointF &lonLat) const
{
    const QPointF onMap = m_map->fromCoordinate(QGeoCoordinate(lonLat.y(), lonLat.x()), false);
    return m_map->mapToItem(this, onMap);
}

std::optional<std::pair<int, int>> SketchOverlay::vertexAt(const QPointF &position) const
{
    if (!m_map || !m_sketch)
        return std::nullopt;
    std::optional<std::pair<int, int>> nearest;
    double best = kReach * kReach;
    const auto &parts = m_sketch->parts();
    for (int p = 0; p < int(parts.size()); ++p)
        for (int i = 0; i < int(parts[size_t(p)].size()); ++i) {
            const QPointF d = toScreen(parts[size_t(p)][size_t(i)]) - position;
            const double distance = d.x() * d.x() + d.y() * d.y();
            if (distance <= best) {
                best = distance;
                nearest = std::pair(p, i);
            }
        }
    return nearest;
}

void SketchOverlay::paint(QPainter *painter)
{
    if (!m_map || !m_sketch || (!m_sketch->isActive() && !m_sketch->isFinished()))
        return;
    const bool area = m_sketch->kind() == ShapeSketch::Area;
    const bool invalid = m_sketch->problemLocation().isValid();
    QColor fill = m_color;
    fill.setAlphaF(0.25);
    const QPen outline(invalid ? QColor(0xc6, 0x28, 0x28) : m_color, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    // The holes of a copied version, which are kept but not edited.
    const Geometry drawn = m_sketch->geometry();
    QPainterPath holes;
    for (const Polygon &polygon : drawn.polygons)
        for (size_t k = 1; k < polygon.rings.size(); ++k) {
            QPolygonF ring;
            for (const QPointF &p : polygon.rings[k])
                ring << toScreen(p);
            holes.addPolygon(ring);
            holes.closeSubpath();
        }
    for (const auto &part : m_sketch->parts()) {
        if (part.empty())
            continue;
        QPolygonF screen;
        screen.reserve(qsizetype(part.size()));
        for (const QPointF &p : part)
            screen << toScreen(p);
        painter->setPen(outline);
        if (area && screen.size() >= 3) {
            QPainterPath shape;
            shape.addPolygon(screen);
            shape.closeSubpath();
            painter->setBrush(fill);
            painter->drawPath(holes.isEmpty() ? shape : shape.subtracted(holes));
        } else {
            painter->setBrush(Qt::NoBrush);
            painter->drawPolyline(screen);
        }
        if (!area && screen.size() >= 2) {
            // The direction of a movement: an arrowhead at the line's end.
            painter->setBrush(outline.color());
            painter->drawPolygon(MapStyle::arrowhead(screen.at(screen.size() - 2), screen.back()));
        }
        if (m_sketch->isActive()) {
            painter->setPen(QPen(outline.color(), 1.5));
            painter->setBrush(Qt::white);
            // Handles wherever they do not crowd each other.
            QPointF last(1e9, 1e9);
            for (const QPointF &p : screen) {
                if (std::abs(p.x() - last.x()) + std::abs(p.y() - last.y()) < 2 * kHandle && &p != &screen.back())
                    continue;
                painter->drawRect(QRectF(p.x() - kHandle, p.y() - kHandle, 2 * kHandle, 2 * kHandle));
                last = p;
            }
        }
    }
    if (invalid) {
        const QPointF at = toScreen(QPointF(m_sketch->problemLocation().longitude(), m_sketch->problemLocation().latitude()));
        painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(at, 11, 11);
        painter->drawLine(at + QPointF(-6, -6), at + QPointF(6, 6));
        painter->drawLine(at + QPointF(-6, 6), at + QPointF(6, -6));
    }
}

void SketchOverlay::mousePressEvent(QMouseEvent *event)
{
    if (!m_sketch || !m_sketch->isActive() || !m_map) {
        event->ignore();
        return;
    }
    forceActiveFocus(Qt::MouseFocusReason);
    m_pressedAt = m_lastAt = event->position();
    if (const auto vertex = vertexAt(event->position())) {
        m_gesture = Gesture::Dragging;
        m_dragged = *vertex;
    } else {
        m_gesture = Gesture::Pending;
    }
    event->accept();
}

void SketchOverlay::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_map || !m_sketch)
        return;
    const QPointF at = event->position();
    switch (m_gesture) {
    case Gesture::Dragging:
        m_sketch->moveVertex(m_dragged.first, m_dragged.second, m_map->toCoordinate(mapToItem(m_map, at), false));
        break;
    case Gesture::Pending:
        if (std::abs(at.x() - m_pressedAt.x()) + std::abs(at.y() - m_pressedAt.y()) < kDragThreshold)
            break;
        m_gesture = Gesture::Panning;
        Q_FALLTHROUGH();
    case Gesture::Panning:
        m_map->pan(at.x() - m_lastAt.x(), at.y() - m_lastAt.y());
        break;
    case Gesture::None:
        break;
    }
    m_lastAt = at;
}

void SketchOverlay::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_gesture == Gesture::Pending && !m_ignoreRelease && m_map && m_sketch)
        m_sketch->addVertex(m_map->toCoordinate(mapToItem(m_map, event->position()), false));
    m_ignoreRelease = false;
    m_gesture = Gesture::None;
}

void SketchOverlay::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The double click's first click has added its vertex; the second ends.
    m_ignoreRelease = true;
    m_gesture = Gesture::None;
    if (m_sketch)
        m_sketch->finish();
    event->accept();
}

void SketchOverlay::keyPressEvent(QKeyEvent *event)
{
    if (!m_sketch || !m_sketch->isActive()) {
        event->ignore();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        m_sketch->removeLastVertex();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_sketch->finish();
        break;
    case Qt::Key_Escape:
        m_sketch->cancel();
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

void SketchOverlay::hoverMoveEvent(QHoverEvent *event)
{
    setCursor(QCursor(vertexAt(event->position()) ? Qt::SizeAllCursor : Qt::CrossCursor));
}

} // namespace conflictmap
