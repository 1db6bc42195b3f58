// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

struct pj_ctx;
struct PJconsts;

namespace conflictmap {

// A coordinate operation between two CRSs, built with PROJ and normalised
// for visualisation: geographic CRSs are longitude, latitude and projected
// ones easting, northing, whatever axis order their definition says.
//
// Each transform owns its PROJ context, so it may be built on one thread
// and used on another, but never on two at once.
class CrsTransform {
public:
    // 'from' and 'to' are anything PROJ accepts: "EPSG:3857", WKT, a PROJ
    // string. Returns null and sets *error when PROJ knows no such CRS or no
    // operation between them.
    static std::unique_ptr<CrsTransform> create(const QString &from, const QString &to, QString *error);
    ~CrsTransform();
    CrsTransform(const CrsTransform &) = delete;
    CrsTransform &operator=(const CrsTransform &) = delete;

    // Transforms in place. Points PROJ cannot transform become NaN; returns
    // how many did. When the target is a whole-world CRS bounded in latitude
    // (Web Mercator), source latitudes are clamped to its area of use first.
    size_t forward(std::vector<QPointF> &points) const;
    QPointF forward(const QPointF &point) const;
    QPointF inverse(const QPointF &point) const;

    QString sourceName() const { return m_sourceName; }
    QString targetName() const { return m_targetName; }
    // True when the target's axes are angles (degrees), false for lengths.
    bool targetIsGeographic() const { return m_targetGeographic; }
    // Length of one target unit in metres (1 for metres); for a geographic
    // target, the length of one degree of arc on the equator.
    double targetUnitInMetres() const { return m_targetUnitInMetres; }

private:
    CrsTransform() = default;

    struct ContextDeleter {
        void operator()(pj_ctx *context) const;
    };
    struct OperationDeleter {
        void operator()(PJconsts *operation) const;
    };
    // Declared first: the operation must go before its context.
    std::unique_ptr<pj_ctx, ContextDeleter> m_context;
    std::unique_ptr<PJconsts, OperationDeleter> m_operation;
    QString m_lastProjMessage; // PROJ's log goes here, not to stderr
    QString m_sourceName;
    QString m_targetName;
    bool m_targetGeographic = false;
    double m_targetUnitInMetres = 1.0;
    double m_clampSouth = -90.0; // latitude clamp for the source, degrees
    double m_clampNorth = 90.0;
    bool m_sourceGeographic = false;
};

} // namespace conflictmap
