// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MapViewport.h"

#include <QGeoCoordinate>
#include <QGeoShape>
#include <QQuickItem>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace conflictmap {

class CrsTransform;

// The map: a viewport in a display CRS (projected with PROJ) that takes the
// input (pan, zoom, click, hover), and its layers, declared as QML children
// (MapLayer subclasses: base maps, ground, boundaries, places, incidents),
// each drawing itself. Its QML API follows Qt Location's Map: center,
// zoomLevel, toCoordinate(), fromCoordinate(), fitViewportToGeoShape().
//
// zoomLevel follows the web-map convention: at zoom z the equator spans
// 256·2^z pixels (for Web Mercator); other CRSs use the same ground
// resolution at the equator, so changing CRS keeps the scale.
class MapView : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString crs READ crs WRITE setCrs NOTIFY crsChanged)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewportChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewportChanged)
    Q_PROPERTY(double minimumZoomLevel READ minimumZoomLevel CONSTANT)
    Q_PROPERTY(double maximumZoomLevel READ maximumZoomLevel CONSTANT)
    Q_PROPERTY(QGeoShape visibleRegion READ visibleRegion WRITE fitViewportToGeoShape NOTIFY viewportChanged)
    Q_PROPERTY(double metersPerPixel READ metersPerPixel NOTIFY viewportChanged)
    // Why the display CRS cannot be used; empty when it can.
    Q_PROPERTY(QString errorString READ errorString NOTIFY crsChanged)
    Q_PROPERTY(QString crsName READ crsName NOTIFY crsChanged)
    Q_PROPERTY(QGeoCoordinate cursorCoordinate READ cursorCoordinate NOTIFY cursorCoordinateChanged)
    // The layers, bottom to top (MapLayer items).
    Q_PROPERTY(QList<QObject *> layers READ layers NOTIFY layersChanged)
    // True while any layer is preparing what the view needs.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // The credits of the visible layers, bottom to top, without repeats.
    Q_PROPERTY(QStringList attributions READ attributions NOTIFY attributionsChanged)

public:
    explicit MapView(QQuickItem *parent = nullptr);
    ~MapView() override;

    QString crs() const { return m_crs; }
    void setCrs(const QString &crs);
    QGeoCoordinate center() const;
    void setCenter(const QGeoCoordinate &center);
    double zoomLevel() const;
    void setZoomLevel(double zoom);
    static double minimumZoomLevel() { return 0.0; }
    static double maximumZoomLevel() { return 20.0; }
    QGeoShape visibleRegion() const;
    double metersPerPixel() const;
    QString errorString() const { return m_crsError; }
    QString crsName() const;
    QGeoCoordinate cursorCoordinate() const { return m_cursorCoordinate; }
    QList<QObject *> layers() const;
    bool loading() const;
    QStringList attributions() const;
    // False until the view is set (centre, zoom or a fit): a layer may then
    // open the map on its own extent.
    bool hasViewport() const { return m_viewportSet || m_pendingFit.has_value(); }

    // For items drawn over the map, in C++: the view (projected units to
    // item pixels), and projected units per pixel at zoom 0.
    const MapViewport &viewport() const { return m_viewport; }
    double baseResolution() const;

    // Item pixels to WGS 84 and back. With 'clipToViewport', points outside
    // the item give an invalid result, as in Qt Location.
    Q_INVOKABLE QGeoCoordinate toCoordinate(const QPointF &position, bool clipToViewport = true) const;
    Q_INVOKABLE QPointF fromCoordinate(const QGeoCoordinate &coordinate, bool clipToViewport = true) const;
    // Centres and zooms so the shape's bounding box fills the item, less
    // 'margins' pixels on each side. Applied once the item has a size.
    Q_INVOKABLE void fitViewportToGeoShape(const QGeoShape &shape, int margins = 0);
    Q_INVOKABLE void zoomAround(const QPointF &anchor, double zoomDelta);
    Q_INVOKABLE void zoomIn() { zoomAround(QPointF(width() / 2, height() / 2), 1.0); }
    Q_INVOKABLE void zoomOut() { zoomAround(QPointF(width() / 2, height() / 2), -1.0); }
    Q_INVOKABLE void pan(double dx, double dy);

signals:
    void crsChanged();
    void viewportChanged();
    void cursorCoordinateChanged();
    void layersChanged();
    void loadingChanged();
    void attributionsChanged();
    // A click (not a drag) on the map, with the coordinate under it.
    void clicked(const QGeoCoordinate &coordinate);

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void hoverMoveEvent(QHoverEvent *event) override;
    void hoverLeaveEvent(QHoverEvent *event) override;
    void touchEvent(QTouchEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    bool setDisplayCrs(const QString &crs);
    void viewportUpdated();
    void applyPendingFit();
    void updateCursor(const QPointF &position);
    // Shared by mouse and one-finger touch: a press, moves, a release that
    // is a click unless the pointer moved past the click slop.
    void pressAt(const QPointF &position);
    void dragTo(const QPointF &position);
    void releaseAt(const QPointF &position);
    void watchLayer(QQuickItem *item);

    QString m_crs = QStringLiteral("EPSG:3857");
    QString m_crsError; // why the display CRS cannot be used, empty when it can
    std::unique_ptr<CrsTransform> m_toDisplay; // UI thread only
    MapViewport m_viewport;
    std::optional<std::pair<QGeoShape, int>> m_pendingFit;
    bool m_viewportSet = false;
    QGeoCoordinate m_cursorCoordinate;
    QPointF m_pressPosition;
    QPointF m_lastDragPosition;
    bool m_dragging = false;
    // Where the pointer rests (NaN when outside). While the map moves under
    // a still pointer, Qt Quick re-sends the hover every frame; the
    // coordinate under it (and what layers find there) is updated once the
    // map settles instead:
    // updating them per frame doubled the frames drawn during a zoom.
    QPointF m_hoverPosition{qQNaN(), qQNaN()};
    QTimer m_hoverSettled;
    void applyHover();
};

} // namespace conflictmap
