// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "IncidentListModel.h"
#include "MapView.h"
#include "MarkerNodes.h"
#include "MarkerSprites.h"
#include "RegionLabelModel.h"
#include "map/MapLayer.h"

#include "geo/PointClusters.h"
#include "store/IncidentPoints.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace conflictmap {

// The incidents of a list model drawn over a map, by the scene graph: one
// item, one geometry, however many incidents. Exact and near points are
// symbols (near ones with their uncertainty circle to scale); region and
// country records are R/C badges on their unit's representative point,
// never a point of their own. Symbols closer than the cluster distance
// merge into a cluster with its count, split again as the map zooms in.
//
// Clusters are built once per point set and display CRS, off the UI
// thread (PointClusters); a pan or zoom only reads those in view.
// The item takes no input: the map's clicks and cursor are matched
// against markerAt().
class IncidentLayer : public MapLayer {
    Q_OBJECT
    QML_ELEMENT
    // Labels that keep clear of the symbols (the region labels).
    Q_PROPERTY(conflictmap::RegionLabelModel *labels READ labels WRITE setLabels NOTIFY sourcesChanged)
    Q_PROPERTY(conflictmap::IncidentListModel *incidents READ incidents WRITE setIncidents NOTIFY sourcesChanged)
    Q_PROPERTY(qint64 selectedIncident READ selectedIncident WRITE setSelectedIncident NOTIFY selectedIncidentChanged)
    // status → colour, as IncidentStyle.statusColors.
    Q_PROPERTY(QVariantMap statusColors READ statusColors WRITE setStatusColors NOTIFY statusColorsChanged)
    Q_PROPERTY(double clusterDistance READ clusterDistance WRITE setClusterDistance NOTIFY sourcesChanged)
    // Symbols drawn now (clusters count once).
    Q_PROPERTY(int markerCount READ markerCount NOTIFY markersChanged)
    // True while clusters are being built for new points or a new CRS.
    Q_PROPERTY(bool building READ building NOTIFY buildingChanged)

public:
    explicit IncidentLayer(QQuickItem *parent = nullptr);
    ~IncidentLayer() override;

    RegionLabelModel *labels() const { return m_labels; }
    void setLabels(RegionLabelModel *labels);
    IncidentListModel *incidents() const { return m_incidents; }
    void setIncidents(IncidentListModel *incidents);
    qint64 selectedIncident() const { return m_selected; }
    void setSelectedIncident(qint64 id);
    QVariantMap statusColors() const { return m_statusColors; }
    void setStatusColors(const QVariantMap &colors);
    double clusterDistance() const { return m_clusterDistance; }
    void setClusterDistance(double pixels);
    int markerCount() const { return int(m_markers.size()); }
    bool building() const { return m_building; }

    // The topmost symbol at an item position: incidentId (of a cluster:
    // its first incident), incidentCount, x, y (its centre), title,
    // family, status, precision, selected; empty if none.
    Q_INVOKABLE QVariantMap markerAt(const QPointF &position) const;
    // Every symbol drawn, bottom to top, as markerAt() describes them.
    Q_INVOKABLE QVariantList markers() const;
    // Incidents at the very same position cluster at every zoom: this
    // spreads the cluster whose first incident is 'incidentId' around its
    // spot, one symbol each, until the zoom changes; false when its
    // incidents are not all at one spot. At the deepest zoom such clusters
    // are always spread.
    Q_INVOKABLE bool spread(qint64 incidentId);

    // Uncertainty radius drawn for "near" points.
    static constexpr double kNearRadiusMetres = kNearRadiusKm * 1000;
    // More "near" symbols in view than this, or circles that would cover
    // the view more than this many times over: the circles are left out.
    static constexpr long kMaximumRings = 250;
    static constexpr double kMaximumRingCover = 1.5;
    // Symbols closer than this (pixels: a cluster's disc) are merged.
    static constexpr double kMergeDistance = 26;

signals:
    void sourcesChanged();
    void selectedIncidentChanged();
    void statusColorsChanged();
    void markersChanged();
    void buildingChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void viewportChanged() override { updateMarkers(); }
    void displayCrsChanged() override { rebuild(); }

private:
    struct Marker {
        QPointF at; // centre, item pixels
        int point; // index of its (first) incident in the points
        int count;
        double ringRadius; // pixels; 0 for none
        bool spread = false; // moved off its spot, which 'spot' keeps
        QPointF spot;
    };
    // Incidents sharing one position: the lowest point index of each such
    // group → every index in it, in order.
    using Colocated = QHash<int, std::vector<int>>;
    struct Built {
        std::shared_ptr<const IncidentPoints> points;
        std::shared_ptr<const PointClusters> clusters;
        std::shared_ptr<const Colocated> colocated;
        QString crs;
        int generation;
    };

    void rebuild();
    void finishBuilding();
    void updateMarkers();
    void mergeOverlapping();
    void spreadColocated();
    void setBuilding(bool building);
    QVariantMap describe(const Marker &marker) const;
    MarkerSprites::Key spriteKey(const Marker &marker) const;
    QColor statusColor(IncidentStatus status) const;
    QRectF markerRect(const Marker &marker) const;
    std::vector<MarkerQuad> markerQuads();
    std::vector<MarkerRing> markerRings() const;

    QPointer<RegionLabelModel> m_labels;
    QPointer<IncidentListModel> m_incidents;
    qint64 m_selected = -1;
    QVariantMap m_statusColors;
    double m_clusterDistance = 40; // pixels: discs of 26 leave the map readable between them
    bool m_building = false;

    std::shared_ptr<const IncidentPoints> m_points; // what m_clusters were built from
    std::shared_ptr<const PointClusters> m_clusters;
    std::shared_ptr<const Colocated> m_colocated;
    int m_spreadGroup = -1; // a group spread by spread(), until the zoom changes
    double m_spreadZoom = 0;
    QString m_clustersCrs;
    QFutureWatcher<Built> m_builder;
    int m_generation = 0;
    std::vector<Marker> m_markers; // bottom to top
    std::vector<PointClusters::Cluster> m_queried; // reused per view
    std::unique_ptr<MarkerSprites> m_sprites;
    int m_spriteResets = 0;
};

} // namespace conflictmap
