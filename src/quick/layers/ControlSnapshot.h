// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "geo/LayerMesh.h"
#include "map/StoreReader.h"
#include "model/ControlRecord.h"

#include <QColor>
#include <QHash>
#include <QPainterPath>

#include <list>
#include <memory>
#include <mutex>
#include <optional>

namespace conflictmap {

class CrsTransform;
class IncidentStore;

// One area of control made ready to draw in one display CRS: projected and
// triangulated (a mesh of one region), a painter path for the software
// renderer, and its WGS 84 polygons for finding what is under the pointer.
// Immutable once built; snapshots and the cache share it.
struct PreparedArea {
    LayerMesh mesh;
    QPainterPath path; // projected; only made for the software renderer
    MultiPolygon lonLat;
    QRectF lonLatBounds;
    double km2 = 0;

    bool contains(const QPointF &lonLat) const;
    // Projects and triangulates 'area' (a Polygon or MultiPolygon in WGS 84),
    // simplified to 'tolerance' (display units; 0: every vertex).
    static std::shared_ptr<const PreparedArea> build(
        const Geometry &area, double km2, const CrsTransform &toDisplay, bool withPath, double tolerance = 0);
};

// Prepared areas by key (a record's id, when it was last written and the
// CRS), the least recently used dropped first once more than a budget of
// vertices is held: scrubbing back over a date draws what was prepared
// then instead of triangulating it again. Shared by the worker threads.
class PreparedAreaCache {
public:
    // The default holds 200 versions of a 5,000-vertex area: some 70 MiB
    // with painter paths, reckoned from the parts' sizes (not measured).
    explicit PreparedAreaCache(qsizetype vertexBudget = 1'000'000) : m_budget(vertexBudget) { }

    std::shared_ptr<const PreparedArea> find(const QString &key);
    void insert(const QString &key, std::shared_ptr<const PreparedArea> area);
    qsizetype count() const;
    qsizetype vertexCount() const;

private:
    using Entry = std::pair<QString, std::shared_ptr<const PreparedArea>>;
    mutable std::mutex m_mutex;
    std::list<Entry> m_entries; // most recently used first
    QHash<QString, std::list<Entry>::iterator> m_index;
    qsizetype m_vertices = 0;
    qsizetype m_budget;
};

// The control situation the layer draws, built off the UI thread: the
// version of each series in force on a date with its party's colour (or,
// in compare mode, what one series gained and lost between two dates),
// and what the legend and the date slider list. Immutable once built.
struct ControlSnapshot {
    struct Request {
        QDate date;
        QString party; // empty: every party
        bool showAssessed = true;
        bool showClaimed = true;
        bool compare = false;
        QDate compareFrom, compareTo;
        QString compareParty, compareClaimedBy;
        QString crs;
        // Areas are simplified to this (display units): half a pixel at the
        // finest zoom of the band the map is in, so a day's 5,000-vertex
        // front is drawn with the vertices a pixel can show.
        double tolerance = 0;
        bool withPaths = false; // the software renderer draws painter paths
    };
    struct Shown {
        std::shared_ptr<const ControlRecord> record; // its area is in 'area'
        QColor color;
        std::shared_ptr<const PreparedArea> area;
    };
    struct Change {
        QString party, claimedBy;
        std::optional<ControlRecord> from, to; // without their areas
        std::shared_ptr<const PreparedArea> gained, lost, toArea; // toArea: the outline of 'to'
        QColor color; // the party's
        double gainedKm2 = 0, lostKm2 = 0, netKm2 = 0;
    };

    Request request;
    std::vector<Shown> shown; // assessed first, the claims over them
    std::optional<Change> change; // in compare mode, once it could be computed
    std::vector<Party> parties;
    std::vector<ControlSeries> series; // every series, of every party
    std::vector<QDate> versionDates; // of every series, distinct, oldest first
    QPointF origin; // projected: the nodes' vertices are relative to it
    QString error;
    int prepared = 0; // areas triangulated for this snapshot
    int reused = 0; // areas taken from the cache

    QColor colorOf(const QString &party) const;
    // What is drawn at a WGS 84 point, topmost first.
    std::vector<const Shown *> at(const QPointF &lonLat) const;

    // Reads through 'reader' and prepares what is not in 'cache'.
    static ControlSnapshot build(const Request &request, StoreReader &reader, PreparedAreaCache &cache);
};

} // namespace conflictmap
