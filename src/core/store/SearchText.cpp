// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/SearchText.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace conflictmap {

namespace {
// Each character folded, and what it becomes (nothing: 0). No result is
// itself folded, so the order does not matter.
struct Fold {
    char16_t from;
    char16_t to;
};
constexpr Fold kFolds[] = {{u'\u0623', u'\u0627'}, // أ → ا
    {u'\u0625', u'\u0627'}, // إ → ا
    {u'\u0622', u'\u0627'}, // آ → ا
    {u'\u0671', u'\u0627'}, // ٱ → ا
    {u'\u0624', u'\u0648'}, // ؤ → و
    {u'\u0626', u'\u064A'}, // ئ → ي
    {u'\u0649', u'\u064A'}, // ى → ي
    {u'\u0629', u'\u0647'}, // ة → ه
    {u'\u0640', 0}, // tatweel
    // Diacritics: the tokenizer takes them for separators and would cut
    // the word at each.
    {u'\u064B', 0}, {u'\u064C', 0}, {u'\u064D', 0}, {u'\u064E', 0}, {u'\u064F', 0}, {u'\u0650', 0}, {u'\u0651', 0},
    {u'\u0652', 0}, {u'\u0670', 0}};

// The article alone or after a proclitic, longest first: taken off a typed
// word when three letters remain (الحدود → حدود, not الله → له). One
// letter alone is not taken off: it is as often the word's own (وزير, باكو).
const char16_t *const kArticles[] = {u"وبال", u"فبال", u"ولل", u"فلل", u"وال", u"فال", u"بال", u"كال", u"لل", u"ال"};
// What may be joined before a word: the query matches each.
const char16_t *const kProclitics[] = {u"ال", u"و", u"ف", u"ب", u"ك", u"ل", u"وال", u"فال", u"بال", u"كال", u"لل", u"ولل", u"فلل",
    u"وبال", u"فبال", u"وب", u"فب", u"ول", u"فل", u"وك", u"فك"};
constexpr int kShortestStem = 3;

bool isArabicLetter(QChar c)
{
    return c.unicode() >= 0x0621 && c.unicode() <= 0x064A;
}

// A word matched literally, or as the beginning of a longer one.
QString phrase(QString word)
{
    word.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QStringLiteral("\"%1\"*").arg(word);
}

QString stem(const QString &word)
{
    for (const char16_t *article : kArticles) {
        const QString prefix = QString::fromUtf16(article);
        if (word.startsWith(prefix) && word.size() - prefix.size() >= kShortestStem)
            return word.mid(prefix.size());
    }
    return word;
}
} // namespace

QByteArray SearchText::foldSql(const QByteArray &expression)
{
    QByteArray sql = expression;
    for (const Fold &fold : kFolds)
        sql = "replace(" + sql + ", '" + QString(QChar(fold.from)).toUtf8() + "', '"
            + (fold.to ? QString(QChar(fold.to)).toUtf8() : QByteArray()) + "')";
    return sql;
}

QString SearchText::fold(const QString &text)
{
    QString folded;
    folded.reserve(text.size());
    for (QChar c : text) {
        const Fold *found = std::find_if(std::begin(kFolds), std::end(kFolds), [c](const Fold &f) { return f.from == c; });
        if (found == std::end(kFolds))
            folded += c;
        else if (found->to)
            folded += QChar(found->to);
    }
    return folded;
}

QString SearchText::matchQuery(const QString &typed)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList terms;
    for (const QString &word : fold(typed).split(space, Qt::SkipEmptyParts)) {
        const QString base = stem(word);
        if (!isArabicLetter(base.front())) {
            terms << phrase(word);
            continue;
        }
        QStringList alternatives{phrase(base)};
        for (const char16_t *proclitic : kProclitics)
            alternatives << phrase(QString::fromUtf16(proclitic) + base);
        terms << QStringLiteral("(%1)").arg(alternatives.join(QLatin1String(" OR ")));
    }
    // AND written out: FTS5 takes two words side by side as AND, but not a
    // group in parentheses beside another.
    return terms.join(QLatin1String(" AND "));
}

} // namespace conflictmap
