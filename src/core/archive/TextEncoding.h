// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace conflictmap::TextEncoding {

struct Decoded {
    QString text;
    QString encoding; // the name it was read in, as ICU calls it ("UTF-8", "windows-1256")
};

// Reads bytes of text: in 'encoding' when one is given (any name ICU
// knows: "windows-1256", "KOI8-R", "ISO-8859-6"…); otherwise by its byte
// order mark, as UTF-8 when it is valid UTF-8, else in the encoding ICU's
// detector is confident of. Bytes that are not text in the encoding, and
// text whose encoding cannot be told, are refused: nothing is guessed
// silently.
Result<Decoded> decode(const QByteArray &bytes, const QString &encoding = {});

// Whether 'bytes' are valid UTF-8 throughout.
bool isUtf8(const QByteArray &bytes);

} // namespace conflictmap::TextEncoding
