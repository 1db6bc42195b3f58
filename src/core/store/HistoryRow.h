// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/HistoryEntry.h"

namespace conflictmap::HistoryRow {

// The columns of "history h" in the order readEntry reads them (both
// backends; a PostgreSQL backend casts the JSON to text itself, %1).
inline const char *const kColumns = "h.id, h.at, h.by, h.kind, h.record_id, h.operation, %1, h.reason";

template <typename Row>
HistoryEntry readEntry(const Row &s)
{
    return {s.integer(0), s.text(1), s.text(2), s.text(3), s.integer(4), s.text(5), s.text(6), s.text(7), s.text(8)};
}

} // namespace conflictmap::HistoryRow
