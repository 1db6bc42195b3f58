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
} // namespace testpaths
