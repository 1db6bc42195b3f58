// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throwaway PostgreSQL server for tests, reached through a Unix socket in
// its own directory and no TCP port, with trust authentication and no
// fsync. Each test makes its own database (createDatabase), from a template
// with PostGIS or from template0 without, so tests share no state.
class PostgresServer {
public:
    // The server of this test process: the one CONFLICTMAP_TEST_BACKEND
    // names as "postgresql:SOCKET_DIRECTORY:PORT" (the CTest fixture's, left
    // running), or else one started on first use and stopped and removed
    // when the process exits.
    static PostgresServer &shared();
    // Whether the tests of the store, the CLI and the app run on a server
    // database rather than a file: CONFLICTMAP_TEST_BACKEND is
    // "postgresql" (a server of the process's own) or names one as above.
    static bool testsRunOnServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // For the CTest fixture: starts a server with its data, socket and log
    // in dir (made if missing) and leaves it running. On failure nothing is
    // left running and dir is gone; the error ends with the log's last lines.
    static conflictmap::Result<void> startIn(const QString &dir, int port);
    // Stops the server started in dir, if one runs there, and removes dir.
    static conflictmap::Result<void> stopIn(const QString &dir);

    // "postgresql:///DATABASE?host=DIR&port=PORT&user=USER"
    QString uri(const QString &database, const QString &user = QStringLiteral("postgres")) const;
    // A new, empty database under a name no other test uses; fails with why
    // the server could not be started, if it could not.
    conflictmap::Result<QString> createDatabase(bool withPostgis = true);
    // Drops the database, closing any connection still open to it.
    conflictmap::Result<void> dropDatabase(const QString &name);
    // Runs SQL as the superuser (CREATE ROLE, GRANT…) in a database.
    conflictmap::Result<void> psql(const QString &sql, const QString &database = QStringLiteral("postgres"));

private:
    PostgresServer();

    std::unique_ptr<QTemporaryDir> m_ownDirectory; // when this process started the server
    QString m_socketDirectory;
    int m_port = 5432;
    QString m_startError;
};
