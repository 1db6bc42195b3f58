// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "tiles/TileId.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace conflictmap {

// The address of a tile service, as OpenStreetMap-style services write it:
// "https://tile.example.org/{z}/{x}/{y}.png", with {z}, {x} and {y} required
// and {s} optional (one of the subdomains, "a", "b", "c" unless given).
// Only http and https are accepted: nothing else is fetched.
class TileUrlTemplate {
public:
    // Checks the text; the error is one line naming what is wrong.
    static Result<TileUrlTemplate> parse(const QString &text, const QStringList &subdomains = {});
    // True when 'text' is meant as a tile service rather than a file: it
    // starts with a URL scheme other than file:.
    static bool looksLikeUrl(const QString &text);

    QString text() const { return m_text; }
    QUrl url(const TileId &tile) const;
    // A short, stable name for this source, usable as a folder name.
    QString cacheKey() const;

private:
    TileUrlTemplate() = default;
    QString m_text;
    QStringList m_subdomains;
};

} // namespace conflictmap
