// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gazetteer/EditDistance.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace conflictmap {

namespace {
struct LastRow {
    int whole; // distance from all of 'a' to all of 'b'
    int bestPrefix; // smallest distance from all of 'a' to a beginning of 'b'
};

// The last row of the optimal-string-alignment table of 'a' (rows) against
// 'b' (columns), cells capped at limit + 1; stops early, all beyond the
// limit, when a whole row is.
LastRow lastRow(std::string_view a, std::string_view b, int limit)
{
    const int n = int(b.size());
    const int beyond = limit + 1;
    // Reused between calls: a search checks thousands of candidates.
    thread_local std::vector<int> twoBack, previous, current;
    twoBack.assign(n + 1, beyond);
    previous.resize(n + 1);
    current.resize(n + 1);
    for (int j = 0; j <= n; ++j)
        previous[j] = std::min(j, beyond);
    for (int i = 1; i <= int(a.size()); ++i) {
        current[0] = std::min(i, beyond);
        int rowMinimum = current[0];
        for (int j = 1; j <= n; ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            int cell = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                cell = std::min(cell, twoBack[j - 2] + 1);
            current[j] = std::min(cell, beyond);
            rowMinimum = std::min(rowMinimum, current[j]);
        }
        if (rowMinimum > limit)
            return {beyond, beyond};
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return {previous[n], *std::min_element(previous.begin(), previous.end())};
}
} // namespace

int EditDistance::between(std::string_view a, std::string_view b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    return lastRow(a, b, limit).whole;
}

int EditDistance::toPrefix(std::string_view typed, std::string_view name, int limit)
{
    // A beginning longer than what was typed plus 'limit' insertions cannot
    // be closer than a shorter one.
    return lastRow(typed, name.substr(0, typed.size() + limit), limit).bestPrefix;
}

} // namespace conflictmap
