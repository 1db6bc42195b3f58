// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"

// conflictmap-cli copy --from DB --to DB, between a file and a server.
namespace {

QString ok(const QString &database, const QStringList &arguments)
{
    const Run run = cli(database, arguments);
    INFO(arguments.join(' ').toStdString() << ": " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

} // namespace

TEST_CASE("copy moves the sample from a file to a server and back: the same list, export and history", "[cli][postgres][copy]")
{
    QTemporaryDir dir;
    PgTestDatabase server;
    const QString file = dir.filePath("team.sqlite");
    const QString back = dir.filePath("back.sqlite");
    ok(file, {"init", "--sample"});
    ok(file, {"--reason", QString::fromUtf8("مصدر ثان"), "edit", "1", "--status", "disputed"});
    ok(file, {"delete", "2"});

    const QString copied = ok(file, {"copy", "--from", file, "--to", server.uri()});
    CHECK(copied.startsWith("copied " + file + " to "));
    CHECK(copied.contains("incidents "));
    CHECK_FALSE(copied.contains("password"));
    ok(file, {"copy", "--from", server.uri(), "--to", back});

    for (const QStringList &command : {QStringList{"list", "--format", "json"}, QStringList{"export"},
             QStringList{"show", "1", "--format", "json"}, QStringList{"area", "list"}, QStringList{"types"}}) {
        const QString original = ok(file, command);
        INFO(command.join(' ').toStdString());
        CHECK(ok(server.uri(), command) == original);
        CHECK(ok(back, command) == original);
    }
    // The history reads the same (the JSON's spacing aside: compare what it says).
    const QString history = ok(file, {"history"});
    CHECK(history.contains(QString::fromUtf8("مصدر ثان")));
    CHECK(ok(server.uri(), {"history"}) == history);
    CHECK(ok(back, {"history"}) == history);
}

TEST_CASE("copy refuses what it cannot do in one line and writes nothing", "[cli][postgres][copy]")
{
    QTemporaryDir dir;
    PgTestDatabase server;
    const QString file = dir.filePath("a.sqlite");
    ok(file, {"init", "--sample"});

    const Run noTarget = cli(file, {"copy", "--from", file});
    CHECK(noTarget.exitCode == 2);
    CHECK(noTarget.err.trimmed() == "conflictmap-cli: copy: give --from DB and --to DB");

    const Run same = cli(file, {"copy", "--from", file, "--to", dir.filePath("./a.sqlite")});
    CHECK(same.exitCode == 2);
    CHECK(same.err.contains("the same database"));

    const Run missing = cli(file, {"copy", "--from", dir.filePath("nope.sqlite"), "--to", dir.filePath("new.sqlite")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("no database at"));
    CHECK_FALSE(QFile::exists(dir.filePath("new.sqlite")));

    // A target with records: refused, left as it was.
    ok(server.uri(), {"init"});
    ok(server.uri(),
        {"add", "--type", "shelling", "--title", "Already here", "--date", "2022-09-13", "--lon", "46.3", "--lat", "39.5"});
    const QString before = ok(server.uri(), {"export"});
    const Run full = cli(file, {"copy", "--from", file, "--to", server.uri()});
    CHECK(full.exitCode == 1);
    CHECK(full.err.contains("not empty"));
    CHECK(full.err.trimmed().count('\n') == 0);
    CHECK(ok(server.uri(), {"export"}) == before);
}
