// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/IncidentShapeLayer.h"

#include "FreedMemory.h"
#include "IncidentDatabase.h"
#include "IncidentListModel.h"
#include "MapView.h"
#include "Rebind.h"

#include "store/IncidentStore.h"

namespace conflictmap {

IncidentShapeLayer::IncidentShapeLayer(QQuickItem *parent)
    : MapLayer(parent), m_builder(this, [this](std::shared_ptr<const IncidentShapeSnapshot> built) {
          setLoading(false);
          returnFreedMemory();
          setErrorString(built->error);
          m_snapshot = std::move(built);
          emit snapshotChanged();
          update();
      })
{
    setTitle(tr("Incident lines and areas"));
    m_style.statusColors.fill(QColor(0x55, 0x55, 0x55));
}

void IncidentShapeLayer::setIncidents(IncidentListModel *incidents)
{
    // The list model reloads on every change of filter or database: its
    // new points are the incidents whose shapes to draw.
    if (!rebind(m_incidents, incidents, this, [this](IncidentListModel *model) {
            connect(model, &IncidentListModel::pointsChanged, this, &IncidentShapeLayer::request);
        }))
        return;
    emit incidentsChanged();
    request();
}

void IncidentShapeLayer::setSelectedIncident(qint64 id)
{
    if (id == m_style.selected)
        return;
    m_style.selected = id;
    emit selectedIncidentChanged();
    update();
}

void IncidentShapeLayer::setStatusColors(const QVariantMap &colors)
{
    if (colors == m_statusColors)
        return;
    m_statusColors = colors;
    for (size_t s = 0; s < m_style.statusColors.size(); ++s) {
        const QColor color(colors.value(toString(IncidentStatus(s))).toString());
        m_style.statusColors[s] = color.isValid() ? color : QColor(0x55, 0x55, 0x55);
    }
    emit statusColorsChanged();
    update();
}

int IncidentShapeLayer::shapeCount() const
{
    const auto drawn = snapshot();
    return drawn ? int(drawn->shapes.size()) : 0;
}

std::shared_ptr<const IncidentShapeSnapshot> IncidentShapeLayer::snapshot() const
{
    return m_snapshot && mapView() && m_snapshot->request.crs == mapView()->crs() ? m_snapshot : nullptr;
}

void IncidentShapeLayer::request()
{
    if (!isComponentComplete() || !mapView())
        return;
    IncidentDatabase *database = m_incidents ? m_incidents->database() : nullptr;
    IncidentStore *store = database ? database->store() : nullptr;
    std::shared_ptr<const IncidentPoints> points = m_incidents ? m_incidents->points() : nullptr;
    if (!store || !points) {
        m_builder.cancel();
        setLoading(false);
        if (m_snapshot) {
            m_snapshot.reset();
            emit snapshotChanged();
            update();
        }
        return;
    }
    if (!m_reader || m_reader->path() != store->location())
        m_reader = std::make_shared<StoreReader>(store->location());
    IncidentShapeSnapshot::Request request;
    request.filter = m_incidents->query() ? m_incidents->query()->filter(false) : IncidentFilter();
    request.points = std::move(points);
    request.crs = mapView()->crs();
    request.withPaths = drawsWithPainter();
    setLoading(true);
    m_builder.start([request, reader = m_reader]() {
        return std::make_shared<const IncidentShapeSnapshot>(IncidentShapeSnapshot::build(request, *reader));
    });
}

QVariantMap IncidentShapeLayer::shapeAt(const QPointF &position) const
{
    const auto drawn = snapshot();
    if (!drawn || !isVisible() || !mapView())
        return {};
    const QGeoCoordinate c = mapView()->toCoordinate(position);
    const IncidentShapeSnapshot::Shape *shape
        = drawn->at(position, c.isValid() ? QPointF(c.longitude(), c.latitude()) : QPointF(1e9, 1e9),
            mapView()->viewport().transform(), kPickTolerance);
    if (!shape)
        return {};
    return {{QStringLiteral("incidentId"), shape->id},
        {QStringLiteral("kind"), shape->isArea() ? QStringLiteral("area") : QStringLiteral("line")}};
}

QSGNode *IncidentShapeLayer::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (!mapView())
        return old;
    return updateIncidentShapeNode(old, this, snapshot(), mapView()->viewport(), m_style);
}

} // namespace conflictmap
