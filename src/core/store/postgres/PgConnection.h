// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "store/postgres/PgParam.h"
#include "store/postgres/PgResult.h"

#include <QString>

#include <memory>
#include <vector>

struct pg_conn;

namespace conflictmap {

// A NOTIFY received on a channel this connection LISTENs to.
struct PgNotification {
    QString channel;
    QString payload;
    int senderProcessId = 0; // the server process of the session that sent it
};

// An open connection to a PostgreSQL database, speaking UTF-8. Statements
// are sent with their values apart (PgParam), never spliced into the SQL.
// Messages name the database by its URI with any password masked: a
// password never reaches an error, a log or the screen.
class PgConnection {
public:
    // uri: "postgresql://user@host/db?…" or "host=… dbname=…".
    static Result<std::unique_ptr<PgConnection>> open(const QString &uri);
    // The URI with its password (user:***@, password=***) masked.
    static QString redacted(const QString &uri);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // One statement; its values as $1, $2… Text with a NUL character is
    // refused (PostgreSQL cannot store one).
    PgResult exec(const char *sql, const std::vector<PgParam> &params = {});
    // Several statements with no parameters (a schema's DDL), as one
    // transaction unless they hold their own BEGIN and COMMIT: the first
    // that fails undoes those before it. The result is the last statement's
    // or the failed one's.
    PgResult execScript(const char *sql);
    // What went wrong last on this connection, one line.
    QString lastError() const;

    // False once a statement found the server gone (the connection is not
    // probed: a drop is seen at the next exchange).
    bool isAlive() const;
    // Connects again with the same parameters; true when that worked. A
    // transaction open before is gone.
    bool reset();
    // The same without waiting, for a program that must not freeze: start,
    // then poll now and then (the socket is non-blocking) until done or
    // failed.
    enum class ResetState { Pending, Done, Failed };
    bool startReset();
    ResetState pollReset();

    QString user() const;
    // Whether a transaction is open (statements are part of it).
    bool inTransaction() const;
    // 'password' for 'role' hashed as the server wants it (SCRAM), so that
    // the password itself never reaches the server, its logs or statistics.
    Result<QByteArray> encryptPassword(const QString &role, const QString &password);
    // This session's server process (what PgNotification::senderProcessId
    // holds for its own notifications).
    int serverProcessId() const;
    QString database() const;

    // For waiting on LISTEN: readable when the server sent something.
    int socketDescriptor() const;
    // The notifications received so far, read from the socket without
    // waiting; each is returned once.
    std::vector<PgNotification> notifications();

private:
    PgConnection() = default;
    friend class PgTransaction;
    bool transactionFailed() const;

    pg_conn *m_conn = nullptr;
    bool m_nestedFailed = false; // a nested transaction ended uncommitted: the outer must not commit
};

} // namespace conflictmap
