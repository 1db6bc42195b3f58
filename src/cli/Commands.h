#pragma once

#include <QStringList>

namespace conflictmap::cli {

class CliContext;

// One function per command; each parses its own arguments and returns the
// process exit code (see ExitCode).
int initCommand(CliContext &context, const QStringList &arguments);
int sourceCommand(CliContext &context, const QStringList &arguments); // source add|list
int addCommand(CliContext &context, const QStringList &arguments);
int editCommand(CliContext &context, const QStringList &arguments);
int showCommand(CliContext &context, const QStringList &arguments);
int deleteCommand(CliContext &context, const QStringList &arguments);
int claimCommand(CliContext &context, const QStringList &arguments); // claim add|delete
int listCommand(CliContext &context, const QStringList &arguments);
int regionsCommand(CliContext &context, const QStringList &arguments);
int regionAtCommand(CliContext &context, const QStringList &arguments);
int typesCommand(CliContext &context, const QStringList &arguments); // types [add]
int exportCommand(CliContext &context, const QStringList &arguments);
int importCommand(CliContext &context, const QStringList &arguments);

} // namespace conflictmap::cli
