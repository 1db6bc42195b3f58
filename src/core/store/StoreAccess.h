// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace conflictmap {

// How a store is opened: to read and write, or only to read (a background
// reader, a file the user may not write).
enum class StoreAccess { ReadWrite, ReadOnly };

} // namespace conflictmap
