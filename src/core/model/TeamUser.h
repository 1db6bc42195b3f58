// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Vocabulary.h"

#include <QString>

#include <optional>

namespace conflictmap {

// A member of the team of a server database: a login role of the server.
struct TeamUser {
    QString name;
    // None for a login role of the server that is in no conflictmap role.
    std::optional<UserRole> role;
    bool canLogin = true;
};

} // namespace conflictmap
