// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "TableWriter.h"

#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace conflictmap::cli {

namespace {
const QCommandLineOption kRoleOption(
    QStringLiteral("role"), QStringLiteral("viewer, analyst, reviewer or admin (required)."), QStringLiteral("role"));

// The role named on the command line, or a usage error printed.
std::optional<UserRole> roleNamed(CliContext &context, const QString &command, const QString &name)
{
    const std::optional<UserRole> role = parseVocabulary<UserRole>(name);
    if (!role)
        context.fail(QStringLiteral("%1: role '%2' is not one of %3")
                         .arg(command, name, vocabularyNames<UserRole>().join(QStringLiteral(", "))),
            UsageError);
    return role;
}
} // namespace

int userAddCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
        QStringLiteral("Read the user's password from the first line of standard input (only its hash is sent)."));
    context.addOptions(parser, {kRoleOption, passwordOption});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("user add"),
            QStringLiteral("Add a user NAME to the team of a server database, as a login role of the server in ROLE."), arguments,
            &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.fail(QStringLiteral("user add: expects one NAME"), UsageError);
    if (!parser.isSet(kRoleOption))
        return context.fail(QStringLiteral("user add: --role is required (viewer, analyst, reviewer or admin)"), UsageError);
    const std::optional<UserRole> role = roleNamed(context, QStringLiteral("user add"), parser.value(kRoleOption));
    if (!role)
        return UsageError;
    QString password;
    if (parser.isSet(passwordOption)) {
        QTextStream in(stdin);
        password = in.readLine();
        if (password.isEmpty())
            return context.fail(QStringLiteral("user add: --password-stdin: no password on standard input"));
    }
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto added = store->addUser(parser.positionalArguments().first(), *role, password);
    return added ? Success : context.fail(added.error());
}

int userRoleCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("user role"),
            QStringLiteral("Give the user NAME the role ROLE (viewer, analyst, reviewer or admin) instead of their own."),
            arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 2)
        return context.fail(QStringLiteral("user role: expects NAME ROLE"), UsageError);
    const std::optional<UserRole> role = roleNamed(context, QStringLiteral("user role"), parser.positionalArguments().at(1));
    if (!role)
        return UsageError;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto changed = store->setUserRole(parser.positionalArguments().first(), *role);
    return changed ? Success : context.fail(changed.error());
}

int userListCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser, {{QStringLiteral("format"), QStringLiteral("table or json."), QStringLiteral("format")}});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("user list"),
            QStringLiteral("The users of a server database and their roles; you are marked *."), arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("user list: unexpected argument '%1'").arg(parser.positionalArguments().first()), UsageError);
    const std::optional<Format> format = context.format(parser, false);
    if (!format)
        return UsageError;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto users = store->users();
    if (!users)
        return context.fail(users.error());
    const QString self = store->self().name;
    if (*format == Format::Json) {
        QJsonArray array;
        for (const TeamUser &user : users.value())
            array.append(QJsonObject{{"name", user.name}, {"role", user.role ? QJsonValue(toString(*user.role)) : QJsonValue()},
                {"you", user.name == self}});
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("name"), QStringLiteral("role")});
    for (const TeamUser &user : users.value())
        table.addRow({user.name == self ? user.name + QStringLiteral(" *") : user.name,
            user.role ? toString(*user.role) : QStringLiteral("(none)")});
    table.write(context.out());
    return Success;
}

} // namespace conflictmap::cli
