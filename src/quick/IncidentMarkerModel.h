#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include "IncidentListModel.h"
#include "MapView.h"

#include <vector>

namespace conflictmap {

// The incident symbols a map shows at its current view, in item pixels.
// Exact and near points are symbols (near with its uncertainty circle, in
// pixels at the current scale); region and country records are badges on
// their unit's representative point, never a point of their own, and their
// units are tinted on the map. Symbols closer than the cluster distance are
// merged into one cluster with a count, split again as the map zooms in.
class IncidentMarkerModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::MapView *map READ map WRITE setMap NOTIFY sourcesChanged)
    Q_PROPERTY(conflictmap::IncidentListModel *incidents READ incidents WRITE setIncidents NOTIFY sourcesChanged)
    Q_PROPERTY(double clusterDistance READ clusterDistance WRITE setClusterDistance NOTIFY sourcesChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        XRole = Qt::UserRole + 1,
        YRole,
        IdRole,
        CountRole,
        FamilyRole,
        StatusRole,
        PrecisionRole,
        RadiusRole,
        TitleRole
    };
    Q_ENUM(Role)

    explicit IncidentMarkerModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    MapView *map() const { return m_map; }
    void setMap(MapView *map);
    IncidentListModel *incidents() const { return m_incidents; }
    void setIncidents(IncidentListModel *incidents);
    double clusterDistance() const { return m_clusterDistance; }
    void setClusterDistance(double pixels);

    // Uncertainty radius drawn for "near" points.
    static constexpr double kNearRadiusMetres = 5000.0;

signals:
    void sourcesChanged();
    void countChanged();

private:
    struct Marker {
        double x, y;
        qint64 id; // of the first incident in it
        int count;
        QString family, status, precision, title;
        double radius;
    };
    void rebuild();

    QPointer<MapView> m_map;
    QPointer<IncidentListModel> m_incidents;
    double m_clusterDistance = 28;
    std::vector<Marker> m_markers;
};

} // namespace conflictmap
