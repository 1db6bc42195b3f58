// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "gazetteer/GazetteerEntry.h"
#include "gazetteer/NameIndex.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace conflictmap {

// A place search result: the entry (owned by the gazetteer, valid while it
// lives) and how well its best name matched what was typed.
struct PlaceMatch {
    // Best first.
    enum class Quality { Exact, Prefix, Typo, TypoPrefix };

    const GazetteerEntry *entry = nullptr;
    Quality quality = Quality::Exact;
    int typos = 0; // edits between what was typed and the name (or its beginning)
};

// A gazetteer loaded in memory: its places and admin units with all their
// names, and an index of the names for search in any script or spelling.
// Immutable once open, so one instance serves any number of threads
// (share it through the shared_ptr).
class Gazetteer {
public:
    // The regional gazetteer that comes with conflictmap (BundledData).
    static QString defaultPath();
    // Reads a gazetteer file and indexes its names: some 10 ms for the
    // regional one, a few seconds for the world's.
    static Result<std::shared_ptr<const Gazetteer>> open(const QString &path);

    // Longer queries are refused: no name is that long, and a typo search
    // over a pasted page would only waste time.
    static constexpr int kMaxQueryLength = 200;

    const QString &path() const { return m_path; }
    // Admin units first, then places; no order among them to rely on.
    const std::vector<GazetteerEntry> &entries() const { return m_entries; }
    // The admin unit of that ISO 3166-2 code, or null.
    const GazetteerEntry *adminUnit(const QString &code) const;

    // The entries named like 'text' in any script or spelling, at most
    // 'limit', best first: exact names, then names beginning with the text
    // (search as one types), then names one or two typos away (one from five
    // letters on, two from nine; a beginning with a typo from six and ten),
    // each group by population: a place matched by its own name (main or
    // local) as if four times as big, an admin unit as if half as big (so
    // Goris the town comes before Gori, which Lithuanian calls Goris;
    // Yerevan the city before Yerevan the unit; the Syunik province before
    // a village called Syunik). Case, diacritics, script and
    // transliteration are folded (NameKey); generic words of admin units
    // (province, область, marz…) are ignored, but when the text has one,
    // units come first among equal matches. Text of no letters finds
    // nothing; a text longer than kMaxQueryLength is an error.
    Result<std::vector<PlaceMatch>> search(const QString &text, int limit) const;

private:
    explicit Gazetteer(QString path, std::vector<GazetteerEntry> entries);

    QString m_path;
    std::vector<GazetteerEntry> m_entries;
    QHash<QString, const GazetteerEntry *> m_adminUnits;
    NameIndex m_index;
};

} // namespace conflictmap
