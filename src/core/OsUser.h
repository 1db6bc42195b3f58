// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace conflictmap::OsUser {

// The login name of the user this process runs as: who writes to a file
// database (a server names its users itself).
QString name();

} // namespace conflictmap::OsUser
