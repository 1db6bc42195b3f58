// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/BaseMapLayer.h"

#include "MapView.h"
#include "layers/TileProvider.h"
#include "map/LocalPath.h"

#include "geo/CrsTransform.h"
#include "raster/RasterDataset.h"
#include "tiles/TileCache.h"
#include "tiles/TileMosaic.h"
#include "tiles/TileUrlTemplate.h"

#include <QQuickWindow>
#include <QSGImageNode>

#include <cmath>

namespace conflictmap {

namespace {
constexpr char kWebMercator[] = "EPSG:3857";
// Most tile services stop at 19; a deeper zoom stretches those tiles.
constexpr int kMaxTileZoom = 19;
// A view that would need more tiles (a whole-world lon/lat view) is drawn
// from a coarser level instead.
constexpr int kMaxViewTiles = 64;
// Points per side sampled when a view's extent is carried to Web Mercator.
constexpr int kExtentSamples = 9;
// How much larger than the view a picture is made, on each side (a share
// of the view's width and height): panning needs a new picture only past it.
constexpr double kMargin = 0.25;

// The largest picture side: more than some GPUs take as one texture (a
// 2560-pixel window at device pixel ratio 2, with its margin, is 7680).
constexpr int kLargestPicture = 4096;

// How much coarser than the view's pixels a picture of it (with its
// margin) is made: 1, unless it would be larger than kLargestPicture.
double pictureCoarseness(const RasterView &view)
{
    const double largest = std::max(view.size.width(), view.size.height()) * (1 + 2 * kMargin);
    return std::max(1.0, largest / kLargestPicture);
}

RasterView withMargin(const RasterView &view)
{
    const double dx = view.extent.width() * kMargin, dy = view.extent.height() * kMargin;
    const double coarseness = pictureCoarseness(view);
    const QSize pixels(int(std::lround(view.size.width() * (1 + 2 * kMargin) / coarseness)),
        int(std::lround(view.size.height() * (1 + 2 * kMargin) / coarseness)));
    // The extent follows the rounded pixel size, so the picture keeps its resolution exactly.
    const QRectF extent(view.extent.left() - dx, view.extent.top() - dy, pixels.width() * view.resolution() * coarseness,
        pixels.height() * view.extent.height() / view.size.height() * coarseness);
    return {view.crs, extent, pixels};
}

} // namespace

BaseMapLayer::BaseMapLayer(QQuickItem *parent)
    : MapLayer(parent),
      m_cacheDirectory(TileCache::defaultRoot()),
      m_tileTimeout(TileFetcher::kDefaultTimeoutMs),
      m_opener(this, [this](const Opened &opened) { finishOpening(opened); }),
      m_renderer(this, [this](const Rendered &rendered) { finishRender(rendered); })
{
    setFlag(ItemHasContents, true);
    m_renderSoon.setSingleShot(true);
    m_renderSoon.setInterval(0);
    connect(&m_renderSoon, &QTimer::timeout, this, &BaseMapLayer::startRender);
}

BaseMapLayer::~BaseMapLayer() = default;

void BaseMapLayer::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    emit sourceChanged();
    open();
}

void BaseMapLayer::setUserAttribution(const QString &text)
{
    if (text == m_userAttribution)
        return;
    m_userAttribution = text;
    emit userAttributionChanged();
    updateAttribution();
}

void BaseMapLayer::setCacheDirectory(const QString &directory)
{
    if (directory == m_cacheDirectory)
        return;
    m_cacheDirectory = directory;
    emit cacheDirectoryChanged();
    if (TileUrlTemplate::looksLikeUrl(m_source))
        open();
}

void BaseMapLayer::setTileTimeout(int milliseconds)
{
    if (milliseconds == m_tileTimeout)
        return;
    m_tileTimeout = milliseconds;
    emit tileTimeoutChanged();
    if (m_tiles)
        m_tiles->setTimeout(milliseconds);
}

void BaseMapLayer::componentComplete()
{
    MapLayer::componentComplete();
    m_completed = true;
    open();
}

void BaseMapLayer::open()
{
    if (!m_completed)
        return;
    delete m_tiles;
    m_tiles = nullptr;
    m_raster.reset();
    m_openError.clear();
    m_tileError.clear();
    m_renderError.clear();
    m_renderedView = {};
    m_renderedTiles = -1;
    m_drawn = {};
    m_drawnChanged = true;
    update();

    m_opener.cancel(); // a source still opening is no longer wanted
    m_renderer.cancel(); // nor a picture of the old one
    m_opening = false;
    const QString source = m_source.trimmed();
    if (TileUrlTemplate::looksLikeUrl(source)) {
        const Result<TileUrlTemplate> parsed = TileUrlTemplate::parse(source);
        if (!parsed) {
            m_openError = parsed.error();
        } else {
            m_opening = true;
            // The cache reads its folder's index: off the UI thread.
            const QString folder = m_cacheDirectory + QLatin1Char('/') + parsed->cacheKey();
            m_opener.start([folder, text = parsed->text()] {
                return Opened{nullptr, std::make_shared<TileCache>(folder), text, {}};
            });
        }
    } else if (!source.isEmpty()) {
        m_opening = true;
        m_opener.start([path = localPath(source)] {
            Result<std::shared_ptr<RasterDataset>> raster = RasterDataset::open(path);
            return raster ? Opened{raster.value(), nullptr, {}, {}} : Opened{nullptr, nullptr, {}, raster.error()};
        });
    }
    updateError();
    updateAttribution();
    updateLoading();
}

void BaseMapLayer::finishOpening(const Opened &opened)
{
    m_opening = false;
    if (!opened.error.isEmpty()) {
        m_openError = opened.error;
    } else if (opened.raster) {
        m_raster = opened.raster;
    } else if (opened.cache) {
        // A cache that cannot be written is said, and tiles are fetched without it.
        m_openError = opened.cache->errorString();
        m_tiles = new TileProvider(TileUrlTemplate::parse(opened.tileTemplate).value(), opened.cache, this);
        m_tiles->setTimeout(m_tileTimeout);
        connect(m_tiles, &TileProvider::tileSettled, this, &BaseMapLayer::requestRender);
        // The first failure says it: the rest of a failing server's tiles fail alike.
        connect(m_tiles, &TileProvider::tileFailed, this, [this](const QString &error) {
            if (m_tileError.isEmpty()) {
                m_tileError = error;
                updateError();
            }
        });
    }
    updateError();
    updateAttribution();
    requestRender();
}

void BaseMapLayer::viewportChanged()
{
    update(); // the last picture follows the map at once
    requestRender();
}

void BaseMapLayer::displayCrsChanged()
{
    update(); // a picture in another CRS is not shown
    requestRender();
}

void BaseMapLayer::requestRender()
{
    m_renderWanted = true;
    m_renderSoon.start();
    updateLoading();
}

RasterView BaseMapLayer::currentView() const
{
    const MapView *map = mapView();
    if (!map)
        return {};
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSizeF size = map->viewport().size() * ratio;
    return {map->crs(), map->viewport().projectedExtent(), QSize(int(std::ceil(size.width())), int(std::ceil(size.height())))};
}

TileRange BaseMapLayer::tileRangeFor(const RasterView &view, int zoom)
{
    QRectF mercator = view.extent;
    if (view.crs != QLatin1String(kWebMercator)) {
        if (!m_toWebMercator || m_toWebMercatorCrs != view.crs) {
            QString error;
            m_toWebMercator = CrsTransform::create(view.crs, QString::fromLatin1(kWebMercator), &error);
            m_toWebMercatorCrs = view.crs;
        }
        if (!m_toWebMercator)
            return {};
        std::vector<QPointF> samples;
        for (int i = 0; i < kExtentSamples; ++i)
            for (int j = 0; j < kExtentSamples; ++j)
                samples.emplace_back(view.extent.left() + view.extent.width() * i / (kExtentSamples - 1),
                    view.extent.top() + view.extent.height() * j / (kExtentSamples - 1));
        m_toWebMercator->forward(samples);
        mercator = QRectF();
        for (const QPointF &p : samples)
            if (std::isfinite(p.x()) && std::isfinite(p.y()))
                mercator = mercator.isNull() ? QRectF(p, QSizeF(1e-6, 1e-6)) : mercator.united(QRectF(p, QSizeF(1e-6, 1e-6)));
    }
    const double metresPerPixel
        = std::sqrt(mercator.width() * mercator.height() / (double(view.size.width()) * double(view.size.height())));
    if (zoom >= 0)
        return TileGrid::covering(mercator, zoom);
    zoom = TileGrid::zoomFor(metresPerPixel, kMaxTileZoom);
    TileRange range = TileGrid::covering(mercator, zoom);
    while (zoom > 0 && range.columns() * range.rows() > kMaxViewTiles)
        range = TileGrid::covering(mercator, --zoom);
    return range;
}

void BaseMapLayer::startRender()
{
    if (m_renderer.running() || !m_renderWanted)
        return;
    const RasterView view = currentView();
    if (!view.isValid() || (!m_raster && !m_tiles)) {
        updateLoading();
        return;
    }
    // Pictures are made a margin larger than the view: a pan within it needs no new one.
    const bool covered = m_renderedView.crs == view.crs && m_renderedView.extent.contains(view.extent)
        && std::abs(m_renderedView.resolution() / (view.resolution() * pictureCoarseness(view)) - 1.0) < 1e-6;
    const RasterView target = covered ? m_renderedView : withMargin(view);
    m_renderWanted = false;
    if (m_raster) {
        if (target != m_renderedView) {
            m_renderedView = target;
            m_renderer.start([raster = m_raster, target] { return toRendered(raster->render(target), target); });
        }
    } else {
        // Only the view's tiles (and their ring) are asked for; the margin
        // shows those of them that are there.
        m_viewRange = tileRangeFor(view);
        m_tiles->want(m_viewRange);
        // The margin at the view's zoom: the tiles asked for are those drawn.
        const TileRange range = tileRangeFor(target, m_viewRange.z);
        const DecodedTiles tiles = m_tiles->tiles(range);
        // A tile of the ring arrived: what is on screen is already right.
        if (target != m_renderedView || tiles.size() != m_renderedTiles) {
            m_renderedView = target;
            m_renderedTiles = tiles.size();
            m_renderer.start([range, tiles, target] { return toRendered(renderTiles(range, tiles, target), target); });
        }
    }
    updateLoading();
}

void BaseMapLayer::finishRender(const Rendered &rendered)
{
    m_renderError = rendered.error;
    if (!rendered.error.isEmpty())
        m_renderedView = {}; // tried again at the next change of view
    if (rendered.error.isEmpty()) {
        m_drawn = rendered;
        m_drawnChanged = true;
        update();
    }
    updateError();
    startRender();
    updateLoading();
}

void BaseMapLayer::updateLoading()
{
    const bool viewPending = m_renderWanted && currentView().isValid() && (m_raster || m_tiles);
    const bool tilesPending = m_tiles && !m_tiles->isSettled(m_viewRange);
    setLoading(m_opening || m_renderer.running() || viewPending || tilesPending);
}

void BaseMapLayer::updateError()
{
    for (const QString &error : {m_openError, m_renderError, m_tileError})
        if (!error.isEmpty()) {
            setErrorString(error);
            return;
        }
    setErrorString({});
}

void BaseMapLayer::updateAttribution()
{
    setAttribution(!m_userAttribution.isEmpty() ? m_userAttribution : m_raster ? m_raster->attribution() : QString());
}

QSGNode *BaseMapLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    const MapView *map = mapView();
    if (!map || m_drawn.image.isNull() || m_drawn.view.crs != map->crs()) {
        delete old;
        return nullptr;
    }
    auto *node = static_cast<QSGImageNode *>(old);
    // A new picture gets a new node: the node owns its texture and frees it.
    if (!node || m_drawnChanged) {
        delete node;
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        node->setTexture(window()->createTextureFromImage(m_drawn.image, QQuickWindow::TextureHasAlphaChannel));
        node->setFiltering(QSGTexture::Linear);
        m_drawnChanged = false;
    }
    // The picture moves and scales with the map until the next one is ready.
    node->setRect(map->viewport().transform().mapRect(m_drawn.view.extent));
    return node;
}

BaseMapLayer::Rendered BaseMapLayer::toRendered(const Result<RgbaImage> &rendered, const RasterView &view)
{
    if (!rendered)
        return {{}, view, rendered.error()};
    const RgbaImage &rgba = rendered.value();
    const QImage wrapped(reinterpret_cast<const uchar *>(rgba.pixels.constData()), rgba.width, rgba.height, rgba.width * 4,
        QImage::Format_RGBA8888);
    // Premultiplied once here, off the UI thread, rather than by the renderer per upload.
    return {wrapped.convertToFormat(QImage::Format_RGBA8888_Premultiplied), view, {}};
}

} // namespace conflictmap
