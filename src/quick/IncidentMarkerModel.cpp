#include "IncidentMarkerModel.h"

#include "Rebind.h"

#include "IncidentListModel.h"
#include "MapView.h"

#include <QHash>

#include <cmath>

namespace conflictmap {

IncidentMarkerModel::IncidentMarkerModel(QObject *parent) : QAbstractListModel(parent) { }

int IncidentMarkerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_markers.size());
}

QVariant IncidentMarkerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Marker &m = m_markers[size_t(index.row())];
    switch (role) {
    case XRole:
        return m.x;
    case YRole:
        return m.y;
    case IdRole:
        return m.id;
    case CountRole:
        return m.count;
    case FamilyRole:
        return m.family;
    case StatusRole:
        return m.status;
    case PrecisionRole:
        return m.precision;
    case RadiusRole:
        return m.radius;
    case TitleRole:
        return m.title;
    }
    return {};
}

QHash<int, QByteArray> IncidentMarkerModel::roleNames() const
{
    return {{XRole, "markerX"}, {YRole, "markerY"}, {IdRole, "incidentId"}, {CountRole, "incidentCount"}, {FamilyRole, "family"},
        {StatusRole, "status"}, {PrecisionRole, "precision"}, {RadiusRole, "uncertaintyRadius"}, {TitleRole, "title"}};
}

void IncidentMarkerModel::setMap(MapView *map)
{
    if (!rebind(m_map, map, this, [this](MapView *m) {
            connect(m, &MapView::viewportChanged, this, &IncidentMarkerModel::rebuild);
            connect(m, &MapView::statusChanged, this, &IncidentMarkerModel::rebuild);
        }))
        return;
    emit sourcesChanged();
    rebuild();
}

void IncidentMarkerModel::setIncidents(IncidentListModel *incidents)
{
    if (!rebind(m_incidents, incidents, this, [this](IncidentListModel *model) {
            connect(model, &IncidentListModel::modelReset, this, &IncidentMarkerModel::rebuild);
        }))
        return;
    emit sourcesChanged();
    rebuild();
}

void IncidentMarkerModel::setClusterDistance(double pixels)
{
    if (qFuzzyCompare(pixels, m_clusterDistance))
        return;
    m_clusterDistance = pixels;
    emit sourcesChanged();
    rebuild();
}

void IncidentMarkerModel::rebuild()
{
    std::vector<Marker> markers;
    if (m_map && m_incidents) {
        const double metresPerPixel = m_map->metersPerPixel();
        const QRectF visible(QPointF(-m_clusterDistance, -m_clusterDistance),
            QSizeF(m_map->width() + 2 * m_clusterDistance, m_map->height() + 2 * m_clusterDistance));
        const double cell = std::max(m_clusterDistance, 1.0);
        QHash<qint64, size_t> byCell; // grid cell → marker
        const QAbstractItemModel *model = m_incidents;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const double lon = index.data(IncidentListModel::LongitudeRole).toDouble();
            const double lat = index.data(IncidentListModel::LatitudeRole).toDouble();
            const QPointF at = m_map->fromCoordinate(QGeoCoordinate(lat, lon), false);
            if (!std::isfinite(at.x()) || !visible.contains(at))
                continue;
            const QString precision = index.data(IncidentListModel::PrecisionRole).toString();
            const qint64 key = (qint64(std::floor(at.x() / cell)) << 32) ^ qint64(std::floor(at.y() / cell) + (1 << 20));
            auto found = byCell.constFind(key);
            if (found != byCell.constEnd()) {
                Marker &cluster = markers[*found];
                // The cluster sits at the mean of its members.
                cluster.x = (cluster.x * cluster.count + at.x()) / (cluster.count + 1);
                cluster.y = (cluster.y * cluster.count + at.y()) / (cluster.count + 1);
                ++cluster.count;
                continue;
            }
            const double radius
                = precision == QLatin1String("near") && metresPerPixel > 0 ? kNearRadiusMetres / metresPerPixel : 0;
            byCell.insert(key, markers.size());
            markers.push_back({at.x(), at.y(), index.data(IncidentListModel::IdRole).toLongLong(), 1,
                index.data(IncidentListModel::FamilyRole).toString(), index.data(IncidentListModel::StatusRole).toString(),
                precision, index.data(IncidentListModel::TitleRole).toString(), radius});
        }
    }
    const bool countChanging = markers.size() != m_markers.size();
    beginResetModel();
    m_markers = std::move(markers);
    endResetModel();
    if (countChanging)
        emit countChanged();
}

} // namespace conflictmap
