// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"

#include "store/DatabaseCopy.h"
#include "store/IncidentStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace conflictmap::cli {

namespace {

// Whether two locations name one database (a file by any path to it).
bool sameDatabase(const QString &a, const QString &b)
{
    if (IncidentStore::isServerUri(a) || IncidentStore::isServerUri(b))
        return a == b;
    const QFileInfo fa(a), fb(b);
    return fa.exists() && fb.exists() ? fa.canonicalFilePath() == fb.canonicalFilePath()
                                      : fa.absoluteFilePath() == fb.absoluteFilePath();
}

} // namespace

int copyCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(
        QStringLiteral("from"), QStringLiteral("The database to copy: a file or a postgresql:// URI."), QStringLiteral("db"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        QStringLiteral("Where to: a new file, or an empty database (a server's is given the schema; its owner copies)."),
        QStringLiteral("db"));
    context.addOptions(parser, {fromOption, toOption});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("copy"),
            QStringLiteral("Copy a whole database into a new or empty one, file or server, either way: every record with its"
                           " id, times and authors, the claims, sources, areas and the history. All or nothing."),
            arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("copy: unexpected '%1'").arg(parser.positionalArguments().first()), UsageError);
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return context.fail(QStringLiteral("copy: give --from DB and --to DB"), UsageError);
    const QString from = parser.value(fromOption);
    const QString to = parser.value(toOption);
    if (sameDatabase(from, to))
        return context.fail(QStringLiteral("copy: --from and --to are the same database"), UsageError);
    auto source = context.openDatabase(from, true, StoreAccess::ReadOnly);
    if (!source)
        return context.fail(QStringLiteral("copy: --from: %1").arg(source.error()));
    // A file made for the copy goes again if the copy fails.
    const bool newFile = !IncidentStore::isServerUri(to) && !QFileInfo::exists(to);
    const auto removeNewFile = [&] {
        if (newFile)
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(to + suffix);
    };
    auto target = context.openDatabase(to, false, StoreAccess::ReadWrite);
    if (!target) {
        removeNewFile();
        return context.fail(QStringLiteral("copy: --to: %1").arg(target.error()));
    }
    QElapsedTimer timer;
    timer.start();
    const auto copied = DatabaseCopy::copy(*source.value(), *target.value());
    if (!copied) {
        target.value().reset();
        removeNewFile();
        return context.fail(QStringLiteral("copy: %1").arg(copied.error()));
    }
    QStringList counts;
    for (const CopiedTable &table : copied.value())
        counts << QStringLiteral("%1 %2").arg(table.table).arg(table.rows);
    context.out() << QStringLiteral("copied %1 to %2 in %3 s: %4")
                         .arg(source.value()->displayName(), target.value()->displayName())
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                         .arg(counts.join(QStringLiteral(", ")))
                  << '\n';
    return Success;
}

} // namespace conflictmap::cli
