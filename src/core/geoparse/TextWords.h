// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QChar>
#include <QString>

#include <vector>

namespace conflictmap {

// A word of a text as place finding reads it: a run of letters, marks and
// digits (and the zero-width non-joiner inside Persian words), with where
// it is (UTF-16 offsets into the text) and what a name spanning it needs to
// know.
struct TextWord {
    int start = 0;
    int end = 0;
    int sentence = 0; // index into TextWords::sentences
    // Only white space or one hyphen lies between this word and the next,
    // in the same sentence: a name may go on into it (Vayots Dzor,
    // Nagorno-Karabakh), not across a comma.
    bool runsOn = false;
    QChar::Script script = QChar::Script_Unknown;
    // Written in a script with capitals for names (Latin, Cyrillic,
    // Armenian…; not Georgian, whose capitals are for headings).
    bool cased = false;
    // Begins with a lowercase letter of such a script: not a name (the
    // English "van", the Russian "мир").
    bool lowercase = false;
};

// The sentences of a text as UTF-16 ranges: what becomes a claim's quote.
struct TextSentence {
    int start = 0;
    int end = 0;
};

struct TextWords {
    std::vector<TextWord> words;
    std::vector<TextSentence> sentences;

    // Sentences end at . ! ? … and their Arabic-script forms (؟ ۔), at a
    // semicolon (; ؛) and at a line break; a full stop between digits or
    // after a single capital (3.5, J. Smith) does not end one.
    static TextWords of(const QString &text);
};

} // namespace conflictmap
