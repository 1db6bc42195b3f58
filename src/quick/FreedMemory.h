// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace conflictmap {

// Hands memory freed after a large load back to the system. glibc keeps
// what worker threads freed in their arenas, so the transient copies made
// while loading a million points would otherwise stay resident.
inline void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace conflictmap
