// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace conflictmap {

class BoundaryLayer;

// Whether a point given as latitude and longitude lies in a unit of the
// boundary layer. A point outside is legitimate (an incident abroad) and
// stored as given, but it is often latitude and longitude the wrong way
// round: the app's form and the CLI warn with the same words.
class PositionCheck {
public:
    enum class Verdict {
        Inside,
        Outside,
        Swapped, // outside, but inside with latitude and longitude exchanged
    };

    static Verdict verdict(const BoundaryLayer &layer, double lat, double lon);
    // One line for the user, empty when the point is inside: "46.338,
    // 39.507 is outside the boundary layer; were --lat and --lon swapped?".
    // 'latName' and 'lonName' are what the user typed them into.
    static QString warning(const BoundaryLayer &layer, double lat, double lon,
        const QString &latName = QStringLiteral("latitude"), const QString &lonName = QStringLiteral("longitude"));
};

} // namespace conflictmap
