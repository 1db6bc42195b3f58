// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// Paths passed in by CMake: tests never depend on the working directory.
namespace testpaths {
inline QString data(const QString &name)
{
    return QStringLiteral(CONFLICTMAP_TEST_DATA "/") + name;
}
inline QString cli()
{
    return QStringLiteral(CONFLICTMAP_CLI);
}
inline QString app()
{
    return QStringLiteral(CONFLICTMAP_APP);
}
inline QString storeWriter()
{
    return QStringLiteral(CONFLICTMAP_STORE_WRITER);
}
// For the install test: what to install from, with what, and what the
// installed programs must not know of.
inline QString sourceDir()
{
    return QStringLiteral(CONFLICTMAP_SOURCE_DIR);
}
inline QString buildDir()
{
    return QStringLiteral(CONFLICTMAP_BUILD_DIR);
}
inline QString cmake()
{
    return QStringLiteral(CONFLICTMAP_CMAKE);
}
inline QString objcopy()
{
    return QStringLiteral(CONFLICTMAP_OBJCOPY);
}
} // namespace testpaths
