// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geo/RingSimplifier.h"

#include <cmath>
#include <utility>
#include <vector>

namespace conflictmap {

Ring simplifyRing(const Ring &ring, double tolerance)
{
    size_t n = ring.size();
    if (n > 1 && ring.front() == ring.back())
        --n; // a repeated closing vertex
    if (n < 3)
        return {};
    // Split the ring at its first vertex and the vertex farthest from it,
    // then simplify both open chains.
    size_t far = 0;
    double farthest = -1;
    for (size_t i = 1; i < n; ++i) {
        const QPointF d = ring[i] - ring[0];
        if (const double length = std::hypot(d.x(), d.y()); length > farthest) {
            farthest = length;
            far = i;
        }
    }
    std::vector<bool> keep(n + 1, false);
    keep[0] = keep[far] = keep[n] = true; // index n stands for vertex 0 closing the ring
    const auto at = [&](size_t i) -> const QPointF & { return ring[i % n]; };
    std::vector<std::pair<size_t, size_t>> chains{{0, far}, {far, n}};
    while (!chains.empty()) {
        const auto [first, last] = chains.back();
        chains.pop_back();
        double worst = tolerance;
        size_t split = 0;
        for (size_t i = first + 1; i < last; ++i)
            if (const double d = distanceToSegment(at(i), at(first), at(last)); d > worst) {
                worst = d;
                split = i;
            }
        if (split) {
            keep[split] = true;
            chains.emplace_back(first, split);
            chains.emplace_back(split, last);
        }
    }
    Ring out;
    for (size_t i = 0; i < n; ++i)
        if (keep[i])
            out.push_back(ring[i]);
    if (out.size() < 3)
        return {};
    return out;
}

} // namespace conflictmap
