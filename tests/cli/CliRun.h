// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "JsonOutput.h"
#include "TestPaths.h"
#include "support/PgTestDatabase.h"

#include "store/SqliteDatabase.h"
#include "store/SqliteStatement.h"
#include "store/postgres/PgResult.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// What one run of the built conflictmap-cli did.
struct Run {
    int exitCode;
    QString out;
    QString err;
};

// A test's own database, never the user's: an SQLite file in a temporary
// folder, or, when the tests run on PostgreSQL (CONFLICTMAP_TEST_BACKEND),
// a new database on the tests' server, without conflictmap's schema until
// 'init'. The folder is there on both, for the test's other files.
class CliDatabase : public QTemporaryDir {
public:
    static bool onServer() { return PostgresServer::testsRunOnServer(); }
    // What --db and $CONFLICTMAP_DB name.
    QString location() const { return m_server ? m_server->uri() : filePath("incidents.sqlite"); }

    // Every row the queries select, as text: equal dumps before and after a
    // command mean it wrote nothing.
    QString dump(std::initializer_list<const char *> selects) const
    {
        QString text;
        if (m_server) {
            auto db = m_server->connect();
            for (const char *sql : selects) {
                const conflictmap::PgResult rows = db->exec(sql);
                INFO(rows.message().toStdString());
                REQUIRE(rows.ok());
                for (int r = 0; r < rows.rows(); ++r)
                    for (int c = 0; c < rows.columns(); ++c)
                        text += (rows.isNull(r, c) ? QStringLiteral("NULL") : rows.text(r, c)) + '|';
                text += '\n';
            }
            return text;
        }
        auto db = conflictmap::SqliteDatabase::open(location(), conflictmap::SqliteDatabase::Mode::ReadOnly);
        REQUIRE(db);
        for (const char *sql : selects) {
            conflictmap::SqliteStatement select = db.value()->prepare(sql);
            while (select.next())
                for (int c = 0; c < select.columnCount(); ++c)
                    text += select.text(c) + '|';
            text += '\n';
        }
        return text;
    }

    // Runs SQL that changes the database behind conflictmap's back, as
    // another program (or an attacker) could.
    void exec(const char *sql) const
    {
        if (m_server) {
            const conflictmap::PgResult done = m_server->connect()->exec(sql);
            INFO(done.message().toStdString());
            REQUIRE(done.ok());
            return;
        }
        auto db = conflictmap::SqliteDatabase::open(location());
        REQUIRE(db);
        INFO(db.value()->lastError().toStdString());
        REQUIRE(db.value()->exec(sql));
    }

private:
    std::unique_ptr<PgTestDatabase> m_server = onServer() ? std::make_unique<PgTestDatabase>() : nullptr;
};

// Runs the built conflictmap-cli on a test's database ($CONFLICTMAP_DB),
// 'input' on its standard input.
inline Run cli(const QString &database, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("CONFLICTMAP_DB", database);
    process.setProcessEnvironment(environment);
    process.start(testpaths::cli(), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

inline Run cli(const CliDatabase &dir, const QStringList &arguments, const QByteArray &input = {})
{
    return cli(dir.location(), arguments, input);
}

// Runs a command that must succeed silently; what it printed, trimmed (an id).
inline QString addOk(const CliDatabase &dir, const QStringList &arguments)
{
    const Run run = cli(dir, arguments);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(run.err.isEmpty());
    return run.out.trimmed();
}

// `list --format json` with these filters.
inline QJsonArray listJson(const CliDatabase &dir, const QStringList &filters = {})
{
    const Run run = cli(dir, QStringList{"list", "--format", "json"} + filters);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return jsonArrayOf(run.out);
}
