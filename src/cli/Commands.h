// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

#include <vector>

namespace conflictmap::cli {

class CliContext;

// One function per command; each parses its own arguments and returns the
// process exit code (see ExitCode).
using CommandFunction = int (*)(CliContext &context, const QStringList &arguments);

int initCommand(CliContext &context, const QStringList &arguments);
int addSourceCommand(CliContext &context, const QStringList &arguments);
int showSourceCommand(CliContext &context, const QStringList &arguments);
int getSourceCommand(CliContext &context, const QStringList &arguments);
int verifySourcesCommand(CliContext &context, const QStringList &arguments);
int listSourcesCommand(CliContext &context, const QStringList &arguments);
int addCommand(CliContext &context, const QStringList &arguments);
int editCommand(CliContext &context, const QStringList &arguments);
int showCommand(CliContext &context, const QStringList &arguments);
int deleteCommand(CliContext &context, const QStringList &arguments);
int addClaimCommand(CliContext &context, const QStringList &arguments);
int deleteClaimCommand(CliContext &context, const QStringList &arguments);
int listCommand(CliContext &context, const QStringList &arguments);
int regionsCommand(CliContext &context, const QStringList &arguments);
int regionAtCommand(CliContext &context, const QStringList &arguments);
int typesCommand(CliContext &context, const QStringList &arguments);
int addTypeCommand(CliContext &context, const QStringList &arguments);
int exportCommand(CliContext &context, const QStringList &arguments);
int verifyBundleCommand(CliContext &context, const QStringList &arguments);
int importCommand(CliContext &context, const QStringList &arguments);
int matchCommand(CliContext &context, const QStringList &arguments);
int renderCommand(CliContext &context, const QStringList &arguments);
int placesSearchCommand(CliContext &context, const QStringList &arguments);
int placesFindCommand(CliContext &context, const QStringList &arguments);
int gradeSourceCommand(CliContext &context, const QStringList &arguments);
int gradeClaimCommand(CliContext &context, const QStringList &arguments);
int areaAddCommand(CliContext &context, const QStringList &arguments);
int areaImportCommand(CliContext &context, const QStringList &arguments);
int areaAtCommand(CliContext &context, const QStringList &arguments);
int areaChangeCommand(CliContext &context, const QStringList &arguments);
int areaListCommand(CliContext &context, const QStringList &arguments);
int areaDeleteCommand(CliContext &context, const QStringList &arguments);
int partyListCommand(CliContext &context, const QStringList &arguments);
int partyColorCommand(CliContext &context, const QStringList &arguments);
int historyCommand(CliContext &context, const QStringList &arguments);
int restoreCommand(CliContext &context, const QStringList &arguments);
int userAddCommand(CliContext &context, const QStringList &arguments);
int userListCommand(CliContext &context, const QStringList &arguments);
int userRoleCommand(CliContext &context, const QStringList &arguments);
int copyCommand(CliContext &context, const QStringList &arguments);

// An entry of the command table: a command, or a group whose first argument
// names one of its subcommands (source add|list). A group may run on its
// own too (types lists the types, types add adds one).
struct Command {
    QString name;
    QString arguments; // as the usage shows them: "ID", "[-o FILE]"
    QString summary; // one line
    CommandFunction run = nullptr; // null for a group that only dispatches
    std::vector<Command> subcommands;
    QString section; // the usage's heading, on top-level entries
};

// The table main() dispatches through; tests walk it.
const std::vector<Command> &commands();
// The program's usage, made from the table.
QString usage();
// Runs the command the arguments name (after the global options).
int runCommand(CliContext &context, const QStringList &arguments);

} // namespace conflictmap::cli
