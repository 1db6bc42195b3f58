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
    // Formatted once a second: an import asks for it several times a record.
    thread_local qint64 second = -1;
    thread_local QString text;
    if (const qint64 current = QDateTime::currentSecsSinceEpoch(); current != second) {
        second = current;
        text = QDateTime::fromSecsSinceEpoch(current, Qt::UTC).toString(Qt::ISODate);
    }
    return text;
}

} // namespace conflictmap::ClaimRow
