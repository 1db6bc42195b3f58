// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHashFunctions>
#include <QString>

namespace conflictmap {

// One tile of the Web Mercator tile pyramid (the XYZ scheme of OpenStreetMap
// and most tile services): zoom z, column x from the antimeridian eastwards,
// row y from the north edge southwards.
struct TileId {
    int z = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileId &a, const TileId &b) { return a.z == b.z && a.x == b.x && a.y == b.y; }
    friend bool operator!=(const TileId &a, const TileId &b) { return !(a == b); }
    // "z/x/y", as tile URLs and messages write it.
    QString toString() const { return QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y); }
};

inline size_t qHash(const TileId &tile, size_t seed = 0)
{
    return qHashMulti(seed, tile.z, tile.x, tile.y);
}

} // namespace conflictmap
