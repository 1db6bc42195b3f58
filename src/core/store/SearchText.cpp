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

QByteArray SearchText::foldUtf8(const QByteArray &text)
{
    // Every folded character is two bytes in UTF-8, led by 0xD8 or 0xD9.
    const auto lead = [](char c) { return uchar(c) == 0xD8 || uchar(c) == 0xD9; };
    if (std::none_of(text.begin(), text.end(), lead))
        return text;
    QByteArray folded;
    folded.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!lead(text[i]) || i + 1 == text.size()) {
            folded += text[i];
            continue;
        }
        const char16_t c = char16_t(((uchar(text[i]) & 0x1F) << 6) | (uchar(text[i + 1]) & 0x3F));
        const Fold *found = std::find_if(std::begin(kFolds), std::end(kFolds), [c](const Fold &f) { return f.from == c; });
        if (found == std::end(kFolds))
            folded.append(text.constData() + i, 2);
        else if (found->to)
            folded += QString(QChar(found->to)).toUtf8();
        ++i;
    }
    return folded;
}

QByteArray SearchText::foldCallSql(const QByteArray &expression)
{
    return QByteArray(kFoldFunction) + '(' + expression + ')';
}

namespace {
// The terms of a query in some syntax: every word must match; an Arabic
// word matches with any proclitic.
QString query(const QString &typed, QString (*term)(QString), QLatin1String orWord, QLatin1String andWord)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList terms;
    for (const QString &word : SearchText::fold(typed).split(space, Qt::SkipEmptyParts)) {
        const QString base = stem(word);
        if (!isArabicLetter(base.front())) {
            terms << term(word);
            continue;
        }
        QStringList alternatives{term(base)};
        for (const char16_t *proclitic : kProclitics)
            alternatives << term(QString::fromUtf16(proclitic) + base);
        terms << QStringLiteral("(%1)").arg(alternatives.join(orWord));
    }
    return terms.join(andWord);
}

// A word or its beginning in tsquery syntax, quoted so any character in it
// is taken literally.
QString lexemePrefix(QString word)
{
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    word.replace(QLatin1Char('\''), QLatin1String("''"));
    return QStringLiteral("'%1':*").arg(word);
}
} // namespace

QString SearchText::matchQuery(const QString &typed)
{
    // AND written out: FTS5 takes two words side by side as AND, but not a
    // group in parentheses beside another.
    return query(typed, phrase, QLatin1String(" OR "), QLatin1String(" AND "));
}

QString SearchText::tsQuery(const QString &typed)
{
    return query(typed, lexemePrefix, QLatin1String(" | "), QLatin1String(" & "));
}

std::pair<QString, QString> SearchText::foldTranslation()
{
    QString from, to, removed;
    for (const Fold &fold : kFolds) {
        if (fold.to) {
            from += QChar(fold.from);
            to += QChar(fold.to);
        } else {
            removed += QChar(fold.from);
        }
    }
    // Latin letters whose canonical decomposition is a base letter and
    // marks, of the blocks FTS5 folds (Latin-1, Extended-A and -B,
    // Extended Additional): ş → s, ç → c, ğ → g; ə and ı have none.
    for (auto [first, last] : {std::pair<char16_t, char16_t>{0x00C0, 0x024F}, {0x1E00, 0x1EFF}}) {
        for (char16_t code = first; code <= last; ++code) {
            const QChar c(code);
            if (c.decompositionTag() != QChar::Canonical)
                continue;
            QString base = c.decomposition();
            while (!base.isEmpty() && base.front().decompositionTag() == QChar::Canonical)
                base = base.front().decomposition() + base.mid(1);
            if (base.isEmpty() || !base.front().isLetter() || base.front().unicode() > 0x7F)
                continue;
            from += c;
            to += base.front().toLower();
        }
    }
    // translate() deletes the characters of 'from' past the end of 'to'.
    return {from + removed, to};
}

} // namespace conflictmap
