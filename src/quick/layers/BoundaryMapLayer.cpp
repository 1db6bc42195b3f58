// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/BoundaryMapLayer.h"

#include "FreedMemory.h"
#include "MapStyle.h"
#include "MapView.h"
#include "map/Boundaries.h"
#include "map/PolygonNode.h"

#include "geo/BoundaryLayer.h"

#include <QGeoRectangle>

namespace conflictmap {

BoundaryMapLayer::BoundaryMapLayer(QQuickItem *parent)
    : MapLayer(parent), m_labels(this), m_builder(this, [this](const Built &built) { finishBuilding(built); })
{
    setTitle(tr("Boundaries"));
    connect(this, &QQuickItem::visibleChanged, this, &BoundaryMapLayer::viewportChanged);
}

void BoundaryMapLayer::setBoundaries(Boundaries *boundaries)
{
    if (boundaries == m_boundaries)
        return;
    if (m_boundaries)
        disconnect(m_boundaries, nullptr, this, nullptr);
    m_boundaries = boundaries;
    if (boundaries)
        connect(boundaries, &Boundaries::layerChanged, this, &BoundaryMapLayer::rebuild);
    emit boundariesChanged();
    rebuild();
}

void BoundaryMapLayer::setLabelLanguage(const QString &language)
{
    if (language == m_labelLanguage)
        return;
    m_labelLanguage = language;
    emit labelLanguageChanged();
    if (mapView())
        m_labels.update(prepared(), mapView()->viewport(), m_labelLanguage);
    if (m_highlights.hovered >= 0)
        emit hoveredRegionChanged();
    if (m_highlights.selected >= 0)
        emit selectedRegionChanged();
}

QVariantMap BoundaryMapLayer::hoveredRegion() const
{
    return m_boundaries && m_prepared ? m_boundaries->regionInfo(m_highlights.hovered, m_labelLanguage) : QVariantMap();
}

QVariantMap BoundaryMapLayer::selectedRegion() const
{
    return m_boundaries && m_prepared ? m_boundaries->regionInfo(m_highlights.selected, m_labelLanguage) : QVariantMap();
}

void BoundaryMapLayer::setTintedRegions(const QStringList &codes)
{
    if (codes == m_tintedCodes)
        return;
    m_tintedCodes = codes;
    resolveHighlights();
    emit tintedRegionsChanged();
}

void BoundaryMapLayer::setRegionShades(const QVariantMap &shades)
{
    if (shades == m_shadeValues)
        return;
    m_shadeValues = shades;
    resolveHighlights();
    emit regionShadesChanged();
}

void BoundaryMapLayer::setFillOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (opacity == m_highlights.fillOpacity)
        return;
    m_highlights.fillOpacity = opacity;
    emit fillOpacityChanged();
    update();
}

std::shared_ptr<const PreparedLayer> BoundaryMapLayer::prepared() const
{
    return m_prepared && mapView() && m_prepared->crs == mapView()->crs() ? m_prepared : nullptr;
}

// --- building -------------------------------------------------------------------

void BoundaryMapLayer::displayCrsChanged()
{
    attachMap();
    rebuild();
    emit readyChanged(); // not ready until drawn in the new CRS
}

void BoundaryMapLayer::attachMap()
{
    if (m_connectedMap == mapView())
        return;
    if (m_connectedMap)
        disconnect(m_connectedMap, nullptr, this, nullptr);
    m_connectedMap = mapView();
    if (!m_connectedMap)
        return;
    // The map takes the pointer; this layer says what it is over.
    connect(m_connectedMap, &MapView::cursorCoordinateChanged, this, [this] { hoverAt(mapView()->cursorCoordinate()); });
    connect(m_connectedMap, &MapView::clicked, this, &BoundaryMapLayer::selectAt);
}

void BoundaryMapLayer::rebuild()
{
    if (!isComponentComplete() || !mapView())
        return;
    const std::shared_ptr<const BoundaryLayer> layer = m_boundaries ? m_boundaries->layer() : nullptr;
    if (!layer) {
        m_builder.cancel();
        setLoading(false);
        return;
    }
    setLoading(true);
    PolygonStyle style;
    style.outline = MapStyle::outline();
    style.outlineWidth = MapStyle::outlineWidth();
    // Projecting and triangulating run off the UI thread.
    m_builder.start([layer, crs = mapView()->crs(), base = mapView()->baseResolution(), style, withPaths = drawsWithPainter()]() {
        Built built;
        built.prepared = PreparedLayer::build(layer, crs, base, style, withPaths, &built.error);
        return built;
    });
}

void BoundaryMapLayer::finishBuilding(const Built &built)
{
    // Triangulating a large layer leaves much freed memory in the worker's arena.
    returnFreedMemory();
    setLoading(false);
    setErrorString(built.error);
    if (!built.prepared)
        return;
    const bool newLayer = !m_prepared || m_prepared->layer != built.prepared->layer;
    const bool wasReady = ready();
    m_prepared = built.prepared;
    if (newLayer) {
        m_highlights.hovered = m_highlights.selected = -1;
        emit hoveredRegionChanged();
        emit selectedRegionChanged();
        // A map no one has moved yet opens on the units.
        if (!mapView()->hasViewport()) {
            const QRectF b = m_prepared->layer->bounds();
            mapView()->fitViewportToGeoShape(
                QGeoRectangle(QGeoCoordinate(b.bottom(), b.left()), QGeoCoordinate(b.top(), b.right())));
        }
    }
    resolveHighlights();
    viewportChanged();
    if (!wasReady)
        emit readyChanged();
    if (newLayer)
        emit unitsChanged();
}

void BoundaryMapLayer::viewportChanged()
{
    // Hidden, it names nothing (and other labels need not keep clear).
    if (mapView())
        m_labels.update(isVisible() ? prepared() : nullptr, mapView()->viewport(), m_labelLanguage);
    update();
}

void BoundaryMapLayer::resolveHighlights()
{
    m_highlights.tinted.clear();
    m_highlights.shades.clear();
    if (m_prepared) {
        const BoundaryLayer &layer = *m_prepared->layer;
        for (auto it = m_shadeValues.constBegin(); it != m_shadeValues.constEnd(); ++it)
            if (const Region *region = layer.regionByCode(it.key()))
                m_highlights.shades.emplace_back(
                    int(region - layer.regions().data()), std::clamp(it.value().toDouble(), 0.0, 1.0));
        const auto &regions = layer.regions();
        for (int r = 0; r < int(regions.size()); ++r) {
            const Region &region = regions[size_t(r)];
            for (const QString &code : m_tintedCodes)
                if (region.code.compare(code, Qt::CaseInsensitive) == 0
                    || (code.size() == 2 && region.country.compare(code, Qt::CaseInsensitive) == 0)) {
                    m_highlights.tinted.push_back(r);
                    break;
                }
        }
    }
    update();
}

// --- regions --------------------------------------------------------------------

int BoundaryMapLayer::regionIndexAt(const QGeoCoordinate &coordinate) const
{
    return m_prepared && coordinate.isValid()
        ? m_prepared->layer->regionIndexAt(QPointF(coordinate.longitude(), coordinate.latitude()))
        : -1;
}

QVariantMap BoundaryMapLayer::regionAt(const QPointF &position) const
{
    if (!m_boundaries || !mapView())
        return {};
    return m_boundaries->regionInfo(regionIndexAt(mapView()->toCoordinate(position)), m_labelLanguage);
}

QVariantMap BoundaryMapLayer::regionInfo(const QString &code) const
{
    return m_boundaries ? m_boundaries->regionInfo(code, m_labelLanguage) : QVariantMap();
}

void BoundaryMapLayer::selectRegion(const QString &code)
{
    const Region *region = m_prepared ? m_prepared->layer->regionByCode(code) : nullptr;
    setSelected(region ? int(region - m_prepared->layer->regions().data()) : -1);
}

void BoundaryMapLayer::clearSelection()
{
    setSelected(-1);
}

bool BoundaryMapLayer::fitViewToRegion(const QString &code, int margins)
{
    if (!m_prepared || !mapView() || code.isEmpty())
        return false;
    QRectF b;
    if (const Region *region = m_prepared->layer->regionByCode(code))
        b = region->bounds;
    else // a country: all its units
        for (const Region &unit : m_prepared->layer->regions())
            if (unit.country == code)
                b = b.isNull() ? unit.bounds : b.united(unit.bounds);
    if (b.isNull())
        return false;
    mapView()->fitViewportToGeoShape(
        QGeoRectangle(QGeoCoordinate(b.bottom(), b.left()), QGeoCoordinate(b.top(), b.right())), margins);
    return true;
}

void BoundaryMapLayer::hoverAt(const QGeoCoordinate &coordinate)
{
    setHovered(regionIndexAt(coordinate));
}

void BoundaryMapLayer::selectAt(const QGeoCoordinate &coordinate)
{
    setSelected(regionIndexAt(coordinate));
}

void BoundaryMapLayer::setHovered(int region)
{
    if (region == m_highlights.hovered)
        return;
    m_highlights.hovered = region;
    emit hoveredRegionChanged();
    update();
}

void BoundaryMapLayer::setSelected(int region)
{
    if (region == m_highlights.selected)
        return;
    m_highlights.selected = region;
    emit selectedRegionChanged();
    update();
}

QSGNode *BoundaryMapLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    return mapView() ? updatePolygonNode(old, this, prepared(), mapView()->viewport(), m_highlights) : old;
}

} // namespace conflictmap
