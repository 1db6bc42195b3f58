// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace conflictmap {

// The data files that come with conflictmap (boundary layers, the sample
// incidents, their attribution), found at run time relative to the running
// program: in share/conflictmap/geodata beside its bin/ directory. An
// installed program finds the installed copy; a program in the build tree
// finds the copy the build makes there. No path is compiled in.
namespace BundledData {
// The directory holding them.
QString directory();
// The file 'name' there ("caucasus-admin1.gpkg"), whether or not it exists:
// a missing one is reported by whoever opens it, with this path.
QString path(const QString &name);
// The one-line credit a map shows for the bundled file 'fileName' (its
// "Credit:" line in ATTRIBUTION.md); empty for a file that has none.
QString credit(const QString &fileName);
} // namespace BundledData

} // namespace conflictmap
