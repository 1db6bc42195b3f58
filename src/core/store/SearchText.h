// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace conflictmap {

// How text is made searchable: the full-text index holds a folded copy of
// each incident's text (the records keep it as typed), and a query is
// folded the same way. Arabic is written with optional diacritics and
// tatweel, several hamza and alef forms, ta marbuta for ha and alef
// maksura for ya, and the article and one-letter proclitics joined to the
// word (الحدود, والحدود, بالحدود): folding removes the first differences,
// the query covers the proclitics.
//
// The fold is written in SQL (nested replace()), so the index triggers work
// in any SQLite, the sqlite3 shell included, with no tokenizer or function
// of ours registered; the C++ fold uses the same table of characters.
namespace SearchText {
// SQL folding the text that the SQL expression 'expression' gives.
QByteArray foldSql(const QByteArray &expression);
// The same fold, in C++.
QString fold(const QString &text);
// The same fold of UTF-8 text; 'text' itself when nothing in it folds.
QByteArray foldUtf8(const QByteArray &text);
// The name under which SqliteDatabase registers foldUtf8 as an SQL function
// on each connection of ours, and the SQL calling it on 'expression': one
// pass where foldSql makes eighteen, for the statements conflictmap itself
// runs over many rows (never in a trigger or view: other programs run those).
constexpr const char *kFoldFunction = "conflictmap_fold";
QByteArray foldCallSql(const QByteArray &expression);
// An FTS5 query for what a user typed: every word must occur, as a word or
// its beginning; FTS5 syntax is taken literally; an Arabic word also
// matches it with the article or a proclitic joined to it, and a word
// typed with the article (الحدود) also matches it without (حدود). Empty
// when the text holds no word.
QString matchQuery(const QString &typed);
// The fold as the two strings of SQL's translate(text, from, to), for a
// database that does not tokenize as SQLite's FTS5 does (PostgreSQL):
// the Arabic fold, and the Latin letters with diacritics to their base
// letters, which FTS5's remove_diacritics does in SQLite.
std::pair<QString, QString> foldTranslation();
// The same query as matchQuery, as PostgreSQL tsquery text ('word':* for a
// word or its beginning, & and |), to be folded by the database with
// translate(lower(…), foldTranslation()) before it is parsed. Empty when
// the text holds no word.
QString tsQuery(const QString &typed);
} // namespace SearchText

} // namespace conflictmap
