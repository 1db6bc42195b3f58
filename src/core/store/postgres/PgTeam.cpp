// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/postgres/PgTeam.h"

#include "store/postgres/PgConnection.h"
#include "store/postgres/PgTransaction.h"

namespace conflictmap {

namespace {
// The highest role of a role (an oid or a name), by its memberships.
const char *const kRoleOf = "CASE WHEN pg_has_role(%1, 'conflictmap_admin', 'MEMBER') THEN 'admin'"
                            " WHEN pg_has_role(%1, 'conflictmap_reviewer', 'MEMBER') THEN 'reviewer'"
                            " WHEN pg_has_role(%1, 'conflictmap_analyst', 'MEMBER') THEN 'analyst'"
                            " WHEN pg_has_role(%1, 'conflictmap_viewer', 'MEMBER') THEN 'viewer' END";

QByteArray roleOf(const char *role)
{
    return QString::fromLatin1(kRoleOf).arg(QLatin1String(role)).toLatin1();
}
} // namespace

QByteArray PgTeam::groupRole(UserRole role)
{
    return "conflictmap_" + toString(role).toLatin1();
}

QString PgTeam::roleName(const TeamUser &user)
{
    return user.role ? toString(*user.role) : QStringLiteral("in no conflictmap role");
}

Error PgTeam::failure(const QString &what, const PgResult &result, const TeamUser &user)
{
    if (result.sqlState() == QLatin1String("42501"))
        return {ErrorCode::Forbidden, {},
            QStringLiteral("%1: %2 may not (%3 here): %4").arg(what, user.name, roleName(user), result.message())};
    return {ErrorCode::Failed, {}, QStringLiteral("%1: %2").arg(what, result.message())};
}

Error PgTeam::notYours(PgConnection &db, const QString &what, const char *table, qint64 id, const TeamUser &user)
{
    const QByteArray sql = "SELECT created_by FROM " + QByteArray(table) + " WHERE id = $1";
    PgResult author = db.exec(sql.constData(), {id});
    return {ErrorCode::Forbidden, {},
        QStringLiteral("%1: it is %2's, and %3 (%4) may change only their own records (a reviewer may change any)")
            .arg(what, author.ok() && author.rows() == 1 ? author.text(0, 0) : QStringLiteral("another user's"), user.name,
                roleName(user))};
}

Error PgTeam::refusedManaging(const QString &what, const PgResult &result) const
{
    if (result.sqlState() == QLatin1String("42501"))
        return {ErrorCode::Forbidden, {},
            QStringLiteral("%1: %2: %3 may not manage users (an admin may)").arg(m_name, what, m_db.user())};
    return {ErrorCode::Failed, {}, QStringLiteral("%1: %2: %3").arg(m_name, what, result.message())};
}

Result<std::vector<TeamUser>> PgTeam::users() const
{
    using R = Result<std::vector<TeamUser>>;
    const QByteArray sql = "SELECT rolname, " + roleOf("oid")
        + ", rolcanlogin FROM pg_roles WHERE rolcanlogin AND rolname !~ '^pg_' ORDER BY rolname";
    PgResult found = m_db.exec(sql.constData());
    if (!found.ok())
        return R::failure(refusedManaging(QStringLiteral("cannot list the users"), found));
    std::vector<TeamUser> users;
    for (int row = 0; row < found.rows(); ++row)
        users.push_back({found.text(row, 0), parseVocabulary<UserRole>(found.text(row, 1)), found.text(row, 2) == "t"});
    return users;
}

TeamUser PgTeam::self() const
{
    const QByteArray sql = "SELECT current_user, " + roleOf("current_user");
    PgResult found = m_db.exec(sql.constData());
    if (!found.ok() || found.rows() != 1)
        return {m_db.user(), std::nullopt, true};
    return {found.text(0, 0), parseVocabulary<UserRole>(found.text(0, 1)), true};
}

Result<void> PgTeam::grant(const QString &user, UserRole role)
{
    // Names go into the statements quoted by the server (format's %I).
    for (UserRole other : {UserRole::Viewer, UserRole::Analyst, UserRole::Reviewer, UserRole::Admin}) {
        const QByteArray revoke = "SELECT format('REVOKE %I FROM %I', '" + groupRole(other) + "'::text, $1::text)";
        PgResult statement = m_db.exec(revoke.constData(), {user});
        if (!statement.ok())
            return Result<void>::failure(refusedManaging(QStringLiteral("cannot change %1's role").arg(user), statement));
        if (PgResult revoked = m_db.exec(statement.text(0, 0).toUtf8().constData()); !revoked.ok())
            return Result<void>::failure(refusedManaging(QStringLiteral("cannot change %1's role").arg(user), revoked));
    }
    const QByteArray grantSql = "SELECT format('GRANT %I TO %I', '" + groupRole(role)
        + "'::text, $1::text), format('ALTER ROLE %I " + (role == UserRole::Admin ? "CREATEROLE" : "NOCREATEROLE")
        + "', $1::text)";
    PgResult statements = m_db.exec(grantSql.constData(), {user});
    if (!statements.ok())
        return Result<void>::failure(refusedManaging(QStringLiteral("cannot give %1 a role").arg(user), statements));
    for (int column = 0; column < 2; ++column)
        if (PgResult done = m_db.exec(statements.text(0, column).toUtf8().constData()); !done.ok())
            return Result<void>::failure(refusedManaging(QStringLiteral("cannot give %1 a role").arg(user), done));
    return {};
}

Result<void> PgTeam::addUser(const QString &user, UserRole role, const QString &password)
{
    PgTransaction transaction(m_db);
    if (PgResult exists = m_db.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", {user}); exists.ok() && exists.rows() > 0)
        return Result<void>::failure(QStringLiteral("%1: user %2 exists already").arg(m_name, user));
    PgResult statement = m_db.exec("SELECT format('CREATE ROLE %I LOGIN', $1::text)", {user});
    if (!statement.ok())
        return Result<void>::failure(refusedManaging(QStringLiteral("cannot add user %1").arg(user), statement));
    if (PgResult created = m_db.exec(statement.text(0, 0).toUtf8().constData()); !created.ok())
        return Result<void>::failure(refusedManaging(QStringLiteral("cannot add user %1").arg(user), created));
    if (!password.isEmpty()) {
        Result<QByteArray> hashed = m_db.encryptPassword(user, password);
        if (!hashed)
            return Result<void>::failure(QStringLiteral("%1: cannot set %2's password: %3").arg(m_name, user, hashed.error()));
        PgResult alter = m_db.exec(
            "SELECT format('ALTER ROLE %I PASSWORD %L', $1::text, $2::text)", {user, QString::fromLatin1(hashed.value())});
        if (!alter.ok())
            return Result<void>::failure(refusedManaging(QStringLiteral("cannot set %1's password").arg(user), alter));
        if (PgResult set = m_db.exec(alter.text(0, 0).toUtf8().constData()); !set.ok())
            return Result<void>::failure(refusedManaging(QStringLiteral("cannot set %1's password").arg(user), set));
    }
    if (auto granted = grant(user, role); !granted)
        return granted;
    if (!transaction.commit())
        return Result<void>::failure(QStringLiteral("%1: cannot add user %2: %3").arg(m_name, user, m_db.lastError()));
    return {};
}

Result<void> PgTeam::setRole(const QString &user, UserRole role)
{
    PgTransaction transaction(m_db);
    if (PgResult exists = m_db.exec("SELECT 1 FROM pg_roles WHERE rolname = $1 AND rolcanlogin", {user});
        !exists.ok() || exists.rows() == 0)
        return Result<void>::failure(QStringLiteral("%1: no user %2 on the server").arg(m_name, user));
    if (auto granted = grant(user, role); !granted)
        return granted;
    if (!transaction.commit())
        return Result<void>::failure(QStringLiteral("%1: cannot change %2's role: %3").arg(m_name, user, m_db.lastError()));
    return {};
}

} // namespace conflictmap
