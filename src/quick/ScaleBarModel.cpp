// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ScaleBarModel.h"

#include "geo/ScaleDistance.h"

#include "MapView.h"
#include "Rebind.h"

#include <cmath>

namespace conflictmap {

void ScaleBarModel::setMap(MapView *map)
{
    if (!rebind(m_map, map, this, [this](MapView *m) { connect(m, &MapView::viewportChanged, this, &ScaleBarModel::recompute); }))
        return;
    emit mapChanged();
    recompute();
}

void ScaleBarModel::setMaximumWidth(double width)
{
    if (qFuzzyCompare(width, m_maximumWidth))
        return;
    m_maximumWidth = width;
    emit maximumWidthChanged();
    recompute();
}

void ScaleBarModel::recompute()
{
    const double mpp = m_map ? m_map->metersPerPixel() : 0;
    m_meters = roundScaleDistance(mpp, m_maximumWidth);
    m_width = m_meters > 0 ? m_meters / mpp : 0;
    if (m_meters <= 0)
        m_text.clear();
    else if (m_meters >= 1000)
        m_text = QStringLiteral("%1 km").arg(m_meters / 1000);
    else
        m_text = QStringLiteral("%1 m").arg(m_meters);
    emit changed();
}

} // namespace conflictmap
