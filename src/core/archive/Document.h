// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace conflictmap {

// A source's document as it was read: its bytes, kept unchanged and named
// by their SHA-256, and the text a reader can search and quote.
struct Document {
    QByteArray content;
    QString sha256; // lowercase hexadecimal of 'content'
    QString mediaType; // text/plain, text/html, application/pdf, image/png…
    qint64 size = 0; // of 'content' (also when only the facts are read)
    QString text; // the readable text, UTF-8 when stored; empty for images
    QString encoding; // what a text or HTML file was written in ("UTF-8", "windows-1256")
    QString title; // what it calls itself (HTML <title>, the PDF's Title): a suggestion
    QString stored; // when it was stored: UTC, ISO 8601

    static QString hashOf(const QByteArray &content);
};

} // namespace conflictmap
