// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Claim.h"

namespace conflictmap {

// How a claim and its source are read from the database, the same for an
// incident's claims and a control record's, and for every backend: 'Row'
// is anything with text(column) and integer(column) of its current row.
namespace ClaimRow {
// The columns readClaim reads, from "claims c" (or any table of the same
// columns, e.g. control_claims) joined with "sources s".
extern const char *const kColumns;
// The source's columns, from "sources s".
extern const char *const kSourceColumns;
// A stored date ("2022-09", "2022-09-13"); none for empty text.
std::optional<PartialDate> readDate(const QString &text);
// The current UTC time as the store writes it (ISO 8601).
QString now();

template <typename Row>
Source readSource(const Row &s, int first = 0)
{
    Source source;
    source.id = s.integer(first);
    source.title = s.text(first + 1);
    source.url = s.text(first + 2);
    source.publisher = s.text(first + 3);
    source.language = s.text(first + 4);
    source.published = readDate(s.text(first + 5));
    source.retrieved = readDate(s.text(first + 6));
    source.text = s.text(first + 7);
    source.created = s.text(first + 8);
    source.document = s.text(first + 9);
    source.fileName = s.text(first + 10);
    source.reliability = s.text(first + 11);
    return source;
}

// A claim's credibility as a column takes it (NULL: not graded).
inline std::optional<qint64> credibilityOf(const Claim &claim)
{
    return claim.credibility ? std::optional<qint64>(*claim.credibility) : std::nullopt;
}

template <typename Row>
Claim readClaim(const Row &s, int first = 0)
{
    Claim claim;
    claim.id = s.integer(first);
    claim.claimant = s.text(first + 1);
    claim.stance = parseVocabulary<Stance>(s.text(first + 2)).value_or(Stance::Reports);
    claim.quote = s.text(first + 3);
    claim.translation = s.text(first + 4);
    claim.source = readSource(s, first + 5);
    claim.sourceId = claim.source.id;
    claim.created = s.text(first + 17);
    claim.createdBy = s.text(first + 18);
    claim.credibility = s.optionalInteger(first + 19);
    return claim;
}
} // namespace ClaimRow

} // namespace conflictmap
