// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/CrsTransform.h"

#include <proj.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace conflictmap {

namespace {
constexpr double kEquatorMetresPerDegree = 6378137.0 * M_PI / 180.0;

struct PjDeleter {
    void operator()(PJ *p) const { proj_destroy(p); }
};
using Pj = std::unique_ptr<PJ, PjDeleter>;

// PROJ logs its reasons ("crs not found") rather than returning them.
void collectLog(void *userdata, int level, const char *message)
{
    if (level <= PJ_LOG_ERROR && message)
        *static_cast<QString *>(userdata) = QString::fromUtf8(message);
}

bool isGeographic(PJ *crs)
{
    const PJ_TYPE type = proj_get_type(crs);
    return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS || type == PJ_TYPE_GEOGRAPHIC_CRS;
}

// Conversion factor of the first axis of a CRS's coordinate system.
double axisUnitFactor(PJ_CONTEXT *context, PJ *crs)
{
    Pj horizontal(proj_get_type(crs) == PJ_TYPE_COMPOUND_CRS ? proj_crs_get_sub_crs(context, crs, 0) : proj_clone(context, crs));
    if (!horizontal)
        return 1.0;
    Pj cs(proj_crs_get_coordinate_system(context, horizontal.get()));
    double factor = 1.0;
    if (cs && proj_cs_get_axis_count(context, cs.get()) > 0)
        proj_cs_get_axis_info(context, cs.get(), 0, nullptr, nullptr, nullptr, &factor, nullptr, nullptr, nullptr);
    return factor;
}
} // namespace

std::unique_ptr<CrsTransform> CrsTransform::create(const QString &from, const QString &to, QString *error)
{
    std::unique_ptr<CrsTransform> t(new CrsTransform);
    t->m_context.reset(proj_context_create());
    PJ_CONTEXT *ctx = t->m_context.get();
    proj_log_func(ctx, &t->m_lastProjMessage, collectLog);
    auto lastError = [&](PJ_CONTEXT *context) {
        const QString logged = t->m_lastProjMessage;
        return logged.isEmpty() ? QString::fromUtf8(proj_context_errno_string(context, proj_context_errno(context))) : logged;
    };

    Pj source(proj_create(ctx, from.toUtf8().constData()));
    if (!source) {
        *error = QStringLiteral("unknown coordinate reference system '%1': %2").arg(from.left(80), lastError(ctx));
        return nullptr;
    }
    Pj target(proj_create(ctx, to.toUtf8().constData()));
    if (!target) {
        *error = QStringLiteral("unknown coordinate reference system '%1': %2").arg(to.left(80), lastError(ctx));
        return nullptr;
    }
    if (!proj_is_crs(source.get()) || !proj_is_crs(target.get())) {
        *error = QStringLiteral("'%1' or '%2' is not a coordinate reference system").arg(from.left(80), to.left(80));
        return nullptr;
    }
    Pj raw(proj_create_crs_to_crs_from_pj(ctx, source.get(), target.get(), nullptr, nullptr));
    if (!raw) {
        *error = QStringLiteral("no transformation from %1 to %2: %3")
                     .arg(QString::fromUtf8(proj_get_name(source.get())), QString::fromUtf8(proj_get_name(target.get())),
                         lastError(ctx));
        return nullptr;
    }
    PJ *normalised = proj_normalize_for_visualization(ctx, raw.get());
    if (!normalised) {
        *error = QStringLiteral("cannot normalise the transformation to %1: %2").arg(to.left(80), lastError(ctx));
        return nullptr;
    }
    t->m_operation.reset(normalised);
    t->m_sourceName = QString::fromUtf8(proj_get_name(source.get()));
    t->m_targetName = QString::fromUtf8(proj_get_name(target.get()));
    t->m_sourceGeographic = isGeographic(source.get());
    t->m_targetGeographic = isGeographic(target.get());
    const double factor = axisUnitFactor(ctx, target.get());
    // For angular units the factor is radians per unit.
    t->m_targetUnitInMetres = t->m_targetGeographic ? factor * 180.0 / M_PI * kEquatorMetresPerDegree : factor;

    double west, south, east, north;
    if (t->m_sourceGeographic && !t->m_targetGeographic
        && proj_get_area_of_use(ctx, target.get(), &west, &south, &east, &north, nullptr) && west <= -180.0 && east >= 180.0) {
        t->m_clampSouth = south;
        t->m_clampNorth = north;
    }
    return t;
}

CrsTransform::~CrsTransform() = default;

void CrsTransform::ContextDeleter::operator()(pj_ctx *context) const
{
    proj_context_destroy(context);
}

void CrsTransform::OperationDeleter::operator()(PJconsts *operation) const
{
    proj_destroy(operation);
}

size_t CrsTransform::forward(std::vector<QPointF> &points) const
{
    if (points.empty())
        return 0;
    if (m_clampSouth > -90.0 || m_clampNorth < 90.0) {
        for (QPointF &p : points)
            p.setY(std::clamp(p.y(), m_clampSouth, m_clampNorth));
    }
    // QPointF is two packed doubles: transform x and y in one batch call.
    static_assert(sizeof(QPointF) == 2 * sizeof(double));
    double *xy = reinterpret_cast<double *>(points.data());
    proj_trans_generic(m_operation.get(), PJ_FWD, xy, sizeof(QPointF), points.size(), xy + 1, sizeof(QPointF), points.size(),
        nullptr, 0, 0, nullptr, 0, 0);
    size_t failed = 0;
    for (QPointF &p : points) {
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())) {
            p = QPointF(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
            ++failed;
        }
    }
    return failed;
}

QPointF CrsTransform::forward(const QPointF &point) const
{
    std::vector<QPointF> one{point};
    forward(one);
    return one.front();
}

QPointF CrsTransform::inverse(const QPointF &point) const
{
    PJ_COORD c = proj_coord(point.x(), point.y(), 0, 0);
    c = proj_trans(m_operation.get(), PJ_INV, c);
    if (!std::isfinite(c.xy.x) || !std::isfinite(c.xy.y))
        return QPointF(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
    return QPointF(c.xy.x, c.xy.y);
}

} // namespace conflictmap
