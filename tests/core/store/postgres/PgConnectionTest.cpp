// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "support/PgTestDatabase.h"

#include "store/postgres/PgConnection.h"
#include "store/postgres/PgTransaction.h"

#include <QTemporaryDir>

#include <cmath>
#include <limits>

#include <poll.h>

using namespace conflictmap;

namespace {
qint64 countRows(PgConnection &connection, const char *sql = "SELECT count(*) FROM t")
{
    const PgResult result = connection.exec(sql);
    INFO(result.message().toStdString());
    REQUIRE(result.ok());
    return result.integer(0, 0);
}
} // namespace

TEST_CASE("text in four scripts and a bytea of every byte value round-trip with NULLs", "[postgres]")
{
    PgTestDatabase db;
    PgConnection &pg = db.connection();
    CHECK(pg.user() == "postgres");
    CHECK(pg.database() == db.name());
    REQUIRE(pg.exec("CREATE TABLE t (id bigint, name text, data bytea, ratio double precision, parent bigint)").ok());

    const QString name = QStringLiteral("شوشی Շուշի შუშა Шуша");
    QByteArray everyByte;
    for (int byte = 0; byte < 256; ++byte)
        everyByte.append(char(byte));
    const double ratio = 0.1 + 0.2; // not 0.3: only 17 digits bring it back
    const PgResult insert = pg.exec("INSERT INTO t VALUES ($1, $2, $3, $4, $5), ($6, $7, $8, $9, $10)",
        {std::numeric_limits<qint64>::max(), name, PgParam::bytea(everyByte), ratio, std::optional<qint64>(42),
            std::numeric_limits<qint64>::min(), QString(), PgParam::bytea(QByteArray()), PgParam(), std::optional<qint64>()});
    INFO(insert.message().toStdString());
    REQUIRE(insert.ok());
    CHECK(insert.affectedRows() == 2);

    const PgResult rows = pg.exec("SELECT id, name, data, ratio, parent, char_length(name), octet_length(data) FROM t"
                                  " ORDER BY id DESC");
    REQUIRE(rows.ok());
    REQUIRE(rows.rows() == 2);
    REQUIRE(rows.columns() == 7);
    CHECK(rows.integer(0, 0) == std::numeric_limits<qint64>::max());
    CHECK(rows.text(0, 1) == name);
    CHECK(rows.bytes(0, 1) == name.toUtf8().toStdString());
    CHECK(rows.bytea(0, 2) == everyByte);
    CHECK(rows.real(0, 3) == ratio);
    CHECK(rows.optionalInteger(0, 4) == 42);
    // Stored as characters and bytes, not as text of their escapes.
    CHECK(rows.integer(0, 5) == name.size());
    CHECK(rows.integer(0, 6) == 256);

    CHECK(rows.integer(1, 0) == std::numeric_limits<qint64>::min());
    for (int column = 1; column < 7; ++column)
        CHECK(rows.isNull(1, column));
    CHECK(rows.text(1, 1).isNull());
    CHECK(rows.bytea(1, 2).isNull());
    CHECK(rows.optionalInteger(1, 4) == std::nullopt);

    const PgResult update = pg.exec("UPDATE t SET parent = $1", {7});
    REQUIRE(update.ok());
    CHECK(update.affectedRows() == 2);
}

TEST_CASE("NaN and infinities are read as such and not as zero", "[postgres]")
{
    PgTestDatabase db;
    const PgResult result
        = db.connection().exec("SELECT 'NaN'::float8, 'Infinity'::float8, '-Infinity'::float8, $1::float8", {-1.5e-300});
    REQUIRE(result.ok());
    CHECK(std::isnan(result.real(0, 0)));
    CHECK(result.real(0, 1) == std::numeric_limits<double>::infinity());
    CHECK(result.real(0, 2) == -std::numeric_limits<double>::infinity());
    CHECK(result.real(0, 3) == -1.5e-300);
}

TEST_CASE("a transaction rolled back leaves nothing and a committed one is seen by another session", "[postgres]")
{
    PgTestDatabase db;
    PgConnection &pg = db.connection();
    REQUIRE(pg.exec("CREATE TABLE t (name text)").ok());
    {
        PgTransaction transaction(pg);
        REQUIRE(transaction.isActive());
        REQUIRE(pg.exec("INSERT INTO t VALUES ($1)", {QStringLiteral("rolled back")}).ok());
        CHECK(countRows(pg) == 1);
    }
    CHECK(countRows(pg) == 0);
    {
        PgTransaction transaction(pg);
        REQUIRE(pg.exec("INSERT INTO t VALUES ($1)", {QStringLiteral("kept")}).ok());
        CHECK(countRows(*db.connect()) == 0);
        CHECK(transaction.commit());
        CHECK_FALSE(transaction.isActive());
    }
    CHECK(countRows(*db.connect()) == 1);
}

TEST_CASE("a nested transaction is part of the outer one", "[postgres]")
{
    PgTestDatabase db;
    PgConnection &pg = db.connection();
    REQUIRE(pg.exec("CREATE TABLE t (name text)").ok());
    auto other = db.connect();

    SECTION("its commit waits for the outer one's")
    {
        PgTransaction outer(pg);
        {
            PgTransaction inner(pg);
            REQUIRE(pg.exec("INSERT INTO t VALUES ('inner')").ok());
            CHECK(inner.commit());
        }
        CHECK(countRows(*other) == 0);
        CHECK(outer.commit());
        CHECK(countRows(*other) == 1);
    }
    SECTION("the outer one rolled back undoes a committed inner one")
    {
        {
            PgTransaction outer(pg);
            PgTransaction inner(pg);
            REQUIRE(pg.exec("INSERT INTO t VALUES ('inner')").ok());
            CHECK(inner.commit());
        }
        CHECK(countRows(pg) == 0);
    }
    SECTION("an inner one left uncommitted makes the outer fail to commit")
    {
        {
            PgTransaction outer(pg);
            REQUIRE(pg.exec("INSERT INTO t VALUES ('outer')").ok());
            {
                PgTransaction inner(pg);
                REQUIRE(pg.exec("INSERT INTO t VALUES ('inner')").ok());
            }
            CHECK_FALSE(outer.commit());
        }
        CHECK(countRows(pg) == 0);
        PgTransaction next(pg);
        REQUIRE(pg.exec("INSERT INTO t VALUES ('next')").ok());
        CHECK(next.commit()); // the failure is forgotten with its transaction
        CHECK(countRows(*other) == 1);
    }
}

TEST_CASE("a statement that failed in a transaction makes its commit fail and undoes the rest", "[postgres]")
{
    PgTestDatabase db;
    PgConnection &pg = db.connection();
    REQUIRE(pg.exec("CREATE TABLE t (name text UNIQUE)").ok());
    {
        PgTransaction transaction(pg);
        REQUIRE(pg.exec("INSERT INTO t VALUES ('a')").ok());
        CHECK_FALSE(pg.exec("INSERT INTO t VALUES ('a')").ok());
        CHECK_FALSE(transaction.commit());
    }
    CHECK(countRows(pg) == 0);
}

TEST_CASE("a script runs as one transaction and its failure names the statement's error", "[postgres]")
{
    PgTestDatabase db;
    PgConnection &pg = db.connection();
    REQUIRE(pg.execScript("CREATE TABLE a (x int); CREATE TABLE b (x int);").ok());
    const PgResult failed = pg.execScript("CREATE TABLE c (x int); SELECT 1 / 0;");
    CHECK_FALSE(failed.ok());
    CHECK(failed.sqlState() == "22012");
    CHECK(failed.message() == "division by zero");
    CHECK(countRows(pg, "SELECT count(*) FROM pg_tables WHERE tablename IN ('a', 'b', 'c')") == 2);
}

TEST_CASE("a server that is down fails to open in one line naming its socket", "[postgres]")
{
    QTemporaryDir noServer;
    const QString uri = QStringLiteral("postgresql:///incidents?host=%1&port=5432").arg(noServer.path());
    const auto opened = PgConnection::open(uri);
    REQUIRE_FALSE(opened);
    CHECK_FALSE(opened.error().contains('\n'));
    CHECK(opened.error().startsWith(uri + ": cannot connect: "));
    CHECK(opened.error().contains(
        QStringLiteral(R"(connection to server on socket "%1/.s.PGSQL.5432" failed)").arg(noServer.path())));
}

TEST_CASE("a password in the URI appears in no error message", "[postgres]")
{
    const auto refused = PgConnection::open(QStringLiteral("postgresql://u:s3cret@/db?host=/nonexistent"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().startsWith("postgresql://u:***@/db?host=/nonexistent: cannot connect: "));
    CHECK_FALSE(refused.error().contains("s3cret"));
    // libpq quotes a token it cannot decode: here the password itself.
    const auto undecodable = PgConnection::open(QStringLiteral("postgresql://u:s3%zzcret@/db?host=/nonexistent"));
    REQUIRE_FALSE(undecodable);
    CHECK(undecodable.error().contains("percent-encoded"));
    CHECK_FALSE(undecodable.error().contains("zzcret"));
    const auto keywords = PgConnection::open(QStringLiteral("host=/nonexistent dbname=db password=s3cret"));
    REQUIRE_FALSE(keywords);
    CHECK_FALSE(keywords.error().contains("s3cret"));
}

TEST_CASE("redacted masks the password of a URI or keyword string and nothing else", "[postgres]")
{
    const auto [uri, masked] = GENERATE(table<const char *, const char *>({
        {"postgresql://u:s3cret@host/db", "postgresql://u:***@host/db"},
        {"postgres://u:p%40ss@host:5432/db?sslmode=require", "postgres://u:***@host:5432/db?sslmode=require"},
        {"postgresql://u:p@ss@host/db", "postgresql://u:***@host/db"},
        {"postgresql://u:pa?ss@/db?host=/tmp", "postgresql://u:***@/db?host=/tmp"},
        {"POSTGRESQL://u:x@[::1]:5432/db", "POSTGRESQL://u:***@[::1]:5432/db"},
        {"postgresql:///db?host=/tmp&password=s3cret&user=u", "postgresql:///db?host=/tmp&password=***&user=u"},
        {"postgresql:///db?%70assword=s3cret", "postgresql:///db?%70assword=***"},
        {"host=/tmp dbname=db password=s3cret user=u", "host=/tmp dbname=db password=*** user=u"},
        {"password = 's3 \\' cret' dbname=db", "password = *** dbname=db"},
        {"postgresql://u@host:5432/db?user=x", "postgresql://u@host:5432/db?user=x"},
        {"host=/tmp dbname=passwords", "host=/tmp dbname=passwords"},
    }));
    CHECK(PgConnection::redacted(QString::fromUtf8(uri)) == QString::fromUtf8(masked));
}

TEST_CASE("SQL injection text as a parameter is stored verbatim", "[postgres]")
{
    PgTestDatabase db;
    PgConnection &pg = db.connection();
    REQUIRE(pg.exec("CREATE TABLE t (name text)").ok());
    const QString hostile = QStringLiteral("Robert'); DROP TABLE t; -- $1 \\' \" E'\\x00' ;");
    REQUIRE(pg.exec("INSERT INTO t VALUES ($1)", {hostile}).ok());
    const PgResult read = pg.exec("SELECT name FROM t WHERE name = $1", {hostile});
    REQUIRE(read.ok());
    REQUIRE(read.rows() == 1);
    CHECK(read.text(0, 0) == hostile);
}

TEST_CASE("text holding a NUL character is refused and not cut short", "[postgres]")
{
    PgTestDatabase db;
    PgConnection &pg = db.connection();
    REQUIRE(pg.exec("CREATE TABLE t (name text)").ok());
    const PgResult refused
        = pg.exec("INSERT INTO t VALUES ($1)", {QStringLiteral("before") + QChar(0) + QStringLiteral("after")});
    CHECK_FALSE(refused.ok());
    CHECK(refused.message() == "parameter $1: text holds a NUL character, which PostgreSQL cannot store");
    CHECK(countRows(pg) == 0);
}

TEST_CASE("a unique violation has SQLSTATE 23505 and a one-line message", "[postgres]")
{
    PgTestDatabase db;
    PgConnection &pg = db.connection();
    REQUIRE(pg.exec("CREATE TABLE t (name text CONSTRAINT t_name UNIQUE)").ok());
    REQUIRE(pg.exec("INSERT INTO t VALUES ($1)", {QStringLiteral("Goris")}).ok());
    const PgResult duplicate = pg.exec("INSERT INTO t VALUES ($1)", {QStringLiteral("Goris")});
    CHECK_FALSE(duplicate.ok());
    CHECK(duplicate.sqlState() == "23505");
    CHECK(duplicate.message() == R"(duplicate key value violates unique constraint "t_name")");
    CHECK(pg.lastError() == "ERROR: duplicate key value violates unique constraint \"t_name\"");
}

TEST_CASE("a database is made with PostGIS or without it", "[postgres]")
{
    PgTestDatabase plain(false);
    CHECK(countRows(plain.connection(), "SELECT count(*) FROM pg_extension WHERE extname = 'postgis'") == 0);
    const PgResult missing = plain.connection().exec("SELECT postgis_version()");
    CHECK_FALSE(missing.ok());
    CHECK(missing.sqlState() == "42883"); // undefined function

    PgTestDatabase spatial;
    const PgResult version = spatial.connection().exec("SELECT postgis_version()");
    INFO(version.message().toStdString());
    REQUIRE(version.ok());
    CHECK(version.text(0, 0).startsWith("3."));
}

TEST_CASE("a notification reaches the session that listens on its channel", "[postgres]")
{
    PgTestDatabase db;
    PgConnection &listener = db.connection();
    REQUIRE(listener.exec("LISTEN incidents").ok());
    CHECK(listener.notifications().empty());
    auto notifier = db.connect();
    REQUIRE(notifier->exec("SELECT pg_notify($1, $2)", {QStringLiteral("incidents"), QStringLiteral("42 Շուշի")}).ok());

    std::vector<PgNotification> received;
    pollfd socket{listener.socketDescriptor(), POLLIN, 0};
    while (received.empty() && poll(&socket, 1, 30000) > 0)
        received = listener.notifications();
    REQUIRE(received.size() == 1);
    CHECK(received[0].channel == "incidents");
    CHECK(received[0].payload == QStringLiteral("42 Շուշի"));
    CHECK(listener.notifications().empty());
}

TEST_CASE("a connection whose session the server ended is reset and works again", "[postgres]")
{
    PgTestDatabase db;
    PgConnection &pg = db.connection();
    REQUIRE(pg.isAlive());
    const PgResult pid = pg.exec("SELECT pg_backend_pid()");
    REQUIRE(pid.ok());
    // With a timeout the call waits until the session is gone.
    const PgResult terminated = db.connect()->exec("SELECT pg_terminate_backend($1, 60000)", {pid.integer(0, 0)});
    REQUIRE(terminated.ok());
    REQUIRE(terminated.text(0, 0) == "t");

    const PgResult lost = pg.exec("SELECT 1");
    CHECK_FALSE(lost.ok());
    CHECK_FALSE(lost.message().isEmpty());
    CHECK_FALSE(pg.isAlive());
    REQUIRE(pg.reset());
    CHECK(pg.isAlive());
    const PgResult again = pg.exec("SELECT $1::text", {QStringLiteral("Шуша")});
    REQUIRE(again.ok());
    CHECK(again.text(0, 0) == "Шуша");
}
