// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OsUser.h"

#include <pwd.h>
#include <unistd.h>

namespace conflictmap::OsUser {

QString name()
{
    // The account, not $USER, which any process may set.
    if (const passwd *account = ::getpwuid(::geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QString::number(::geteuid());
}

} // namespace conflictmap::OsUser
