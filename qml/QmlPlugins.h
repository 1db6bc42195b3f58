// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Include in exactly one translation unit of an executable that loads the
// app's QML: the modules are static libraries whose plugins must be imported.
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ConflictMapPlugin)
Q_IMPORT_QML_PLUGIN(ConflictMapViewsPlugin)
