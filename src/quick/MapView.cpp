// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MapView.h"

#include "MapStyle.h"
#include "map/MapLayer.h"

#include "geo/CrsTransform.h"

#include <QGeoRectangle>
#include <QNativeGestureEvent>
#include <QQuickWindow>
#include <QSGRectangleNode>
#include <QSGRendererInterface>

#include <cmath>

namespace conflictmap {

namespace {
constexpr double kEquatorLength = 40075016.685578488; // metres, WGS 84 / Web Mercator sphere
constexpr double kTileSize = 256.0;
constexpr double kClickSlop = 4.0; // pixels a press may move and still be a click
constexpr double kWheelZoomStep = 0.5; // zoom levels per wheel notch
constexpr double kKeyPanStep = 80.0; // pixels per arrow key press

} // namespace

MapView::MapView(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    setFlag(ItemIsFocusScope, true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setAcceptTouchEvents(true);
    setActiveFocusOnTab(true);
    setClip(true);
    m_hoverSettled.setSingleShot(true);
    m_hoverSettled.setInterval(120);
    connect(&m_hoverSettled, &QTimer::timeout, this, &MapView::applyHover);
    setDisplayCrs(m_crs);
    m_viewport.setResolution(baseResolution());
}

MapView::~MapView() = default;

// --- properties -----------------------------------------------------------

void MapView::setCrs(const QString &crs)
{
    if (crs == m_crs)
        return;
    // Keep what the user sees: the same place in the centre at the same
    // ground scale (zoom levels of different CRSs differ in scale).
    QGeoCoordinate keepCenter = center();
    if (!keepCenter.isValid())
        keepCenter = QGeoCoordinate(0, 0);
    const double keepZoom = zoomLevel();
    const double keepMetersPerPixel = metersPerPixel();
    if (!setDisplayCrs(crs)) {
        emit crsChanged(); // the error is in errorString; crs keeps its value
        return;
    }
    m_crs = crs;
    m_viewport.setResolution(baseResolution() / std::pow(2.0, keepZoom));
    const QPointF projected = m_toDisplay->forward(QPointF(keepCenter.longitude(), keepCenter.latitude()));
    if (std::isfinite(projected.x()))
        m_viewport.setCenter(projected);
    const double newMetersPerPixel = metersPerPixel();
    if (keepMetersPerPixel > 0 && newMetersPerPixel > 0)
        m_viewport.setResolution(m_viewport.resolution() * keepMetersPerPixel / newMetersPerPixel);
    viewportUpdated();
    emit crsChanged();
}

bool MapView::setDisplayCrs(const QString &crs)
{
    QString error;
    auto transform = CrsTransform::create(QStringLiteral("EPSG:4326"), crs, &error);
    if (!transform) {
        m_crsError = QStringLiteral("display CRS: %1").arg(error);
        qWarning("MapView: %s", qPrintable(m_crsError));
        return false;
    }
    m_crsError.clear();
    m_toDisplay = std::move(transform);
    return true;
}

QString MapView::crsName() const
{
    return m_toDisplay ? m_toDisplay->targetName() : QString();
}

double MapView::baseResolution() const
{
    const double unit = m_toDisplay ? m_toDisplay->targetUnitInMetres() : 1.0;
    return kEquatorLength / kTileSize / unit;
}

QGeoCoordinate MapView::center() const
{
    const QPointF lonLat = m_toDisplay->inverse(m_viewport.center());
    if (!std::isfinite(lonLat.x()) || !std::isfinite(lonLat.y()) || std::abs(lonLat.y()) > 90)
        return {};
    // Panned past the antimeridian in a lon/lat CRS: the same place, wrapped.
    return QGeoCoordinate(lonLat.y(), std::remainder(lonLat.x(), 360.0));
}

void MapView::setCenter(const QGeoCoordinate &center)
{
    if (!center.isValid())
        return;
    const QPointF projected = m_toDisplay->forward(QPointF(center.longitude(), center.latitude()));
    if (!std::isfinite(projected.x()))
        return;
    m_viewportSet = true;
    m_viewport.setCenter(projected);
    viewportUpdated();
}

double MapView::zoomLevel() const
{
    return std::log2(baseResolution() / m_viewport.resolution());
}

void MapView::setZoomLevel(double zoom)
{
    if (!std::isfinite(zoom))
        return;
    zoom = std::clamp(zoom, minimumZoomLevel(), maximumZoomLevel());
    if (std::abs(zoom - zoomLevel()) < 1e-9)
        return;
    m_viewportSet = true;
    m_viewport.setResolution(baseResolution() / std::pow(2.0, zoom));
    viewportUpdated();
}

QGeoShape MapView::visibleRegion() const
{
    // The bounding box of the item's corners and edge midpoints: projected
    // views are not lon/lat rectangles, this contains what is visible.
    const double w = width(), h = height();
    QGeoRectangle box;
    bool first = true;
    for (const QPointF &p : {QPointF(0, 0), QPointF(w / 2, 0), QPointF(w, 0), QPointF(w, h / 2), QPointF(w, h), QPointF(w / 2, h),
             QPointF(0, h), QPointF(0, h / 2)}) {
        const QGeoCoordinate c = toCoordinate(p, false);
        if (!c.isValid())
            continue;
        if (first) {
            box = QGeoRectangle(c, c);
            first = false;
        } else {
            box.extendRectangle(c);
        }
    }
    return box;
}

double MapView::metersPerPixel() const
{
    // Measured on the ground across the centre, so it is right in any CRS.
    const QPointF mid(width() / 2, height() / 2);
    const QGeoCoordinate a = toCoordinate(mid - QPointF(50, 0), false);
    const QGeoCoordinate b = toCoordinate(mid + QPointF(50, 0), false);
    return a.isValid() && b.isValid() ? a.distanceTo(b) / 100.0 : 0.0;
}

// --- layers -------------------------------------------------------------------

QList<QObject *> MapView::layers() const
{
    QList<QObject *> layers;
    for (QQuickItem *child : childItems())
        if (auto *layer = qobject_cast<MapLayer *>(child))
            layers.append(layer);
    return layers;
}

bool MapView::loading() const
{
    for (QQuickItem *child : childItems())
        if (auto *layer = qobject_cast<MapLayer *>(child); layer && layer->loading())
            return true;
    return false;
}

QStringList MapView::attributions() const
{
    QStringList credits;
    for (QQuickItem *child : childItems())
        if (auto *layer = qobject_cast<MapLayer *>(child); layer && layer->isVisible() && layer->opacity() > 0
            && !layer->attribution().isEmpty() && !credits.contains(layer->attribution()))
            credits.append(layer->attribution());
    return credits;
}

void MapView::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change == ItemChildAddedChange)
        watchLayer(value.item);
    if (change == ItemChildAddedChange || change == ItemChildRemovedChange) {
        if (qobject_cast<MapLayer *>(value.item)) {
            emit layersChanged();
            emit loadingChanged();
            emit attributionsChanged();
        }
    }
}

void MapView::watchLayer(QQuickItem *item)
{
    auto *layer = qobject_cast<MapLayer *>(item);
    if (!layer)
        return;
    connect(layer, &MapLayer::loadingChanged, this, &MapView::loadingChanged);
    connect(layer, &MapLayer::attributionChanged, this, &MapView::attributionsChanged);
    connect(layer, &QQuickItem::visibleChanged, this, &MapView::attributionsChanged);
    connect(layer, &QQuickItem::opacityChanged, this, &MapView::attributionsChanged);
}

// --- coordinates and view ---------------------------------------------------

QGeoCoordinate MapView::toCoordinate(const QPointF &position, bool clipToViewport) const
{
    if (clipToViewport && !QRectF(0, 0, width(), height()).contains(position))
        return {};
    const QPointF lonLat = m_toDisplay->inverse(m_viewport.toProjected(position));
    if (!std::isfinite(lonLat.x()) || !std::isfinite(lonLat.y()) || std::abs(lonLat.y()) > 90.0)
        return {};
    return QGeoCoordinate(lonLat.y(), lonLat.x());
}

QPointF MapView::fromCoordinate(const QGeoCoordinate &coordinate, bool clipToViewport) const
{
    const QPointF nan(qQNaN(), qQNaN());
    if (!coordinate.isValid())
        return nan;
    const QPointF projected = m_toDisplay->forward(QPointF(coordinate.longitude(), coordinate.latitude()));
    if (!std::isfinite(projected.x()))
        return nan;
    const QPointF screen = m_viewport.toScreen(projected);
    if (clipToViewport && !QRectF(0, 0, width(), height()).contains(screen))
        return nan;
    return screen;
}

void MapView::fitViewportToGeoShape(const QGeoShape &shape, int margins)
{
    if (!shape.isValid())
        return;
    if (width() <= 2 * margins || height() <= 2 * margins) {
        m_pendingFit = std::make_pair(shape, margins); // applied once the item has a size
        return;
    }
    m_pendingFit.reset();
    const QGeoRectangle box = shape.boundingGeoRectangle();
    // Sample the box's edges: its projected outline is curved in most CRSs.
    constexpr int kSteps = 8;
    std::vector<QPointF> samples;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = double(i) / kSteps;
        const double lon = box.topLeft().longitude() + t * box.width();
        const double lat = box.bottomRight().latitude() + t * box.height();
        samples.push_back({lon, box.topLeft().latitude()});
        samples.push_back({lon, box.bottomRight().latitude()});
        samples.push_back({box.topLeft().longitude(), lat});
        samples.push_back({box.bottomRight().longitude(), lat});
    }
    m_toDisplay->forward(samples);
    double x0 = qInf(), y0 = qInf(), x1 = -qInf(), y1 = -qInf();
    for (const QPointF &p : samples) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    if (x0 > x1)
        return; // nothing of the shape is inside the display CRS's domain
    const QRectF extent(QPointF(x0, y0), QPointF(x1, y1));
    const double resolution = std::max(extent.width() / (width() - 2 * margins), extent.height() / (height() - 2 * margins));
    m_viewportSet = true;
    m_viewport.setCenter(extent.center());
    const double minResolution = baseResolution() / std::pow(2.0, maximumZoomLevel());
    const double maxResolution = baseResolution() / std::pow(2.0, minimumZoomLevel());
    m_viewport.setResolution(std::clamp(resolution, minResolution, maxResolution));
    viewportUpdated();
}

void MapView::zoomAround(const QPointF &anchor, double zoomDelta)
{
    const double target = std::clamp(zoomLevel() + zoomDelta, minimumZoomLevel(), maximumZoomLevel());
    const double factor = std::pow(2.0, target - zoomLevel());
    if (std::abs(factor - 1.0) < 1e-12)
        return;
    m_viewportSet = true;
    m_viewport.zoomAround(anchor, factor);
    viewportUpdated();
}

void MapView::pan(double dx, double dy)
{
    m_viewportSet = true;
    m_viewport.panBy(QPointF(dx, dy));
    viewportUpdated();
}

void MapView::viewportUpdated()
{
    emit viewportChanged();
    update();
}

void MapView::applyPendingFit()
{
    if (m_pendingFit) {
        const auto [shape, margins] = *m_pendingFit;
        fitViewportToGeoShape(shape, margins);
    }
}

void MapView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() == oldGeometry.size()) {
        // The software renderer's layer nodes draw in window coordinates.
        for (QQuickItem *child : childItems())
            child->update();
        return;
    }
    m_viewport.setSize(newGeometry.size());
    applyPendingFit();
    viewportUpdated();
}

void MapView::updateCursor(const QPointF &position)
{
    const QGeoCoordinate c = toCoordinate(position);
    if (c != m_cursorCoordinate) {
        m_cursorCoordinate = c;
        emit cursorCoordinateChanged();
    }
}

// --- input ----------------------------------------------------------------------

void MapView::pressAt(const QPointF &position)
{
    forceActiveFocus(Qt::MouseFocusReason);
    m_pressPosition = m_lastDragPosition = position;
    m_dragging = false;
}

void MapView::dragTo(const QPointF &position)
{
    if (!m_dragging && QLineF(position, m_pressPosition).length() > kClickSlop)
        m_dragging = true;
    if (m_dragging) {
        pan(position.x() - m_lastDragPosition.x(), position.y() - m_lastDragPosition.y());
        m_lastDragPosition = position;
    }
}

void MapView::releaseAt(const QPointF &position)
{
    if (!m_dragging) {
        const QGeoCoordinate c = toCoordinate(position);
        if (c.isValid())
            emit clicked(c);
    }
    m_dragging = false;
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    pressAt(event->position());
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    dragTo(event->position());
    updateCursor(event->position());
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    releaseAt(event->position());
    event->accept();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    // angleDelta is in eighths of a degree: 120 per notch of a mouse wheel;
    // touchpads send smaller steps, which zoom proportionally.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomAround(event->position(), notches * kWheelZoomStep);
    event->accept();
}

void MapView::hoverMoveEvent(QHoverEvent *event)
{
    if (event->position() == m_hoverPosition) {
        m_hoverSettled.start(); // the map moved, not the pointer
        return;
    }
    m_hoverPosition = event->position();
    applyHover();
}

void MapView::applyHover()
{
    if (!std::isfinite(m_hoverPosition.x()))
        return;
    updateCursor(m_hoverPosition);
}

void MapView::hoverLeaveEvent(QHoverEvent *)
{
    m_hoverPosition = QPointF(qQNaN(), qQNaN());
    m_hoverSettled.stop();
    if (m_cursorCoordinate.isValid()) {
        m_cursorCoordinate = {};
        emit cursorCoordinateChanged();
    }
}

void MapView::touchEvent(QTouchEvent *event)
{
    const auto &points = event->points();
    event->accept();
    if (points.size() == 1) {
        // One finger: as a mouse, a tap selects and a drag pans.
        const QPointF position = points[0].position();
        if (event->type() == QEvent::TouchBegin)
            pressAt(position);
        else if (event->type() == QEvent::TouchUpdate)
            dragTo(position);
        else if (event->type() == QEvent::TouchEnd)
            releaseAt(position);
        return;
    }
    // Two fingers: zoom by the change of their distance around their
    // midpoint, and follow the midpoint as it moves. Only moves count:
    // begin and end events repeat positions.
    m_dragging = true; // a pinch never ends in a tap
    if (points.size() != 2 || event->type() != QEvent::TouchUpdate)
        return;
    const QPointF a = points[0].position(), b = points[1].position();
    const QPointF pa = points[0].lastPosition(), pb = points[1].lastPosition();
    const double before = QLineF(pa, pb).length();
    const double after = QLineF(a, b).length();
    const QPointF mid = (a + b) / 2, lastMid = (pa + pb) / 2;
    pan(mid.x() - lastMid.x(), mid.y() - lastMid.y());
    if (before > 1 && after > 1)
        zoomAround(mid, std::log2(after / before));
}

bool MapView::event(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAround(gesture->position(), std::log2(1.0 + gesture->value()));
            return true;
        }
    }
    return QQuickItem::event(event);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        pan(kKeyPanStep, 0);
        break;
    case Qt::Key_Right:
        pan(-kKeyPanStep, 0);
        break;
    case Qt::Key_Up:
        pan(0, kKeyPanStep);
        break;
    case Qt::Key_Down:
        pan(0, -kKeyPanStep);
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

// --- drawing ----------------------------------------------------------------------

QSGNode *MapView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    // The sea; the layers draw themselves above it, as children.
    auto *background = static_cast<QSGRectangleNode *>(old);
    if (!background) {
        background = window()->createRectangleNode(); // owned by the scene graph from here on
        background->setColor(MapStyle::background());
    }
    background->setRect(boundingRect());
    return background;
}

} // namespace conflictmap
