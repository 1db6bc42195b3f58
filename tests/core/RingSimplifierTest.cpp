// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "geo/RingSimplifier.h"

#include <QRandomGenerator>

#include <cmath>

using namespace conflictmap;

namespace {
double distanceToRing(const QPointF &p, const Ring &ring)
{
    double best = INFINITY;
    for (size_t i = 0; i < ring.size(); ++i) {
        const QPointF a = ring[i], b = ring[(i + 1) % ring.size()];
        const QPointF ab = b - a;
        const double length2 = QPointF::dotProduct(ab, ab);
        const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
        const QPointF d = p - (a + t * ab);
        best = std::min(best, std::hypot(d.x(), d.y()));
    }
    return best;
}
} // namespace

TEST_CASE("a simplified ring stays within the tolerance of every original vertex, with fewer vertices", "[core][lod]")
{
    QRandomGenerator random(20261126);
    for (int round = 0; round < 50; ++round) {
        // A wobbly star-shaped ring: noise at every scale, as coastlines have.
        // Detail finer than the tolerance, which simplification removes.
        const double tolerance = 2 + random.bounded(40.0);
        Ring ring;
        const int n = 1000 + int(random.bounded(2000));
        for (int i = 0; i < n; ++i) {
            const double angle = 2 * M_PI * i / n;
            const double radius = 1000 + 300 * std::sin(7 * angle) + random.bounded(tolerance);
            ring.emplace_back(radius * std::cos(angle), radius * std::sin(angle));
        }
        if (round % 2)
            ring.push_back(ring.front()); // closed form too
        const Ring simple = simplifyRing(ring, tolerance);
        INFO("round " << round << " tolerance " << tolerance);
        REQUIRE(simple.size() >= 3);
        CHECK(simple.size() < ring.size() / 2);
        double worst = 0;
        for (const QPointF &p : ring)
            worst = std::max(worst, distanceToRing(p, simple));
        CHECK(worst <= tolerance + 1e-9);
        for (const QPointF &p : simple) // only original vertices, in order
            CHECK(std::find(ring.begin(), ring.end(), p) != ring.end());
    }
}

TEST_CASE("a ring smaller than the tolerance vanishes, and a tolerance of zero keeps every vertex", "[core][lod]")
{
    const Ring tiny{{0, 0}, {1, 0}, {1, 1}, {0, 1}};
    CHECK(simplifyRing(tiny, 5).empty());
    CHECK(simplifyRing(tiny, 0).size() == 4);
    CHECK(simplifyRing(Ring{{0, 0}, {1, 1}}, 0).empty());
    const Ring square{{0, 0}, {50, 0}, {100, 0.1}, {100, 100}, {0, 100}};
    const Ring simple = simplifyRing(square, 1);
    CHECK(simple.size() == 4); // the near-straight corner goes
}
