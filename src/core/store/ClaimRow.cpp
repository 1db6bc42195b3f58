// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/ClaimRow.h"

#include <QDateTime>

namespace conflictmap::ClaimRow {

const char *const kSourceColumns = "s.id, s.title, s.url, s.publisher, s.language, s.published, s.retrieved, s.text,"
                                   " s.created, s.document, s.file_name, s.reliability";
const char *const kColumns = "c.id, c.claimant, c.stance, c.quote, c.translation, s.id, s.title, s.url, s.publisher,"
                             " s.language, s.published, s.retrieved, s.text, s.created, s.document, s.file_name,"
                             " s.reliability, c.created, c.created_by, c.credibility";

std::optional<PartialDate> readDate(const QString &text)
{
    QString ignored;
    return text.isEmpty() ? std::nullopt : PartialDate::parse(text, &ignored);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace conflictmap::ClaimRow
