// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace conflictmap::HtmlText {

struct Extracted {
    QString text; // paragraphs on lines of their own, blank lines between blocks
    QString title;
    QString encoding;
};

// The readable text of an HTML page: what a reader sees, without scripts,
// styles, templates or anything else a browser does not show as text; its
// encoding from the byte order mark, the page's <meta> charset, or as
// TextEncoding::decode tells it ('encoding' when given). Nothing in the page
// is run or fetched.
Result<Extracted> extract(const QByteArray &html, const QString &encoding = {});

} // namespace conflictmap::HtmlText
