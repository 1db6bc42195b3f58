// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MapViewport.h"
#include "PreparedLayer.h"
#include "RegionLabelModel.h"

#include <QFutureWatcher>
#include <QGeoCoordinate>
#include <QGeoShape>
#include <QQuickItem>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace conflictmap {

class CrsTransform;

// The map: an administrative-boundary layer read with GDAL, projected with
// PROJ to a display CRS and drawn with the Qt Quick scene graph (OpenGL) or
// QPainter (software renderer). Its QML API follows Qt Location's Map:
// center, zoomLevel, toCoordinate(), fromCoordinate(), fitViewportToGeoShape().
//
// zoomLevel follows the web-map convention: at zoom z the equator spans
// 256·2^z pixels (for Web Mercator); other CRSs use the same ground
// resolution at the equator, so changing CRS keeps the scale.
class MapView : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    // A second, coarser layer drawn beneath the boundary layer wherever it
    // has no unit (the world's countries), so that a map of data elsewhere
    // is never a void. Drawn only: no hover, labels or region lookup.
    Q_PROPERTY(QString groundSource READ groundSource WRITE setGroundSource NOTIFY groundSourceChanged)
    Q_PROPERTY(QString crs READ crs WRITE setCrs NOTIFY crsChanged)
    Q_PROPERTY(QGeoCoordinate center READ center WRITE setCenter NOTIFY viewportChanged)
    Q_PROPERTY(double zoomLevel READ zoomLevel WRITE setZoomLevel NOTIFY viewportChanged)
    Q_PROPERTY(double minimumZoomLevel READ minimumZoomLevel CONSTANT)
    Q_PROPERTY(double maximumZoomLevel READ maximumZoomLevel CONSTANT)
    Q_PROPERTY(QGeoShape visibleRegion READ visibleRegion WRITE fitViewportToGeoShape NOTIFY viewportChanged)
    Q_PROPERTY(double metersPerPixel READ metersPerPixel NOTIFY viewportChanged)
    Q_PROPERTY(QString labelLanguage READ labelLanguage WRITE setLabelLanguage NOTIFY labelLanguageChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(int regionCount READ regionCount NOTIFY statusChanged)
    Q_PROPERTY(QString sourceCrsName READ sourceCrsName NOTIFY statusChanged)
    Q_PROPERTY(QString crsName READ crsName NOTIFY crsChanged)
    Q_PROPERTY(QGeoCoordinate cursorCoordinate READ cursorCoordinate NOTIFY cursorCoordinateChanged)
    Q_PROPERTY(QVariantMap hoveredRegion READ hoveredRegion NOTIFY hoveredRegionChanged)
    Q_PROPERTY(QVariantMap selectedRegion READ selectedRegion NOTIFY selectedRegionChanged)
    Q_PROPERTY(conflictmap::RegionLabelModel *labels READ labels CONSTANT)
    // Units drawn hatched: where records are known only to the region or
    // country (ISO 3166-2 codes, or country codes for all their units).
    Q_PROPERTY(QStringList tintedRegions READ tintedRegions WRITE setTintedRegions NOTIFY tintedRegionsChanged)
    // A choropleth: region code → shade in [0, 1]; empty for none.
    Q_PROPERTY(QVariantMap regionShades READ regionShades WRITE setRegionShades NOTIFY regionShadesChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit MapView(QQuickItem *parent = nullptr);
    ~MapView() override;

    QString source() const { return m_source; }
    void setSource(const QString &source);
    QString groundSource() const { return m_groundSource; }
    void setGroundSource(const QString &source);
    // The ground layer as drawn now, or null (none, or still loading).
    std::shared_ptr<const PreparedLayer> groundLayer() const;
    // True while the ground layer is being read or projected.
    bool groundLoading() const { return m_groundLoader.isRunning(); }
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
    QString labelLanguage() const { return m_labelLanguage; }
    void setLabelLanguage(const QString &language);
    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    int regionCount() const;
    QString sourceCrsName() const;
    QString crsName() const;
    QGeoCoordinate cursorCoordinate() const { return m_cursorCoordinate; }
    QVariantMap hoveredRegion() const { return regionInfo(m_hovered); }
    QVariantMap selectedRegion() const { return regionInfo(m_selected); }
    RegionLabelModel *labels() { return &m_labels; }
    QStringList tintedRegions() const { return m_tintedCodes; }
    QVariantMap regionShades() const { return m_shadeValues; }
    void setRegionShades(const QVariantMap &shades);
    // Names and code of the region 'code', as regionAt() gives them; empty if none.
    QVariantMap regionInfo(const QString &code) const;
    void setTintedRegions(const QStringList &codes);

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
    // Fits the view to one region of the layer, by its code, or to all the
    // units of a country by its ISO 3166-1 code; false if none.
    Q_INVOKABLE bool fitViewportToRegion(const QString &code, int margins = 24);
    Q_INVOKABLE void zoomAround(const QPointF &anchor, double zoomDelta);
    Q_INVOKABLE void zoomIn() { zoomAround(QPointF(width() / 2, height() / 2), 1.0); }
    Q_INVOKABLE void zoomOut() { zoomAround(QPointF(width() / 2, height() / 2), -1.0); }
    Q_INVOKABLE void pan(double dx, double dy);
    // The region under an item position: code, name (in labelLanguage),
    // nameEn/nameLocal/nameAr/nameRu, country, kind, attributes; empty if none.
    Q_INVOKABLE QVariantMap regionAt(const QPointF &position) const;
    Q_INVOKABLE void selectRegion(const QString &code);
    Q_INVOKABLE void clearSelection();

signals:
    void sourceChanged();
    void groundSourceChanged();
    // The ground layer was drawn, or failed (then it says why on stderr).
    void groundLoaded();
    void crsChanged();
    void viewportChanged();
    void labelLanguageChanged();
    void statusChanged();
    void cursorCoordinateChanged();
    void hoveredRegionChanged();
    void selectedRegionChanged();
    void tintedRegionsChanged();
    void regionShadesChanged();
    // A click (not a drag) on the map, with the coordinate under it.
    void clicked(const QGeoCoordinate &coordinate);

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void componentComplete() override;
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
    struct LoadResult {
        std::shared_ptr<const PreparedLayer> prepared;
        QString error;
        int generation = 0; // which request it answers; older ones are dropped
    };

    void startLoading();
    void finishLoading();
    // The ground loads on its own (it is larger than most boundary layers),
    // so the layer is shown without waiting for it.
    void startLoadingGround();
    void finishLoadingGround();
    void setStatus(Status status, const QString &error = {});
    bool setDisplayCrs(const QString &crs);
    void viewportUpdated();
    // The prepared layer if it is in the current display CRS, else null:
    // while a new CRS is being prepared nothing is drawn in the old one.
    std::shared_ptr<const PreparedLayer> drawableLayer() const;
    void applyPendingFit();
    void setHovered(int region);
    void setSelected(int region);
    int regionIndexAt(const QPointF &position) const;
    QVariantMap regionInfo(int region) const;
    void updateCursor(const QPointF &position);
    // Shared by mouse and one-finger touch: a press, moves, a release that
    // is a click (select) unless the pointer moved past the click slop.
    void pressAt(const QPointF &position);
    void dragTo(const QPointF &position);
    void releaseAt(const QPointF &position);

    QString m_source;
    QString m_groundSource;
    std::shared_ptr<const PreparedLayer> m_ground;
    QFutureWatcher<LoadResult> m_groundLoader;
    int m_groundGeneration = 0;
    QString m_groundLoadingCrs;
    QString m_crs = QStringLiteral("EPSG:3857");
    QString m_labelLanguage = QStringLiteral("en");
    Status m_status = Null;
    QString m_errorString;

    std::unique_ptr<CrsTransform> m_toDisplay; // UI thread only
    MapViewport m_viewport;
    std::optional<std::pair<QGeoShape, int>> m_pendingFit;
    bool m_viewportSet = false;

    std::shared_ptr<const BoundaryLayer> m_layer;
    std::shared_ptr<const PreparedLayer> m_prepared;
    QFutureWatcher<LoadResult> m_loader;
    int m_loadGeneration = 0;
    QString m_crsError; // why the display CRS cannot be used, empty when it can

    QStringList m_tintedCodes;
    std::vector<int> m_tinted; // region indices of m_tintedCodes in the current layer
    QVariantMap m_shadeValues;
    std::vector<std::pair<int, double>> m_shades; // region index, shade
    void resolveTinted();
    int m_hovered = -1;
    int m_selected = -1;
    QGeoCoordinate m_cursorCoordinate;
    QPointF m_pressPosition;
    QPointF m_lastDragPosition;
    bool m_dragging = false;
    RegionLabelModel m_labels;
    // Where the pointer rests (NaN when outside). While the map moves under
    // a still pointer, Qt Quick re-sends the hover every frame; the region
    // and coordinate under it are updated once the map settles instead:
    // updating them per frame doubled the frames drawn during a zoom.
    QPointF m_hoverPosition{qQNaN(), qQNaN()};
    QTimer m_hoverSettled;
    void applyHover();
};

} // namespace conflictmap
