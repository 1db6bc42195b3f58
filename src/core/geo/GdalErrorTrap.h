// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace conflictmap {

// While alive, GDAL/OGR errors raised on this thread are collected here
// instead of being printed to stderr, so the caller can report them.
class GdalErrorTrap {
public:
    GdalErrorTrap();
    ~GdalErrorTrap();
    GdalErrorTrap(const GdalErrorTrap &) = delete;
    GdalErrorTrap &operator=(const GdalErrorTrap &) = delete;

    // The last error (CE_Failure or worse) raised, empty if none.
    QString lastError() const { return m_lastError; }

private:
    QString m_lastError;
};

} // namespace conflictmap
