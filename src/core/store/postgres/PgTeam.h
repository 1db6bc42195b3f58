// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "model/TeamUser.h"

#include <vector>

namespace conflictmap {

class PgConnection;

// The team of a server database: its users are the server's login roles,
// each a member of one of conflictmap's group roles (PgSchema, version 2),
// which the server enforces. Managing them takes CREATEROLE, which the
// admin role's users are given.
class PgTeam {
public:
    PgTeam(PgConnection &db, QString name) : m_db(db), m_name(std::move(name)) { }

    // The group role that grants 'role'.
    static QByteArray groupRole(UserRole role);
    // The login roles of the server, with their conflictmap role.
    Result<std::vector<TeamUser>> users() const;
    // The session's user, and its role (none for a user in no role; the
    // schema's owner and superusers are admins).
    TeamUser self() const;
    // A new login role in 'role'; with a password when one is given (only
    // its hash is sent).
    Result<void> addUser(const QString &user, UserRole role, const QString &password);
    // Moves a user to 'role'.
    Result<void> setRole(const QString &user, UserRole role);

    // "what: the server's message", saying who 'user' is and their role
    // when the server refused them a right (ErrorCode::Forbidden).
    static Error failure(const QString &what, const class PgResult &result, const TeamUser &user);
    // "what: it is AUTHOR's, and USER (ROLE) may change only their own…",
    // for a write to record 'id' of 'table' that the server's row-level
    // security left undone (ErrorCode::Forbidden).
    static Error notYours(PgConnection &db, const QString &what, const char *table, qint64 id, const TeamUser &user);

private:
    Result<void> grant(const QString &user, UserRole role);
    Error refusedManaging(const QString &what, const class PgResult &result) const;
    static QString roleName(const TeamUser &user);

    PgConnection &m_db;
    QString m_name;
};

} // namespace conflictmap
