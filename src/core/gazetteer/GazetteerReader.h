// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "gazetteer/GazetteerEntry.h"

#include <vector>

namespace conflictmap {

// Reads a gazetteer file as scripts/make-gazetteer writes it (SQLite,
// format "conflictmap-gazetteer" version 1: tables gazetteer_info, entries,
// names; see geodata/ATTRIBUTION.md) into entries, each with all its names.
// Anything else is refused with a message naming the file.
namespace GazetteerReader {
Result<std::vector<GazetteerEntry>> read(const QString &path);
} // namespace GazetteerReader

} // namespace conflictmap
