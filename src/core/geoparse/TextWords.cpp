// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "geoparse/TextWords.h"

namespace conflictmap {

namespace {
constexpr char16_t kZeroWidthNonJoiner = 0x200C;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.unicode() == kZeroWidthNonJoiner;
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c.unicode() == 0x2010 || c.unicode() == 0x2011;
}

bool endsSentence(const QString &text, int i)
{
    const QChar c = text[i];
    switch (c.unicode()) {
    case '!':
    case '?':
    case ';':
    case '\n':
    case 0x2026: // …
    case 0x061F: // ؟
    case 0x061B: // ؛
    case 0x06D4: // ۔
    case 0x0589: // ։ Armenian full stop
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return true;
    case '.': {
        const bool digitBefore = i > 0 && text[i - 1].isDigit();
        const bool digitAfter = i + 1 < text.size() && text[i + 1].isDigit();
        const bool initial = i > 1 && text[i - 1].isUpper() && !text[i - 2].isLetter();
        return !(digitBefore && digitAfter) && !initial;
    }
    default:
        return false;
    }
}

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case 0x201D: // ”
    case 0x2019: // ’
    case 0x00BB: // »
        return true;
    default:
        return false;
    }
}

bool hasCase(QChar c)
{
    return c.toUpper() != c.toLower() && c.script() != QChar::Script_Georgian;
}
} // namespace

TextWords TextWords::of(const QString &text)
{
    TextWords result;
    int sentenceStart = 0;
    auto closeSentence = [&](int end) {
        // Leading white space is not part of a quote.
        while (sentenceStart < end && text[sentenceStart].isSpace())
            ++sentenceStart;
        if (sentenceStart < end)
            result.sentences.push_back({sentenceStart, end});
        sentenceStart = end;
    };
    // Between the last word and here: only spaces (and at most one hyphen)?
    bool onlySpaces = true;
    int hyphens = 0;
    const int size = int(text.size());
    for (int i = 0; i < size;) {
        if (!isWordCharacter(text[i])) {
            if (endsSentence(text, i)) {
                // A closing quote or bracket after the stop belongs to its sentence.
                while (i + 1 < size && isClosing(text[i + 1]))
                    ++i;
                closeSentence(i + 1);
                onlySpaces = false;
            } else if (isHyphen(text[i])) {
                ++hyphens;
            } else if (!text[i].isSpace()) {
                onlySpaces = false;
            }
            ++i;
            continue;
        }
        if (!result.words.empty())
            result.words.back().runsOn = onlySpaces && hyphens <= 1;
        TextWord word;
        word.start = i;
        word.sentence = int(result.sentences.size());
        const QChar first = text[i];
        word.cased = hasCase(first);
        word.lowercase = word.cased && first.isLower();
        word.script = first.script();
        while (i < size && isWordCharacter(text[i]))
            ++i;
        word.end = i;
        result.words.push_back(word);
        onlySpaces = true;
        hyphens = 0;
    }
    closeSentence(size);
    return result;
}

} // namespace conflictmap
