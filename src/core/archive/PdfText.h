// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace conflictmap::PdfText {

struct Extracted {
    QString text; // page by page, a form feed between pages
    QString title; // the document's Title, when it has one
    int pages = 0;
};

// The text of a PDF (through poppler). A PDF that needs a password, or
// that poppler cannot read, is refused; a scanned one has no text.
Result<Extracted> extract(const QByteArray &pdf);

} // namespace conflictmap::PdfText
