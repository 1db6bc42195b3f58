// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/RollbackJournalScope.h"
#include "CatchQtStrings.h"
#include "store/SqliteDatabase.h"

#include <QTemporaryDir>

#include <sqlite3.h>

#include <catch2/catch.hpp>

using namespace conflictmap;

namespace {
QString pragma(SqliteDatabase &db, const char *sql)
{
    SqliteStatement statement = db.prepare(sql);
    return statement.next() ? statement.text(0) : QString();
}

std::unique_ptr<SqliteDatabase> openIn(const QTemporaryDir &dir)
{
    auto db = SqliteDatabase::open(dir.filePath("load.sqlite"));
    REQUIRE(db);
    return std::move(db.value());
}
} // namespace

TEST_CASE("a bulk load alone on the file writes with a rollback journal, and the file is WAL again after", "[store][sqlite]")
{
    QTemporaryDir dir;
    auto db = openIn(dir);
    REQUIRE(db->exec("CREATE TABLE t (x INTEGER)"));
    REQUIRE(pragma(*db, "PRAGMA journal_mode") == "wal");
    {
        const RollbackJournalScope scope(*db);
        CHECK(scope.isActive());
        CHECK(pragma(*db, "PRAGMA journal_mode") == "delete");
        CHECK(pragma(*db, "PRAGMA synchronous") == "2"); // FULL: NORMAL is safe with WAL only
        SqliteTransaction transaction(*db);
        REQUIRE(db->exec("INSERT INTO t VALUES (1), (2)"));
        REQUIRE(transaction.commit());
    }
    CHECK(pragma(*db, "PRAGMA journal_mode") == "wal");
    CHECK(pragma(*db, "PRAGMA synchronous") == "1");
    auto reader = openIn(dir);
    CHECK(pragma(*reader, "SELECT count(*) FROM t") == "2");
}

TEST_CASE(
    "a bulk load under a rollback journal holds the file alone, and whoever opens it meanwhile is told why", "[store][sqlite]")
{
    QTemporaryDir dir;
    auto db = openIn(dir);
    REQUIRE(db->exec("CREATE TABLE t (x INTEGER)"));
    const RollbackJournalScope scope(*db);
    REQUIRE(scope.isActive());
    SqliteTransaction transaction(*db);
    REQUIRE(db->exec("INSERT INTO t VALUES (1)"));
    // Not even a read gets in: under a rollback journal the commit would
    // wait for it, and fail the load if it lasted past the busy timeout.
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open_v2(dir.filePath("load.sqlite").toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    CHECK(sqlite3_exec(raw, "SELECT count(*) FROM t", nullptr, nullptr, nullptr) == SQLITE_BUSY);
    sqlite3_close_v2(raw);
    // After the busy timeout, one line saying why.
    auto other = SqliteDatabase::open(dir.filePath("load.sqlite"), SqliteDatabase::Mode::ReadOnly);
    REQUIRE_FALSE(other);
    CHECK(other.error().endsWith("another program is writing the file and holds it alone (an import); try again when it has "
                                 "finished"));
    REQUIRE(transaction.commit());
    auto reader = openIn(dir);
    CHECK(pragma(*reader, "SELECT count(*) FROM t") == "1");
}

TEST_CASE("a bulk load keeps WAL while another connection has the file open, or inside a transaction", "[store][sqlite]")
{
    QTemporaryDir dir;
    auto db = openIn(dir);
    REQUIRE(db->exec("CREATE TABLE t (x INTEGER)"));
    SECTION("another connection open")
    {
        auto other = openIn(dir);
        REQUIRE(pragma(*other, "SELECT count(*) FROM t") == "0");
        const RollbackJournalScope scope(*db);
        CHECK_FALSE(scope.isActive());
        CHECK(pragma(*db, "PRAGMA journal_mode") == "wal");
        // The other still reads while the load writes, as WAL allows.
        SqliteTransaction transaction(*db);
        REQUIRE(db->exec("INSERT INTO t VALUES (1)"));
        CHECK(pragma(*other, "SELECT count(*) FROM t") == "0");
        REQUIRE(transaction.commit());
        CHECK(pragma(*other, "SELECT count(*) FROM t") == "1");
    }
    SECTION("inside a transaction")
    {
        SqliteTransaction transaction(*db);
        const RollbackJournalScope scope(*db);
        CHECK_FALSE(scope.isActive());
        CHECK(pragma(*db, "PRAGMA journal_mode") == "wal");
    }
    CHECK(pragma(*db, "PRAGMA journal_mode") == "wal");
}
