// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <string_view>

namespace conflictmap {

// Edit distances between name keys, bounded: the work stops as soon as the
// distance must exceed 'limit', which is what makes checking thousands of
// candidate names per keystroke cheap. An edit is an insertion, a deletion,
// a substitution or a swap of two neighbours (Stepanakret → Stepanakert),
// counted on bytes (name keys of romanised scripts are ASCII).
namespace EditDistance {
// The distance between 'a' and 'b', or limit + 1 when it is greater.
int between(std::string_view a, std::string_view b, int limit);
// The smallest distance between 'typed' and a beginning of 'name' (what is
// typed so far of a name, with typos), or limit + 1 when it is greater.
int toPrefix(std::string_view typed, std::string_view name, int limit);
} // namespace EditDistance

} // namespace conflictmap
