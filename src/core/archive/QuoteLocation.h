// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

namespace conflictmap::QuoteLocation {

// Where a quote is in a text, in the text's own UTF-16 offsets.
struct Found {
    qsizetype offset = 0;
    qsizetype length = 0;
};

// Where 'quote' occurs in 'text', compared as a reader compares: runs of
// white space are one space; case, accents and Arabic short vowels and
// tatweel aside; any quotation mark the same, and those around the quote
// ignored; "…" or "..." in the quote stand for words left out (its parts
// must come in order). A paraphrase that quotes the source's own words in
// quotation marks («…», “…”) is found when each quoted part is (the first
// one's place is returned). None when it is not there, or the quote is empty.
std::optional<Found> find(const QString &text, const QString &quote);

} // namespace conflictmap::QuoteLocation
