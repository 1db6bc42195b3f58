// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cmath>

namespace conflictmap {

// The longest 1, 2 or 5 × 10ⁿ distance a scale bar of at most
// 'maximumWidth' pixels can show at 'perPixel' (metres, kilometres: the
// answer is in the same unit); 0 when there is none.
inline double roundScaleDistance(double perPixel, double maximumWidth)
{
    if (!(perPixel > 0) || !(maximumWidth > 0))
        return 0;
    const double longest = perPixel * maximumWidth;
    const double magnitude = std::pow(10.0, std::floor(std::log10(longest)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * magnitude <= longest)
            return step * magnitude;
    return magnitude;
}

} // namespace conflictmap
