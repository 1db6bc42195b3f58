// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "map/MapLayer.h"
#include "map/SnapshotBuilder.h"
#include "raster/RasterView.h"
#include "raster/RgbaImage.h"
#include "tiles/TileGrid.h"

#include <QImage>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace conflictmap {

class CrsTransform;
class RasterDataset;
class TileCache;
class TileProvider;

// A base map beneath the other layers: a raster GDAL opens (GeoTIFF,
// MBTiles, GeoPackage tiles, a WMS/WMTS/TMS description; an elevation model
// drawn as hillshade) or a tile service given by a URL template, drawn in
// the map's display CRS. Each view is rendered off the UI thread; until it
// is, the last image is shown moved and scaled with the map, so the map
// never waits. 'loading' is true until the view's tiles are drawn or have
// failed; 'errorString' says what went wrong (the map stays usable).
class BaseMapLayer : public MapLayer {
    Q_OBJECT
    QML_ELEMENT
    // A file path (or file: URL), or an http(s) tile URL template with {z}, {x}, {y}.
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    // The credit the user gives a tile service (its terms ask for one); a
    // raster's own attribution metadata is used when there is no such text.
    Q_PROPERTY(QString userAttribution READ userAttribution WRITE setUserAttribution NOTIFY userAttributionChanged)
    // Where tiles are kept; $XDG_CACHE_HOME/conflictmap/tiles unless set.
    Q_PROPERTY(QString cacheDirectory READ cacheDirectory WRITE setCacheDirectory NOTIFY cacheDirectoryChanged)
    // How long a tile request may take, milliseconds.
    Q_PROPERTY(int tileTimeout READ tileTimeout WRITE setTileTimeout NOTIFY tileTimeoutChanged)

public:
    explicit BaseMapLayer(QQuickItem *parent = nullptr);
    ~BaseMapLayer() override;

    QString source() const { return m_source; }
    void setSource(const QString &source);
    QString userAttribution() const { return m_userAttribution; }
    void setUserAttribution(const QString &text);
    QString cacheDirectory() const { return m_cacheDirectory; }
    void setCacheDirectory(const QString &directory);
    int tileTimeout() const { return m_tileTimeout; }
    void setTileTimeout(int milliseconds);

signals:
    void sourceChanged();
    void userAttributionChanged();
    void cacheDirectoryChanged();
    void tileTimeoutChanged();

protected:
    void viewportChanged() override;
    void displayCrsChanged() override;
    void componentComplete() override;
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    // What opening a source gives: a raster, or a tile service's cache.
    struct Opened {
        std::shared_ptr<RasterDataset> raster;
        std::shared_ptr<TileCache> cache;
        QString tileTemplate;
        QString error;
    };
    struct Rendered {
        QImage image;
        RasterView view;
        QString error;
    };

    // Runs on the thread pool: the core's pixels as an image ready to upload.
    static Rendered toRendered(const Result<RgbaImage> &rendered, const RasterView &view);
    void open();
    void finishOpening(const Opened &opened);
    void requestRender();
    void startRender();
    void finishRender(const Rendered &rendered);
    void updateLoading();
    void updateError();
    void updateAttribution();
    RasterView currentView() const;
    // The tiles of the view (in the display CRS), at the zoom nearest its scale.
    // The tiles covering 'view' at 'zoom', or (zoom < 0) at the zoom that
    // suits its scale, as few as kMaxViewTiles allows.
    TileRange tileRangeFor(const RasterView &view, int zoom = -1);

    QString m_source;
    QString m_userAttribution;
    QString m_cacheDirectory;
    int m_tileTimeout;
    bool m_completed = false;

    SnapshotBuilder<Opened> m_opener;
    bool m_opening = false; // the source wanted now is being opened
    std::shared_ptr<RasterDataset> m_raster;
    QString m_tileTemplate; // set once the cache is ready
    TileProvider *m_tiles = nullptr; // a child
    QString m_openError;
    QString m_tileError; // the last tile that failed, until the view's tiles are all drawn

    std::unique_ptr<CrsTransform> m_toWebMercator; // for tile ranges of non-Mercator views
    QString m_toWebMercatorCrs;

    SnapshotBuilder<Rendered> m_renderer;
    QTimer m_renderSoon; // one render for all the changes of one event-loop turn
    bool m_renderWanted = false; // the view or the tiles changed since the render in flight
    RasterView m_renderedView; // what the render in flight or the last one was for: the view and a margin
    TileRange m_viewRange; // the tiles the view itself needs
    qsizetype m_renderedTiles = -1;
    QString m_renderError;
    Rendered m_drawn; // the picture on screen, in the CRS and extent it was made for
    bool m_drawnChanged = false;
};

} // namespace conflictmap
