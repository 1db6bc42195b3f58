// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/ClaimRow.h"

#include "store/SqliteStatement.h"

#include <QDateTime>

namespace conflictmap::ClaimRow {

namespace {
std::optional<PartialDate> readDate(const QString &text)
{
    QString ignored;
    return text.isEmpty() ? std::nullopt : PartialDate::parse(text, &ignored);
}
} // namespace

const char *const kSourceColumns = "s.id, s.title, s.url, s.publisher, s.language, s.published, s.retrieved, s.text, s.created";
const char *const kColumns = "c.id, c.claimant, c.stance, c.quote, c.translation, s.id, s.title, s.url, s.publisher,"
                             " s.language, s.published, s.retrieved, s.text, s.created";

Source readSource(const SqliteStatement &s, int first)
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
    return source;
}

Claim readClaim(const SqliteStatement &s, int first)
{
    Claim claim;
    claim.id = s.integer(first);
    claim.claimant = s.text(first + 1);
    claim.stance = parseVocabulary<Stance>(s.text(first + 2)).value_or(Stance::Reports);
    claim.quote = s.text(first + 3);
    claim.translation = s.text(first + 4);
    claim.source = readSource(s, first + 5);
    claim.sourceId = claim.source.id;
    return claim;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace conflictmap::ClaimRow
