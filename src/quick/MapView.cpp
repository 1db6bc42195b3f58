// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MapView.h"

#include "MapStyle.h"
#include "MeshLayerNode.h"
#include "SoftwareLayerNode.h"
#include "geo/CrsTransform.h"

#include <QGeoRectangle>
#include <QNativeGestureEvent>
#include <QQuickWindow>
#include <QSGRectangleNode>
#include <QSGRendererInterface>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace conflictmap {

namespace {
constexpr double kEquatorLength = 40075016.685578488; // metres, WGS 84 / Web Mercator sphere
constexpr double kTileSize = 256.0;
constexpr double kClickSlop = 4.0; // pixels a press may move and still be a click
constexpr double kWheelZoomStep = 0.5; // zoom levels per wheel notch
constexpr double kKeyPanStep = 80.0; // pixels per arrow key press

// Children of the map's root node, in drawing order; the layers' nodes
// sit in slots, empty while the layer is not drawn.
enum NodeRole { Background = 0, Ground = 1, Layer = 2 };

bool isSoftware(QQuickWindow *window)
{
    return window->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
}

} // namespace

MapView::MapView(QQuickItem *parent) : QQuickItem(parent), m_labels(this)
{
    setFlag(ItemHasContents, true);
    setFlag(ItemIsFocusScope, true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptHoverEvents(true);
    setAcceptTouchEvents(true);
    setActiveFocusOnTab(true);
    setClip(true);
    connect(&m_loader, &QFutureWatcher<LoadResult>::finished, this, &MapView::finishLoading);
    connect(&m_groundLoader, &QFutureWatcher<LoadResult>::finished, this, &MapView::finishLoadingGround);
    m_hoverSettled.setSingleShot(true);
    m_hoverSettled.setInterval(120);
    connect(&m_hoverSettled, &QTimer::timeout, this, &MapView::applyHover);
    setDisplayCrs(m_crs);
    m_viewport.setResolution(baseResolution());
}

MapView::~MapView()
{
    m_loader.waitForFinished();
    m_groundLoader.waitForFinished();
}

// --- properties -----------------------------------------------------------

void MapView::setSource(const QString &source)
{
    // Accept both paths and file: URLs, as QML FileDialog gives the latter.
    const QString path = source.startsWith(QLatin1String("file:")) ? QUrl(source).toLocalFile() : source;
    if (path == m_source)
        return;
    m_source = path;
    m_layer.reset();
    m_prepared.reset();
    ++m_loadGeneration; // whatever is loading now is for the old source
    m_hovered = m_selected = -1;
    emit sourceChanged();
    emit hoveredRegionChanged();
    emit selectedRegionChanged();
    if (m_source.isEmpty())
        setStatus(m_crsError.isEmpty() ? Null : Error, m_crsError);
    else if (isComponentComplete())
        startLoading();
    viewportUpdated();
}

void MapView::setGroundSource(const QString &source)
{
    const QString path = source.startsWith(QLatin1String("file:")) ? QUrl(source).toLocalFile() : source;
    if (path == m_groundSource)
        return;
    m_groundSource = path;
    m_ground.reset();
    emit groundSourceChanged();
    if (isComponentComplete())
        startLoadingGround();
    update();
}

std::shared_ptr<const PreparedLayer> MapView::groundLayer() const
{
    return m_ground && m_ground->crs == m_crs ? m_ground : nullptr;
}

void MapView::setCrs(const QString &crs)
{
    if (crs == m_crs)
        return;
    // Keep what the user sees: the same place in the centre at the same
    // ground scale (zoom levels of different CRSs differ in scale).
    QGeoCoordinate keepCenter = center();
    if (!keepCenter.isValid() && m_layer)
        keepCenter = QGeoCoordinate(m_layer->bounds().center().y(), m_layer->bounds().center().x());
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
    if (isComponentComplete() && !m_source.isEmpty())
        startLoading();
}

bool MapView::setDisplayCrs(const QString &crs)
{
    QString error;
    auto transform = CrsTransform::create(QStringLiteral("EPSG:4326"), crs, &error);
    if (!transform) {
        m_crsError = QStringLiteral("display CRS: %1").arg(error);
        setStatus(Error, m_crsError);
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

void MapView::setLabelLanguage(const QString &language)
{
    if (language == m_labelLanguage)
        return;
    m_labelLanguage = language;
    emit labelLanguageChanged();
    m_labels.update(drawableLayer(), m_viewport, m_labelLanguage);
    if (m_hovered >= 0)
        emit hoveredRegionChanged();
    if (m_selected >= 0)
        emit selectedRegionChanged();
}

int MapView::regionCount() const
{
    return m_layer ? int(m_layer->regions().size()) : 0;
}

QString MapView::sourceCrsName() const
{
    return m_layer ? m_layer->sourceCrsName() : QString();
}

void MapView::setStatus(Status status, const QString &error)
{
    if (status == m_status && error == m_errorString)
        return;
    m_status = status;
    m_errorString = error;
    if (!error.isEmpty())
        qWarning("MapView: %s", qPrintable(error));
    emit statusChanged();
}

// --- loading ----------------------------------------------------------------

void MapView::componentComplete()
{
    QQuickItem::componentComplete();
    if (!m_source.isEmpty())
        startLoading();
}

void MapView::startLoading()
{
    if (!m_crsError.isEmpty()) {
        setStatus(Error, m_crsError); // nothing can be drawn until the CRS is fixed
        return;
    }
    const int generation = ++m_loadGeneration;
    setStatus(Loading);
    std::shared_ptr<const BoundaryLayer> layer = m_layer;
    const QString path = m_source;
    const QString crs = m_crs;
    const double base = baseResolution();
    // Reading, projecting and triangulating run off the UI thread; a CRS
    // change reuses the layer already read.
    m_loader.setFuture(QtConcurrent::run([layer, path, crs, base, generation]() mutable {
        LoadResult result;
        result.generation = generation;
        if (!layer) {
            std::unique_ptr<BoundaryLayer> opened = BoundaryLayer::open(path, &result.error);
            if (!opened)
                return result;
            layer = std::move(opened);
        }
        result.prepared = PreparedLayer::build(layer, crs, base, &result.error);
        return result;
    }));
    if (!groundLayer() && !(m_groundLoader.isRunning() && m_groundLoadingCrs == m_crs))
        startLoadingGround();
}

void MapView::startLoadingGround()
{
    const int generation = ++m_groundGeneration;
    if (m_groundSource.isEmpty() || !m_crsError.isEmpty())
        return;
    std::shared_ptr<const BoundaryLayer> layer = m_ground ? m_ground->layer : nullptr;
    m_groundLoadingCrs = m_crs;
    m_groundLoader.setFuture(
        QtConcurrent::run([layer, path = m_groundSource, crs = m_crs, base = baseResolution(), generation]() mutable {
            LoadResult result;
            result.generation = generation;
            if (!layer)
                layer = BoundaryLayer::open(path, &result.error);
            if (layer)
                result.prepared = PreparedLayer::build(layer, crs, base, &result.error);
            return result;
        }));
}

void MapView::finishLoadingGround()
{
    const LoadResult result = m_groundLoader.result();
    if (result.generation != m_groundGeneration)
        return;
    // Without its ground the map still works: said, not an error.
    if (!result.prepared)
        qWarning("MapView: ground layer: %s", qPrintable(result.error));
    m_ground = result.prepared;
    update();
    emit groundLoaded();
}

void MapView::finishLoading()
{
    const LoadResult result = m_loader.result();
    if (result.generation != m_loadGeneration)
        return; // superseded by a newer request, which will report
    if (!result.prepared) {
        setStatus(Error, result.error);
        return;
    }
    const bool newLayer = result.prepared->layer != m_layer;
    m_prepared = result.prepared;
    m_layer = result.prepared->layer;
    if (newLayer) {
        m_hovered = m_selected = -1;
        emit hoveredRegionChanged();
        emit selectedRegionChanged();
        if (!m_viewportSet && !m_pendingFit) {
            const QRectF b = m_layer->bounds();
            fitViewportToGeoShape(QGeoRectangle(QGeoCoordinate(b.bottom(), b.left()), QGeoCoordinate(b.top(), b.right())));
        }
    }
    resolveTinted();
    setStatus(Ready);
    viewportUpdated();
}

std::shared_ptr<const PreparedLayer> MapView::drawableLayer() const
{
    return m_prepared && m_prepared->crs == m_crs ? m_prepared : nullptr;
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

bool MapView::fitViewportToRegion(const QString &code, int margins)
{
    if (!m_layer || code.isEmpty())
        return false;
    QRectF b;
    if (const Region *region = m_layer->regionByCode(code))
        b = region->bounds;
    else // a country: all its units
        for (const Region &unit : m_layer->regions())
            if (unit.country == code)
                b = b.isNull() ? unit.bounds : b.united(unit.bounds);
    if (b.isNull())
        return false;
    fitViewportToGeoShape(QGeoRectangle(QGeoCoordinate(b.bottom(), b.left()), QGeoCoordinate(b.top(), b.right())), margins);
    return true;
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
    m_labels.update(drawableLayer(), m_viewport, m_labelLanguage);
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
        update(); // the software path draws in window coordinates
        return;
    }
    m_viewport.setSize(newGeometry.size());
    applyPendingFit();
    viewportUpdated();
}

// --- regions ------------------------------------------------------------------

int MapView::regionIndexAt(const QPointF &position) const
{
    if (!m_layer)
        return -1;
    const QGeoCoordinate c = toCoordinate(position);
    return c.isValid() ? m_layer->regionIndexAt(QPointF(c.longitude(), c.latitude())) : -1;
}

QVariantMap MapView::regionInfo(int index) const
{
    if (!m_layer || index < 0 || size_t(index) >= m_layer->regions().size())
        return {};
    const Region &r = m_layer->regions()[size_t(index)];
    return {{QStringLiteral("code"), r.code}, {QStringLiteral("name"), r.name(m_labelLanguage)},
        {QStringLiteral("nameEn"), r.nameEn}, {QStringLiteral("nameLocal"), r.nameLocal}, {QStringLiteral("nameAr"), r.nameAr},
        {QStringLiteral("nameRu"), r.nameRu}, {QStringLiteral("country"), r.country},
        {QStringLiteral("kind"), r.attributes.value(QStringLiteral("type_en"))}, {QStringLiteral("attributes"), r.attributes}};
}

QVariantMap MapView::regionAt(const QPointF &position) const
{
    return regionInfo(regionIndexAt(position));
}

void MapView::selectRegion(const QString &code)
{
    const Region *region = m_layer ? m_layer->regionByCode(code) : nullptr;
    setSelected(region ? int(region - m_layer->regions().data()) : -1);
}

void MapView::clearSelection()
{
    setSelected(-1);
}

void MapView::setTintedRegions(const QStringList &codes)
{
    if (codes == m_tintedCodes)
        return;
    m_tintedCodes = codes;
    resolveTinted();
    emit tintedRegionsChanged();
}

void MapView::setRegionShades(const QVariantMap &shades)
{
    if (shades == m_shadeValues)
        return;
    m_shadeValues = shades;
    resolveTinted();
    emit regionShadesChanged();
}

QVariantMap MapView::regionInfo(const QString &code) const
{
    const Region *region = m_layer ? m_layer->regionByCode(code) : nullptr;
    return region ? regionInfo(int(region - m_layer->regions().data())) : QVariantMap();
}

void MapView::resolveTinted()
{
    m_tinted.clear();
    m_shades.clear();
    if (m_layer)
        for (auto it = m_shadeValues.constBegin(); it != m_shadeValues.constEnd(); ++it)
            if (const Region *region = m_layer->regionByCode(it.key()))
                m_shades.emplace_back(int(region - m_layer->regions().data()), std::clamp(it.value().toDouble(), 0.0, 1.0));
    if (m_layer) {
        const auto &regions = m_layer->regions();
        for (int r = 0; r < int(regions.size()); ++r) {
            const Region &region = regions[size_t(r)];
            for (const QString &code : m_tintedCodes)
                if (region.code.compare(code, Qt::CaseInsensitive) == 0
                    || (code.size() == 2 && region.country.compare(code, Qt::CaseInsensitive) == 0)) {
                    m_tinted.push_back(r);
                    break;
                }
        }
    }
    update();
}

void MapView::setHovered(int region)
{
    if (region == m_hovered)
        return;
    m_hovered = region;
    emit hoveredRegionChanged();
    update();
}

void MapView::setSelected(int region)
{
    if (region == m_selected)
        return;
    m_selected = region;
    emit selectedRegionChanged();
    update();
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
        setSelected(regionIndexAt(position));
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
    setHovered(regionIndexAt(m_hoverPosition));
}

void MapView::hoverLeaveEvent(QHoverEvent *)
{
    m_hoverPosition = QPointF(qQNaN(), qQNaN());
    m_hoverSettled.stop();
    setHovered(-1);
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

namespace {
// Draws 'prepared' into 'slot' (replacing what it held), or empties the slot.
template <typename Software, typename Mesh>
void updateSlot(
    QSGNode *slot, QQuickWindow *window, const std::shared_ptr<const PreparedLayer> &prepared, Software &&software, Mesh &&mesh)
{
    if (!prepared) {
        while (QSGNode *child = slot->firstChild()) {
            slot->removeChildNode(child);
            delete child;
        }
        return;
    }
    if (isSoftware(window)) {
        auto *node = static_cast<SoftwareLayerNode *>(slot->firstChild());
        if (!node) {
            node = new SoftwareLayerNode(window); // owned by its slot from here on
            slot->appendChildNode(node);
        }
        software(node);
        return;
    }
    auto *node = static_cast<MeshLayerNode *>(slot->firstChild());
    if (!node) {
        node = new MeshLayerNode; // owned by its slot from here on
        slot->appendChildNode(node);
    }
    mesh(node);
}
} // namespace

QSGNode *MapView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    QQuickWindow *w = window();
    QSGNode *root = old;
    if (!root) {
        root = new QSGNode; // owned by the scene graph from here on, and its children with it
        QSGRectangleNode *background = w->createRectangleNode();
        background->setColor(MapStyle::background());
        root->appendChildNode(background);
        root->appendChildNode(new QSGNode); // Ground
        root->appendChildNode(new QSGNode); // Layer
    }
    static_cast<QSGRectangleNode *>(root->childAtIndex(Background))->setRect(boundingRect());

    const std::shared_ptr<const PreparedLayer> prepared = drawableLayer();
    // The ground only under a drawn layer, in the same CRS.
    const std::shared_ptr<const PreparedLayer> ground = prepared ? groundLayer() : nullptr;
    const QTransform itemToWindow = itemTransform(nullptr, nullptr);
    updateSlot(
        root->childAtIndex(Ground), w, ground,
        [&](SoftwareLayerNode *node) {
            node->setState({ground, m_viewport.transform(), itemToWindow, m_viewport.projectedExtent(), size(), -1, -1, {}, {}});
        },
        [&](MeshLayerNode *node) {
            node->update(w, ground, m_viewport.projectedExtent(), m_viewport.resolution(), -1, -1, {}, {});
            node->setMatrix(QMatrix4x4(m_viewport.transform(ground->mesh.origin)));
        });
    updateSlot(
        root->childAtIndex(Layer), w, prepared,
        [&](SoftwareLayerNode *node) {
            node->setState({prepared, m_viewport.transform(), itemToWindow, m_viewport.projectedExtent(), size(), m_hovered,
                m_selected, m_tinted, m_shades});
        },
        [&](MeshLayerNode *node) {
            node->update(
                w, prepared, m_viewport.projectedExtent(), m_viewport.resolution(), m_hovered, m_selected, m_tinted, m_shades);
            node->setMatrix(QMatrix4x4(m_viewport.transform(prepared->mesh.origin)));
        });
    return root;
}

} // namespace conflictmap
