// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "support/PgTestDatabase.h"

#include "store/IncidentStore.h"
#include "store/postgres/PgSchema.h"

#include <QCoreApplication>

using namespace conflictmap;

namespace {
Result<std::unique_ptr<IncidentStore>> openStore(const QString &uri, StoreAccess access = StoreAccess::ReadWrite)
{
    return IncidentStore::open(uri, nullptr, access);
}

// A login role of this test's own (roles are the whole server's).
QString makeRole(const char *what)
{
    const QString role = QStringLiteral("%1_%2").arg(QLatin1String(what)).arg(QCoreApplication::applicationPid());
    PostgresServer::shared().psql(QStringLiteral("DROP ROLE IF EXISTS %1; CREATE ROLE %1 LOGIN").arg(role));
    return role;
}
} // namespace

TEST_CASE("an empty database gets the schema and PostGIS when the user may add it", "[postgres]")
{
    PgTestDatabase db(false);
    auto store = openStore(db.uri());
    INFO(store.error().toStdString());
    REQUIRE(store);
    CHECK(db.connection().exec("SELECT postgis_version()").ok());
    auto version = PgSchema::version(db.connection(), db.name());
    REQUIRE(version);
    CHECK(*version == PgSchema::currentVersion());
    // Opened again: nothing to do, the same version.
    store.value().reset();
    REQUIRE(openStore(db.uri()));
    CHECK(PgSchema::version(db.connection(), db.name()).value() == PgSchema::currentVersion());
}

TEST_CASE("a database without PostGIS that the user may not extend is refused in one line naming the fix", "[postgres]")
{
    PgTestDatabase db(false);
    const QString role = makeRole("analyst");
    REQUIRE(PostgresServer::shared().psql(QStringLiteral("GRANT CREATE ON DATABASE %1 TO %2").arg(db.name(), role)));
    auto store = openStore(PostgresServer::shared().uri(db.name(), role));
    REQUIRE_FALSE(store);
    CHECK(store.error().contains("has no PostGIS"));
    CHECK(store.error().contains("CREATE EXTENSION postgis"));
    CHECK_FALSE(store.error().contains('\n'));
    // Nothing was left half made.
    CHECK(db.connection().exec("SELECT 1 FROM pg_tables WHERE tablename = 'conflictmap_schema'").rows() == 0);
    PostgresServer::shared().psql(QStringLiteral("REVOKE ALL ON DATABASE %1 FROM %2").arg(db.name(), role));
    PostgresServer::shared().psql(QStringLiteral("DROP ROLE %1").arg(role));
}

TEST_CASE("another program's database is refused and left as it was", "[postgres]")
{
    PgTestDatabase db;
    REQUIRE(db.connection()
                .execScript("CREATE TABLE invoices (id integer, total numeric); INSERT INTO invoices VALUES (1, 9.5);")
                .ok());
    auto store = openStore(db.uri());
    REQUIRE_FALSE(store);
    CHECK(store.error().contains("not conflictmap's"));
    CHECK(db.connection().exec("SELECT 1 FROM pg_tables WHERE tablename IN ('conflictmap_schema', 'incidents')").rows() == 0);
    CHECK(db.connection().exec("SELECT total FROM invoices").text(0, 0) == "9.5");
}

TEST_CASE("a read-only store needs the schema made and refuses writes with the reason", "[postgres]")
{
    PgTestDatabase db;
    auto empty = openStore(db.uri(), StoreAccess::ReadOnly);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().contains("schema version 0"));
    REQUIRE(openStore(db.uri()));
    auto reader = openStore(db.uri(), StoreAccess::ReadOnly);
    INFO(reader.error().toStdString());
    REQUIRE(reader);
    Source source;
    source.title = "Report";
    auto added = reader.value()->addSource(source);
    REQUIRE_FALSE(added);
    CHECK(added.error().contains("read-only"));
    CHECK(reader.value()->sources().empty());
}

TEST_CASE("a newer schema than this build knows is refused", "[postgres]")
{
    PgTestDatabase db;
    REQUIRE(openStore(db.uri()));
    REQUIRE(db.connection().exec("UPDATE conflictmap_schema SET version = version + 1").ok());
    auto store = openStore(db.uri());
    REQUIRE_FALSE(store);
    CHECK(store.error().contains("newer than this conflictmap knows"));
}

TEST_CASE("a password in the store's URI never appears in what it says", "[postgres]")
{
    auto store = openStore(QStringLiteral("postgresql://someone:s3cret-pw@/nodb?host=/nonexistent-dir"));
    REQUIRE_FALSE(store);
    CHECK_FALSE(store.error().contains("s3cret-pw"));
    CHECK(store.error().contains("***"));
}
