// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/PolygonLayer.h"

#include "FreedMemory.h"
#include "MapView.h"
#include "map/LocalPath.h"
#include "map/PolygonNode.h"

#include "geo/BoundaryLayer.h"

namespace conflictmap {

PolygonLayer::PolygonLayer(QQuickItem *parent)
    : MapLayer(parent), m_builder(this, [this](const Built &built) { finishBuilding(built); })
{
}

void PolygonLayer::setSource(const QString &source)
{
    const QString path = localPath(source);
    if (path == m_source)
        return;
    m_source = path;
    m_prepared.reset();
    emit sourceChanged();
    rebuild();
}

void PolygonLayer::setFillColor(const QColor &colour)
{
    if (colour == m_style.fill)
        return;
    m_style.fill = colour;
    emit styleChanged();
    rebuild();
}

void PolygonLayer::setOutlineColor(const QColor &colour)
{
    if (colour == m_style.outline)
        return;
    m_style.outline = colour;
    emit styleChanged();
    rebuild();
}

void PolygonLayer::setOutlineWidth(double width)
{
    if (width == m_style.outlineWidth)
        return;
    m_style.outlineWidth = width;
    emit styleChanged();
    rebuild();
}

int PolygonLayer::featureCount() const
{
    return m_prepared ? int(m_prepared->layer->regions().size()) : 0;
}

std::shared_ptr<const PreparedLayer> PolygonLayer::prepared() const
{
    return m_prepared && mapView() && m_prepared->crs == mapView()->crs() ? m_prepared : nullptr;
}

void PolygonLayer::displayCrsChanged()
{
    rebuild();
}

void PolygonLayer::rebuild()
{
    if (!isComponentComplete() || !mapView())
        return;
    if (m_source.isEmpty()) {
        m_builder.cancel();
        m_prepared.reset();
        setErrorString({});
        setLoading(false);
        update();
        return;
    }
    setLoading(true);
    // A CRS or style change reuses the features already read.
    std::shared_ptr<const BoundaryLayer> read = m_prepared ? m_prepared->layer : nullptr;
    if (read && read->path() != m_source)
        read.reset();
    m_builder.start([read, path = m_source, crs = mapView()->crs(), base = mapView()->baseResolution(), style = m_style,
                        withPaths = drawsWithPainter()]() {
        Built built;
        std::shared_ptr<const BoundaryLayer> layer = read;
        if (!layer)
            layer = BoundaryLayer::open(path, &built.error);
        if (layer)
            built.prepared = PreparedLayer::build(layer, crs, base, style, withPaths, &built.error);
        return built;
    });
}

void PolygonLayer::finishBuilding(const Built &built)
{
    // Triangulating a large layer leaves much freed memory in the worker's arena.
    returnFreedMemory();
    m_prepared = built.prepared;
    setErrorString(built.error);
    setLoading(false);
    emit preparedChanged();
    update();
}

QSGNode *PolygonLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    return mapView() ? updatePolygonNode(old, this, prepared(), mapView()->viewport()) : old;
}

} // namespace conflictmap
