// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/PlacesLayer.h"

#include "MapView.h"
#include "map/LocalPath.h"

namespace conflictmap {

PlacesLayer::PlacesLayer(QQuickItem *parent)
    : MapLayer(parent), m_labels(this), m_builder(this, [this](const Built &built) { finishBuilding(built); })
{
    // The dots and names are the view's items, declared inside the layer.
    setFlag(ItemHasContents, false);
    setTitle(tr("Towns and villages"));
    connect(this, &QQuickItem::visibleChanged, this, &PlacesLayer::relayout);
}

void PlacesLayer::setSource(const QString &source)
{
    const QString path = localPath(source);
    if (path == m_source)
        return;
    m_source = path;
    m_prepared.reset();
    emit sourceChanged();
    rebuild();
}

void PlacesLayer::setLabelLanguage(const QString &language)
{
    if (language == m_labelLanguage)
        return;
    m_labelLanguage = language;
    emit labelLanguageChanged();
    relayout();
}

void PlacesLayer::setRegionLabels(RegionLabelModel *labels)
{
    if (labels == m_regionLabels)
        return;
    if (m_regionLabels)
        disconnect(m_regionLabels, nullptr, this, nullptr);
    m_regionLabels = labels;
    // Region labels are placed first; places fill the room they leave.
    if (labels)
        connect(labels, &LabelListModel::placed, this, &PlacesLayer::relayout);
    emit regionLabelsChanged();
    relayout();
}

void PlacesLayer::viewportChanged()
{
    // With region labels, their new layout (which follows every view
    // change) triggers this one: laid out once per change, after them.
    if (!m_regionLabels)
        relayout();
}

void PlacesLayer::displayCrsChanged()
{
    rebuild();
}

void PlacesLayer::rebuild()
{
    if (!isComponentComplete() || !mapView())
        return;
    if (m_source.isEmpty()) {
        m_builder.cancel();
        setErrorString({});
        setLoading(false);
        relayout();
        return;
    }
    setLoading(true);
    std::shared_ptr<const Gazetteer> read
        = m_prepared && m_prepared->gazetteer->path() == m_source ? m_prepared->gazetteer : nullptr;
    m_builder.start([read, path = m_source, crs = mapView()->crs()]() {
        Built built;
        std::shared_ptr<const Gazetteer> gazetteer = read;
        if (!gazetteer) {
            auto opened = Gazetteer::openShared(path);
            if (!opened) {
                built.error = opened.error();
                return built;
            }
            gazetteer = opened.value();
        }
        built.prepared = ProjectedPlaces::build(gazetteer, crs, &built.error);
        return built;
    });
}

void PlacesLayer::finishBuilding(const Built &built)
{
    m_prepared = built.prepared;
    setErrorString(built.error);
    emit preparedChanged();
    relayout();
    setLoading(false);
}

void PlacesLayer::relayout()
{
    MapView *map = mapView();
    const bool drawable = map && m_prepared && m_prepared->crs == map->crs() && isVisible();
    // Clear of the region labels and of what they avoid (the incident symbols).
    std::vector<QRectF> avoid;
    if (m_regionLabels) {
        avoid = m_regionLabels->labelRects();
        avoid.insert(avoid.end(), m_regionLabels->obstacles().begin(), m_regionLabels->obstacles().end());
    }
    m_labels.layout(drawable ? m_prepared : nullptr, map ? map->viewport() : MapViewport(), map ? map->zoomLevel() : 0,
        m_labelLanguage, avoid);
}

} // namespace conflictmap
