// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <gdal.h>

#include <mutex>

namespace conflictmap::gdal {

// Registers GDAL's drivers once per process, before the first open; cheap
// to call before every open, from any thread.
inline void registerDrivers()
{
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

} // namespace conflictmap::gdal
