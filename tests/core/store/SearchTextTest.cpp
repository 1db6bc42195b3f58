// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "store/SearchText.h"
#include "store/SqliteDatabase.h"

#include <QTemporaryDir>

using namespace conflictmap;

TEST_CASE("Arabic is folded for search: hamza and alef forms, ta marbuta, alef maksura, tatweel, diacritics", "[store][fts]")
{
    CHECK(SearchText::fold(QString::fromUtf8("الأراضي إيران آذربایجان ٱلحرب"))
        == QString::fromUtf8("الاراضي ايران اذربایجان الحرب"));
    CHECK(SearchText::fold(QString::fromUtf8("مسؤول رئيس على المنطقة")) == QString::fromUtf8("مسوول رييس علي المنطقه"));
    CHECK(SearchText::fold(QString::fromUtf8("مُحَمَّدٌ حـدود نيّة هٰذا")) == QString::fromUtf8("محمد حدود نيه هذا"));
    // Other scripts, Persian's own letters (ی ک) included, are left alone.
    const QString others = QString::fromUtf8("نیروهای کشور Սյունիք Сюникская Füzuli trucks");
    CHECK(SearchText::fold(others) == others);
}

TEST_CASE("SQLite folds as the query is folded", "[store][fts]")
{
    // The index is filled by SQL, the query folded in C++: they must agree
    // on every character.
    QString every;
    for (char16_t c = 0x0600; c <= 0x06FF; ++c)
        every += QChar(c);
    every += QString::fromUtf8(" الأراضي مُحَمَّدٌ Füzuli");
    QTemporaryDir dir;
    auto db = SqliteDatabase::open(dir.filePath("fold.sqlite"));
    REQUIRE(db);
    SqliteStatement select = db.value()->prepare(("SELECT " + SearchText::foldSql("?1")).constData());
    REQUIRE(select.isValid());
    select.bind(1, every);
    REQUIRE(select.next());
    CHECK(select.text(0) == SearchText::fold(every));
    CHECK(select.text(0).size() < every.size());
}

TEST_CASE("the fold function of a bulk index pass folds as the triggers' SQL does", "[store][fts]")
{
    // Bulk loads index with conflictmap_fold() (one pass), triggers with
    // the SQL fold (eighteen): the index must not depend on which wrote it.
    QString every;
    for (char16_t c = 0x0600; c <= 0x06FF; ++c)
        every += QChar(c);
    const QString texts[] = {every + QString::fromUtf8(" الأراضي مُحَمَّدٌ"), QString::fromUtf8("نیروهای کشور Սյունիք Сюник Füzuli"),
        QStringLiteral("plain ASCII"), QString::fromUtf8("ـ"), QString()};
    QTemporaryDir dir;
    auto db = SqliteDatabase::open(dir.filePath("fold.sqlite"));
    REQUIRE(db);
    SqliteStatement select = db.value()->prepare(
        ("SELECT " + SearchText::foldCallSql("?1") + ", " + SearchText::foldSql("?1") + ", " + SearchText::foldCallSql("NULL"))
            .constData());
    INFO(db.value()->lastError().toStdString());
    REQUIRE(select.isValid());
    for (const QString &text : texts) {
        select.reset();
        select.bind(1, text);
        REQUIRE(select.next());
        INFO(text.toStdString());
        CHECK(select.text(0) == select.text(1));
        CHECK(select.text(0) == SearchText::fold(text));
        CHECK(QString::fromUtf8(SearchText::foldUtf8(text.toUtf8())) == SearchText::fold(text));
        CHECK(select.isNull(2));
    }
    // Not for the schema: a trigger using it would fail in other programs.
    CHECK_FALSE(db.value()->exec(
        "CREATE TABLE t (x TEXT); CREATE TRIGGER t_folded AFTER INSERT ON t BEGIN UPDATE t SET x = conflictmap_fold(new.x); END;"
        " INSERT INTO t VALUES ('أ')"));
}

TEST_CASE("a query word takes the Arabic article off and matches it with any proclitic", "[store][fts]")
{
    const QString query = SearchText::matchQuery(QString::fromUtf8("الحدود"));
    CHECK(query.startsWith(QString::fromUtf8("(\"حدود\"* OR \"الحدود\"* OR \"وحدود\"*")));
    CHECK(query.contains(QString::fromUtf8(" OR \"بالحدود\"*")));
    // Three letters must remain: الله is not ال + له.
    CHECK(SearchText::matchQuery(QString::fromUtf8("الله")).startsWith(QString::fromUtf8("(\"الله\"* OR")));
    // One letter is not taken off: it is as often the word's own.
    CHECK(SearchText::matchQuery(QString::fromUtf8("وزير")).startsWith(QString::fromUtf8("(\"وزير\"* OR \"الوزير\"*")));
    // Other words as before: each a phrase, matched at its beginning.
    CHECK(SearchText::matchQuery("trucks \"Fuzuli\"") == "\"trucks\"* AND \"\"\"Fuzuli\"\"\"*");
    CHECK(SearchText::matchQuery(QString::fromUtf8("  ـ  ")).isEmpty());
}
