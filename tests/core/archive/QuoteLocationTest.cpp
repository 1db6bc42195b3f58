// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/QuoteLocation.h"
#include "CatchQtStrings.h"

#include <catch2/catch.hpp>

using namespace conflictmap;

namespace {
// The part of 'text' found for 'quote', or "(none)".
QString found(const QString &text, const QString &quote)
{
    const auto at = QuoteLocation::find(text, quote);
    return at ? text.mid(at->offset, at->length) : QStringLiteral("(none)");
}
} // namespace

TEST_CASE("a quote is found in its source's text as a reader would find it", "[archive][quote]")
{
    const QString seed = QString::fromUtf8("وأضاف أن أذربيجان أرسلت نحو 60 شاحنة عسكرية إلى\n  منطقة فضولي، "
                                           "وأن منظومات «إس-300» نُشرت في باكو.");
    // Quoted in guillemets, the line break and double space as one space.
    CHECK(found(seed, QString::fromUtf8("«60 شاحنة عسكرية إلى منطقة فضولي»"))
        == QString::fromUtf8("60 شاحنة عسكرية إلى\n  منطقة فضولي"));
    // Short vowels and tatweel in the quote or the text do not matter.
    CHECK(found(seed, QString::fromUtf8("منظومات «إس-300» نشرت")) == QString::fromUtf8("منظومات «إس-300» نُشرت"));
    CHECK(found(seed, QString::fromUtf8("أرســلت نحو")) == QString::fromUtf8("أرسلت نحو"));
    // Words left out.
    CHECK(found(seed, QString::fromUtf8("أذربيجان أرسلت … في باكو"))
        == seed.mid(seed.indexOf(QString::fromUtf8("أذربيجان")),
            seed.indexOf(QString::fromUtf8("باكو")) + 4 - seed.indexOf(QString::fromUtf8("أذربيجان"))));
    CHECK(found(seed, QString::fromUtf8("في باكو … أذربيجان")) == "(none)"); // parts out of order

    // A paraphrase quoting the source's words: each quoted part is there.
    CHECK(found(seed, QString::fromUtf8("About 60 military trucks sent to «منطقة فضولي»")) == QString::fromUtf8("منطقة فضولي"));
    CHECK(found(seed, QString::fromUtf8("Trucks to «منطقة فضولي» and “باكو”")) == QString::fromUtf8("منطقة فضولي"));
    CHECK(found(seed, QString::fromUtf8("Trucks to «منطقة فضولي» and «يريفان»")) == "(none)");
    CHECK(found(seed, QString::fromUtf8("About 60 military trucks sent to Fuzuli")) == "(none)");

    const QString russian = QString::fromUtf8("Противник обстрелял позиции под СОТКОМ и Джермуком.");
    CHECK(found(russian, QString::fromUtf8("позиции под Сотком")) == QString::fromUtf8("позиции под СОТКОМ"));
    const QString azerbaijani = QString::fromUtf8("Müdafiə Nazirliyi bildirib ki, mövqelər ələ keçirilib.");
    CHECK(found(azerbaijani, QString::fromUtf8("\"MÜDAFİƏ NAZİRLİYİ bildirib\""))
        == QString::fromUtf8("Müdafiə Nazirliyi bildirib"));
    const QString armenian = QString::fromUtf8("Սիսիանի մոտ կրակոցներ են լսվել։");
    CHECK(found(armenian, QString::fromUtf8("“Սիսիանի մոտ”")) == QString::fromUtf8("Սիսիանի մոտ"));
    CHECK(found(armenian, QString::fromUtf8("Գորիսի մոտ")) == "(none)");
    CHECK(found(armenian, QString::fromUtf8("  «» ")) == "(none)");
    CHECK(found(QString(), QStringLiteral("anything")) == "(none)");
}
