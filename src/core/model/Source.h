// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/PartialDate.h"

#include <QString>

#include <optional>

namespace conflictmap {

// A source: an article, broadcast or post that reported or claimed
// something. Empty strings stand for absent values.
struct Source {
    qint64 id = 0;
    QString title; // required
    QString url; // print and broadcast sources have none
    QString publisher;
    QString language; // BCP 47: "ar", "hy", "az-Latn"
    std::optional<PartialDate> published;
    std::optional<PartialDate> retrieved;
    QString text; // the article's text or an excerpt
    QString document; // SHA-256 of the document stored with it (source add --file); empty: none
    QString fileName; // the name of that document's file
    // How reliable the source is, A (completely) to F (cannot be judged), as
    // the Admiralty (NATO) system grades it; empty: not graded.
    QString reliability;
    QString created; // UTC, ISO 8601; set by the store
};

} // namespace conflictmap
