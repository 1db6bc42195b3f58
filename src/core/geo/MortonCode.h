// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>

namespace conflictmap {

// The Morton (Z-order) code of a cell (x, y): the bits of x and y
// interleaved. Sorting by it keeps cells that are near each other near in
// the order, and a cell's parent in a grid of twice the size is code >> 2.
inline std::uint64_t mortonCode(std::uint32_t x, std::uint32_t y)
{
    const auto spread = [](std::uint32_t v) {
        std::uint64_t bits = v;
        bits = (bits | (bits << 16)) & 0x0000FFFF0000FFFFull;
        bits = (bits | (bits << 8)) & 0x00FF00FF00FF00FFull;
        bits = (bits | (bits << 4)) & 0x0F0F0F0F0F0F0F0Full;
        bits = (bits | (bits << 2)) & 0x3333333333333333ull;
        bits = (bits | (bits << 1)) & 0x5555555555555555ull;
        return bits;
    };
    return spread(x) | (spread(y) << 1);
}

} // namespace conflictmap
