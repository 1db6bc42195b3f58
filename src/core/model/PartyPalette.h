// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace conflictmap::PartyPalette {

// The colours parties are given, in order: well apart in hue and
// lightness, and told apart with the commonest colour-vision deficiencies
// (after Okabe and Ito, and Tol's "bright" scheme), none close to the
// map's red of gains and blue of losses.
const QStringList &colors();
// The first colour no party has yet ('taken' holds "#rrggbb"); past the
// palette, colours repeat in order.
QString next(const QStringList &taken);
// Whether 'color' is "#rrggbb" (any case); the lower-case form in *normal.
bool parse(const QString &color, QString *normal);

} // namespace conflictmap::PartyPalette
