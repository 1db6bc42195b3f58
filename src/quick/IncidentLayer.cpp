// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IncidentLayer.h"

#include "FreedMemory.h"
#include "IncidentListModel.h"
#include "MapView.h"
#include "MarkerNodes.h"
#include "Rebind.h"

#include "geo/CrsTransform.h"

#include <QHash>
#include <QLineF>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace conflictmap {

namespace {
// Badges sit just under their unit's label, which marks the same point.
constexpr double kBadgeOffset = 16;
constexpr double kSpotRadius = 5; // the ring marking a spread group's true position
// Pixels: an uncertainty circle within a symbol's own halo adds nothing.
constexpr double kSmallestRing = 9;

// Incidents at exactly the same longitude and latitude, grouped.
std::shared_ptr<const QHash<int, std::vector<int>>> colocatedGroups(const IncidentPoints &points)
{
    std::vector<int> order(points.points.size());
    std::iota(order.begin(), order.end(), 0);
    const auto &p = points.points;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return std::tie(p[size_t(a)].lon, p[size_t(a)].lat, a) < std::tie(p[size_t(b)].lon, p[size_t(b)].lat, b);
    });
    auto groups = std::make_shared<QHash<int, std::vector<int>>>();
    for (size_t i = 0; i < order.size();) {
        size_t j = i + 1;
        while (j < order.size() && p[size_t(order[j])].lon == p[size_t(order[i])].lon
            && p[size_t(order[j])].lat == p[size_t(order[i])].lat)
            ++j;
        if (j - i > 1)
            groups->insert(order[i], std::vector<int>(order.begin() + long(i), order.begin() + long(j)));
        i = j;
    }
    return groups;
}

// Where the k-th of a spread group's symbols goes, around its spot: a
// sunflower spiral, about 22 px between neighbours whatever the count.
QPointF spreadOffset(size_t k)
{
    constexpr double kGoldenAngle = 2.399963229728653;
    constexpr double kSpacing = 14;
    const double r = kSpacing * std::sqrt(double(k) + 1.5);
    return QPointF(r * std::cos(k * kGoldenAngle), r * std::sin(k * kGoldenAngle));
}

bool isArea(LocationPrecision precision)
{
    return precision == LocationPrecision::Region || precision == LocationPrecision::Country;
}
} // namespace

IncidentLayer::IncidentLayer(QQuickItem *parent) : MapLayer(parent)
{
    setTitle(tr("Incidents"));
    connect(&m_builder, &QFutureWatcher<Built>::finished, this, &IncidentLayer::finishBuilding);
}

IncidentLayer::~IncidentLayer()
{
    m_builder.waitForFinished();
}

void IncidentLayer::setLabels(RegionLabelModel *labels)
{
    if (labels == m_labels)
        return;
    m_labels = labels;
    emit sourcesChanged();
    updateMarkers();
}

void IncidentLayer::setIncidents(IncidentListModel *incidents)
{
    if (!rebind(m_incidents, incidents, this, [this](IncidentListModel *model) {
            connect(model, &IncidentListModel::pointsChanged, this, &IncidentLayer::rebuild);
        }))
        return;
    emit sourcesChanged();
    rebuild();
}

void IncidentLayer::setSelectedIncident(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    emit selectedIncidentChanged();
    updateMarkers();
}

void IncidentLayer::setStatusColors(const QVariantMap &colors)
{
    if (colors == m_statusColors)
        return;
    m_statusColors = colors;
    emit statusColorsChanged();
    update();
}

void IncidentLayer::setClusterDistance(double pixels)
{
    if (qFuzzyCompare(pixels, m_clusterDistance) || pixels <= 0)
        return;
    m_clusterDistance = pixels;
    emit sourcesChanged();
    rebuild();
}

void IncidentLayer::setBuilding(bool building)
{
    if (building == m_building)
        return;
    m_building = building;
    setLoading(building);
    emit buildingChanged();
}

void IncidentLayer::rebuild()
{
    const int generation = ++m_generation;
    std::shared_ptr<const IncidentPoints> points = m_incidents ? m_incidents->points() : nullptr;
    if (!mapView() || !points) {
        m_points.reset();
        m_clusters.reset();
        setBuilding(false);
        updateMarkers();
        return;
    }
    setBuilding(true);
    const QString crs = mapView()->crs();
    const double cellAtZoom0 = m_clusterDistance * mapView()->baseResolution();
    m_builder.setFuture(QtConcurrent::run([points, crs, cellAtZoom0, generation]() {
        std::vector<QPointF> projected;
        projected.reserve(points->points.size());
        for (const IncidentPoint &p : points->points)
            projected.emplace_back(p.lon, p.lat);
        QString error;
        if (auto transform = CrsTransform::create(QStringLiteral("EPSG:4326"), crs, &error))
            transform->forward(projected);
        else
            projected.clear(); // the map shows the CRS error; nothing to place
        return Built{
            points, std::make_shared<const PointClusters>(projected, cellAtZoom0), colocatedGroups(*points), crs, generation};
    }));
}

void IncidentLayer::finishBuilding()
{
    Built built = m_builder.result();
    if (built.generation != m_generation)
        return; // a newer build is on its way
    m_points = std::move(built.points);
    m_clusters = std::move(built.clusters);
    m_colocated = std::move(built.colocated);
    m_spreadGroup = -1;
    m_clustersCrs = built.crs;
    returnFreedMemory();
    setBuilding(false);
    updateMarkers();
}

void IncidentLayer::updateMarkers()
{
    const size_t before = m_markers.size();
    m_markers.clear();
    if (mapView() && m_clusters && m_points && m_clustersCrs == mapView()->crs() && width() > 0 && height() > 0) {
        const MapViewport &viewport = mapView()->viewport();
        const int zoom = int(std::lround(std::clamp(mapView()->zoomLevel(), 0.0, double(m_clusters->maxZoom()))));
        const double margin = m_clusterDistance * viewport.resolution();
        m_queried.clear();
        m_clusters->query(zoom, viewport.projectedExtent().adjusted(-margin, -margin, margin, margin), m_queried);
        const QTransform toItem = viewport.transform();
        const double metresPerPixel = mapView()->metersPerPixel();
        m_markers.reserve(m_queried.size());
        for (const PointClusters::Cluster &c : m_queried)
            m_markers.push_back({toItem.map(QPointF(c.x, c.y)), c.first, c.count, 0, false, {}});
        mergeOverlapping();
        if (m_spreadGroup >= 0 && mapView()->zoomLevel() != m_spreadZoom)
            m_spreadGroup = -1; // spread until the zoom changes
        spreadColocated();
        int selectedAt = -1;
        for (size_t i = 0; i < m_markers.size(); ++i) {
            Marker &marker = m_markers[i];
            const IncidentPoint &p = m_points->points[size_t(marker.point)];
            if (marker.count == 1 && !marker.spread && p.precision == LocationPrecision::Near && metresPerPixel > 0)
                marker.ringRadius = kNearRadiusMetres / metresPerPixel;
            if (marker.count == 1 && p.id == m_selected)
                selectedAt = int(i);
        }
        if (selectedAt >= 0) // drawn last: on top
            std::rotate(m_markers.begin() + selectedAt, m_markers.begin() + selectedAt + 1, m_markers.end());
    }
    if (m_labels) {
        std::vector<QRectF> symbols;
        symbols.reserve(m_markers.size());
        for (const Marker &marker : m_markers)
            symbols.push_back(markerRect(marker));
        m_labels->setObstacles(std::move(symbols));
    }
    if (m_markers.size() != before)
        emit markersChanged();
    update();
}

void IncidentLayer::mergeOverlapping()
{
    // Grid cells can leave two clusters side by side across a cell edge
    // (where the data begins, say): one would hide the other's count. Any
    // two closer than a disc become one, the larger absorbing the smaller
    // where it stands, so clusters do not drift as the map pans.
    std::sort(m_markers.begin(), m_markers.end(),
        [](const Marker &a, const Marker &b) { return a.count != b.count ? a.count > b.count : a.point < b.point; });
    // Unsigned: symbols left of or above the item have negative cells.
    const auto cellOf = [](const QPointF &at) {
        return (quint64(qint64(std::floor(at.x() / kMergeDistance))) << 32)
            ^ quint64(qint64(std::floor(at.y() / kMergeDistance)) + (1 << 20));
    };
    QHash<quint64, std::vector<size_t>> kept; // cell → indices into 'merged'
    std::vector<Marker> merged;
    merged.reserve(m_markers.size());
    for (const Marker &marker : m_markers) {
        Marker *into = nullptr;
        for (int dx = -1; dx <= 1 && !into; ++dx)
            for (int dy = -1; dy <= 1 && !into; ++dy)
                for (size_t k : kept.value(cellOf(marker.at + QPointF(dx * kMergeDistance, dy * kMergeDistance))))
                    if (QLineF(merged[k].at, marker.at).length() < kMergeDistance) {
                        into = &merged[k];
                        break;
                    }
        if (into) {
            into->count += marker.count;
            into->point = std::min(into->point, marker.point);
            continue;
        }
        kept[cellOf(marker.at)].push_back(merged.size());
        merged.push_back(marker);
    }
    m_markers = std::move(merged);
}

void IncidentLayer::spreadColocated()
{
    if (!m_colocated || m_colocated->isEmpty())
        return;
    const bool deepest = mapView()->zoomLevel() >= MapView::maximumZoomLevel() - 1e-9;
    std::vector<Marker> spreadOut;
    for (Marker &marker : m_markers) {
        if (marker.count < 2 || (!deepest && marker.point != m_spreadGroup))
            continue;
        const auto group = m_colocated->constFind(marker.point);
        if (group == m_colocated->constEnd() || group->size() != size_t(marker.count))
            continue; // more than one spot in this cluster: zooming in splits it
        marker.count = 0; // replaced by its incidents, below
        for (size_t k = 0; k < group->size(); ++k)
            spreadOut.push_back({marker.at + spreadOffset(k), (*group)[k], 1, 0, true, marker.at});
    }
    if (spreadOut.empty())
        return;
    m_markers.erase(
        std::remove_if(m_markers.begin(), m_markers.end(), [](const Marker &m) { return m.count == 0; }), m_markers.end());
    m_markers.insert(m_markers.end(), spreadOut.begin(), spreadOut.end());
}

bool IncidentLayer::spread(qint64 incidentId)
{
    if (!m_points || !m_colocated)
        return false;
    for (const Marker &marker : m_markers)
        if (marker.count > 1 && m_points->points[size_t(marker.point)].id == incidentId) {
            const auto group = m_colocated->constFind(marker.point);
            if (group == m_colocated->constEnd() || group->size() != size_t(marker.count))
                return false;
            m_spreadGroup = marker.point;
            m_spreadZoom = mapView()->zoomLevel();
            updateMarkers();
            return true;
        }
    return false;
}

QColor IncidentLayer::statusColor(IncidentStatus status) const
{
    const QColor color(m_statusColors.value(toString(status)).toString());
    return color.isValid() ? color : QColor(0x55, 0x55, 0x55);
}

MarkerSprites::Key IncidentLayer::spriteKey(const Marker &marker) const
{
    const IncidentPoint &p = m_points->points[size_t(marker.point)];
    if (marker.count > 1)
        return {MarkerSprites::Kind::Cluster, {}, {}, false, {}};
    const bool selected = p.id == m_selected;
    if (isArea(p.precision))
        return {p.precision == LocationPrecision::Country ? MarkerSprites::Kind::Country : MarkerSprites::Kind::Region, {},
            statusColor(p.status), selected, {}};
    const QString family = m_incidents ? m_incidents->familyOf(m_points->types.value(p.type)) : QString();
    return {MarkerSprites::Kind::Point, family, statusColor(p.status), selected, {}, p.precision == LocationPrecision::Near};
}

QRectF IncidentLayer::markerRect(const Marker &marker) const
{
    const IncidentPoint &p = m_points->points[size_t(marker.point)];
    const double size = marker.count > 1 ? 26 : isArea(p.precision) ? 20 : 14;
    const QPointF centre = marker.at + QPointF(0, marker.count == 1 && isArea(p.precision) ? kBadgeOffset : 0);
    return QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size);
}

QVariantMap IncidentLayer::describe(const Marker &marker) const
{
    const IncidentPoint &p = m_points->points[size_t(marker.point)];
    const QPointF centre = markerRect(marker).center();
    return {{QStringLiteral("incidentId"), p.id}, {QStringLiteral("incidentCount"), marker.count},
        {QStringLiteral("x"), centre.x()}, {QStringLiteral("y"), centre.y()},
        {QStringLiteral("title"), marker.count == 1 && m_incidents ? m_incidents->titleOf(p.id) : QString()},
        {QStringLiteral("family"), m_incidents ? m_incidents->familyOf(m_points->types.value(p.type)) : QString()},
        {QStringLiteral("status"), toString(p.status)}, {QStringLiteral("precision"), toString(p.precision)},
        {QStringLiteral("uncertaintyRadius"), marker.ringRadius},
        {QStringLiteral("selected"), marker.count == 1 && p.id == m_selected}, {QStringLiteral("spread"), marker.spread}};
}

QVariantMap IncidentLayer::markerAt(const QPointF &position) const
{
    for (auto it = m_markers.rbegin(); it != m_markers.rend(); ++it)
        if (markerRect(*it).adjusted(-2, -2, 2, 2).contains(position))
            return describe(*it);
    return {};
}

QVariantList IncidentLayer::markers() const
{
    QVariantList all;
    for (const Marker &marker : m_markers)
        all << describe(marker);
    return all;
}

std::vector<MarkerRing> IncidentLayer::markerRings() const
{
    // Uncertainty circles only while few enough are in view to read:
    // hundreds of overlapping discs hide the map, and their overdraw was
    // the slowest part of a frame on llvmpipe.
    long count = 0;
    double area = 0;
    for (const Marker &m : m_markers)
        if (m.ringRadius > kSmallestRing) {
            ++count;
            area += M_PI * m.ringRadius * m.ringRadius;
        }
    std::vector<MarkerRing> rings;
    if (count <= kMaximumRings && area <= kMaximumRingCover * width() * height())
        for (const Marker &marker : m_markers)
            if (marker.ringRadius > kSmallestRing)
                rings.push_back({marker.at, marker.ringRadius, statusColor(m_points->points[size_t(marker.point)].status)});
    // Where a spread group really is: a small dark ring at its spot.
    for (const Marker &marker : m_markers)
        if (marker.spread && (rings.empty() || rings.back().centre != marker.spot))
            rings.push_back({marker.spot, kSpotRadius, QColor(0x37, 0x47, 0x4f)});
    return rings;
}

std::vector<MarkerQuad> IncidentLayer::markerQuads()
{
    std::vector<MarkerQuad> quads;
    quads.reserve(m_markers.size() * 2);
    for (const Marker &marker : m_markers) {
        const MarkerSprites::Key key = spriteKey(marker);
        const double side = MarkerSprites::footprint(key.kind);
        const QPointF centre = markerRect(marker).center();
        quads.push_back({QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side), m_sprites->sprite(key)});
        if (marker.count < 2)
            continue;
        // The count, glyph by glyph, centred on the disc.
        const QString label = MarkerSprites::countLabel(marker.count);
        std::vector<std::pair<QRectF, double>> glyphs;
        double width = 0;
        for (const QChar c : label) {
            double advance = 0;
            glyphs.emplace_back(m_sprites->glyph(c, &advance), advance);
            width += advance;
        }
        const double height = MarkerSprites::footprint(MarkerSprites::Kind::Glyph);
        double x = centre.x() - width / 2;
        for (const auto &[source, advance] : glyphs) {
            quads.push_back({QRectF(x, centre.y() - height / 2, advance, height), source});
            x += advance;
        }
    }
    return quads;
}

QSGNode *IncidentLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    QQuickWindow *w = window();
    if (!m_sprites || !qFuzzyCompare(m_sprites->devicePixelRatio(), std::max<qreal>(w->effectiveDevicePixelRatio(), 1.0)))
        m_sprites = std::make_unique<MarkerSprites>(w->effectiveDevicePixelRatio());
    std::vector<MarkerQuad> quads = markerQuads();
    if (m_sprites->resets() != m_spriteResets) {
        // The sprite image was full and started over while these were
        // placed: place them again, all in the new one.
        m_spriteResets = m_sprites->resets();
        quads = markerQuads();
    }

    if (w->rendererInterface()->graphicsApi() == QSGRendererInterface::Software) {
        auto *node = static_cast<SoftwareMarkerNode *>(old);
        if (!node)
            node = new SoftwareMarkerNode(w); // owned by the scene graph from here on
        node->setState(m_sprites->image(), markerRings(), std::move(quads), itemTransform(nullptr, nullptr), size());
        return node;
    }
    // Uncertainty circles under every symbol.
    QSGNode *root = old;
    if (!root) {
        root = new QSGNode; // owned by the scene graph from here on, and its children with it
        root->appendChildNode(new RingGeometryNode);
        root->appendChildNode(new TexturedMarkerNode);
    }
    static_cast<RingGeometryNode *>(root->firstChild())->update(markerRings());
    static_cast<TexturedMarkerNode *>(root->lastChild())->update(w, m_sprites->image(), quads);
    return root;
}

} // namespace conflictmap
