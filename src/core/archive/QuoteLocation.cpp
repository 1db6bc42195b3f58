// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "archive/QuoteLocation.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace conflictmap::QuoteLocation {

namespace {
bool isQuotationMark(QChar c)
{
    return c == QLatin1Char('"') || c == QLatin1Char('\'') || c.category() == QChar::Punctuation_InitialQuote
        || c.category() == QChar::Punctuation_FinalQuote || c == QChar(0x00AB) || c == QChar(0x00BB) || c == QChar(0x201E)
        || c == QChar(0x201A) || c == QChar(0x300C) || c == QChar(0x300D);
}

// The text as compared, and for each of its characters the offset of the
// original character it came from.
struct Folded {
    QString text;
    std::vector<qsizetype> origin;
};

Folded fold(const QString &text)
{
    Folded folded;
    folded.text.reserve(text.size());
    folded.origin.reserve(size_t(text.size()));
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = !folded.text.isEmpty();
            continue;
        }
        if (c == QChar(0x0640)) // tatweel: a stretch, not a letter
            continue;
        const auto put = [&](QChar out) {
            if (space) {
                folded.text += QLatin1Char(' ');
                folded.origin.push_back(i);
                space = false;
            }
            folded.text += out;
            folded.origin.push_back(i);
        };
        if (c.isSurrogate()) {
            put(c);
            continue;
        }
        if (isQuotationMark(c)) {
            put(QLatin1Char('"'));
            continue;
        }
        // Accents and short vowels are marks once decomposed.
        for (const QChar part : QString(c).normalized(QString::NormalizationForm_KD))
            if (part.category() != QChar::Mark_NonSpacing && part.category() != QChar::Mark_Enclosing)
                put(part.toCaseFolded());
    }
    return folded;
}
} // namespace

namespace {
std::optional<Found> findWhole(const QString &text, const QString &quote);

// The parts of a paraphrase in quotation marks: «…», “…”, „…“, "…".
QStringList quotedParts(const QString &quote)
{
    static const QRegularExpression quoted(QStringLiteral(
        "\\x{00AB}([^\\x{00BB}]+)\\x{00BB}|\\x{201C}([^\\x{201D}]+)\\x{201D}|\\x{201E}([^\\x{201C}]+)\\x{201C}|\"([^\"]+)\""));
    QStringList parts;
    for (auto it = quoted.globalMatch(quote); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        for (int group = 1; group <= 4; ++group)
            if (!match.captured(group).trimmed().isEmpty())
                parts << match.captured(group);
    }
    return parts;
}
} // namespace

std::optional<Found> find(const QString &text, const QString &quote)
{
    if (const auto whole = findWhole(text, quote))
        return whole;
    const QStringList parts = quotedParts(quote);
    if (parts.isEmpty())
        return std::nullopt;
    std::optional<Found> first;
    for (const QString &part : parts) {
        const auto found = findWhole(text, part);
        if (!found)
            return std::nullopt;
        if (!first)
            first = found;
    }
    return first;
}

namespace {
std::optional<Found> findWhole(const QString &text, const QString &quote)
{
    // The quote's own quotation marks and white space at its ends go.
    QString trimmed = quote.trimmed();
    while (!trimmed.isEmpty() && (isQuotationMark(trimmed.front()) || trimmed.front().isSpace()))
        trimmed.remove(0, 1);
    while (!trimmed.isEmpty() && (isQuotationMark(trimmed.back()) || trimmed.back().isSpace()))
        trimmed.chop(1);
    static const QRegularExpression elision(QStringLiteral("\\s*(?:\\x{2026}|\\.\\.\\.|\\[\\x{2026}\\]|\\[\\.\\.\\.\\])\\s*"));
    QStringList parts;
    for (const QString &part : trimmed.split(elision, Qt::SkipEmptyParts))
        if (const QString folded = fold(part).text; !folded.isEmpty())
            parts << folded;
    if (parts.isEmpty())
        return std::nullopt;
    const Folded haystack = fold(text);
    qsizetype from = 0, start = -1, end = -1;
    for (const QString &part : std::as_const(parts)) {
        const qsizetype at = haystack.text.indexOf(part, from);
        if (at < 0)
            return std::nullopt;
        if (start < 0)
            start = at;
        end = at + part.size();
        from = end;
    }
    const qsizetype first = haystack.origin[size_t(start)];
    const qsizetype last = haystack.origin[size_t(end - 1)];
    // Through the whole last character (a surrogate pair, a letter with its marks).
    qsizetype stop = last + 1;
    while (stop < text.size() && (text.at(stop).isLowSurrogate() || text.at(stop).category() == QChar::Mark_NonSpacing))
        ++stop;
    return Found{first, stop - first};
}
} // namespace

} // namespace conflictmap::QuoteLocation
