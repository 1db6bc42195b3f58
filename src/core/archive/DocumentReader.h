// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "archive/Document.h"

#include <QString>

namespace conflictmap::DocumentReader {

// Larger files are refused unless a larger limit is given.
constexpr qint64 kDefaultMaxBytes = qint64(64) << 20;

// Reads the file at 'path' whole (at most 'maxBytes'): its bytes and hash,
// its media type from its content (its name only breaks ties), and its
// readable text — a text file as TextEncoding::decode reads it ('encoding'
// names the encoding when given), HTML without what a browser hides, a
// PDF's text through poppler; images and other files have none. A file
// that is missing, unreadable, empty or too large, a PDF that is encrypted
// or damaged, and text whose encoding cannot be told are refused, saying
// which.
Result<Document> readFile(const QString &path, qint64 maxBytes = kDefaultMaxBytes, const QString &encoding = {});

// The same for bytes already read; 'name' is the file's name (or empty).
Result<Document> read(const QByteArray &content, const QString &name, const QString &encoding = {});

// The media type of 'content': by its first bytes, its name breaking ties.
QString mediaTypeOf(const QByteArray &content, const QString &name);

} // namespace conflictmap::DocumentReader
