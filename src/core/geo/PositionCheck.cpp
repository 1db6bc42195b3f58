// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/PositionCheck.h"

#include "geo/BoundaryLayer.h"

#include <cmath>

namespace conflictmap {

PositionCheck::Verdict PositionCheck::verdict(const BoundaryLayer &layer, double lat, double lon)
{
    if (layer.regionAt(QPointF(lon, lat)))
        return Verdict::Inside;
    // A longitude beyond 90 is no latitude: exchanged, it is no point at all.
    if (std::abs(lon) <= 90 && layer.regionAt(QPointF(lat, lon)))
        return Verdict::Swapped;
    return Verdict::Outside;
}

QString PositionCheck::warning(const BoundaryLayer &layer, double lat, double lon, const QString &latName, const QString &lonName)
{
    const Verdict found = verdict(layer, lat, lon);
    if (found == Verdict::Inside)
        return {};
    QString text = QStringLiteral("%1, %2 is outside the boundary layer")
                       .arg(QString::number(lat, 'g', 12), QString::number(lon, 'g', 12));
    if (found == Verdict::Swapped)
        text += QStringLiteral("; were %1 and %2 swapped?").arg(latName, lonName);
    return text;
}

} // namespace conflictmap
