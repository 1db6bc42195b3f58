// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "geo/Geometry.h"

#include <QGeoCoordinate>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

// An area or a line being drawn on the map: its vertices in longitude and
// latitude, in parts (a copied version may have several), checked as it
// changes with the same rules the store applies, so an invalid drawing
// shows where it is invalid and cannot be finished. New vertices go at the
// end of the last part; a line runs in the order it was drawn (a
// movement's direction).
class ShapeSketch : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Kind kind READ kind NOTIFY changed)
    // Being drawn: clicks add vertices (SketchOverlay).
    Q_PROPERTY(bool active READ isActive NOTIFY changed)
    Q_PROPERTY(bool finished READ isFinished NOTIFY changed)
    Q_PROPERTY(int vertexCount READ vertexCount NOTIFY changed)
    // Why it cannot be finished as it is ("a ring crosses itself ... at
    // 45.50000 E, 39.50000 N"), or empty; and the place, when there is one.
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QGeoCoordinate problemLocation READ problemLocation NOTIFY changed)
    Q_PROPERTY(double areaKm2 READ areaKm2 NOTIFY changed)
    Q_PROPERTY(double lengthKm READ lengthKm NOTIFY changed)

public:
    enum Kind { Area, Line };
    Q_ENUM(Kind)

    explicit ShapeSketch(QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    bool isActive() const { return m_active; }
    bool isFinished() const { return m_finished; }
    int vertexCount() const;
    QString problem() const { return m_problem; }
    QGeoCoordinate problemLocation() const { return m_problemLocation; }
    double areaKm2() const { return m_areaKm2; }
    double lengthKm() const { return m_lengthKm; }
    const std::vector<std::vector<QPointF>> &parts() const { return m_parts; }

    // Starts a new drawing of 'kind', empty.
    Q_INVOKABLE void begin(conflictmap::ShapeSketch::Kind kind);
    Q_INVOKABLE void addVertex(const QGeoCoordinate &coordinate);
    Q_INVOKABLE void moveVertex(int part, int index, const QGeoCoordinate &coordinate);
    Q_INVOKABLE void removeLastVertex();
    // Ends drawing when the shape is valid; false (and still drawing, the
    // problem shown) when it is not.
    Q_INVOKABLE bool finish();
    // Drops the drawing.
    Q_INVOKABLE void cancel();

    // The drawing as a geometry: Polygon or MultiPolygon for an area,
    // LineString or MultiLineString for a line.
    Geometry geometry() const;
    // Starts drawing from an existing geometry (a party's previous version),
    // so that an update is an edit, not a redraw. Holes stay as they are.
    void edit(const Geometry &geometry);

signals:
    void changed();

private:
    void check();

    Kind m_kind = Area;
    bool m_active = false;
    bool m_finished = false;
    std::vector<std::vector<QPointF>> m_parts;
    // The holes of a copied version's parts (an enclave is not held): kept
    // with their part as they were, not edited.
    std::vector<std::vector<Ring>> m_holes;
    QString m_problem;
    QGeoCoordinate m_problemLocation;
    double m_areaKm2 = 0;
    double m_lengthKm = 0;
};

} // namespace conflictmap
