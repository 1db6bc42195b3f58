// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <algorithm>
#include <cmath>

namespace conflictmap {

// The distance between two WGS 84 positions along the sphere of the
// Earth's mean radius (haversine): within 0.5 % of the ellipsoid's, enough
// for "how far apart are these reports".
inline double greatCircleKm(double lon1, double lat1, double lon2, double lat2)
{
    constexpr double kEarthRadiusKm = 6371.0;
    constexpr double kRadians = M_PI / 180.0;
    const double dLat = (lat2 - lat1) * kRadians;
    const double dLon = (lon2 - lon1) * kRadians;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(lat1 * kRadians) * std::cos(lat2 * kRadians) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

} // namespace conflictmap
