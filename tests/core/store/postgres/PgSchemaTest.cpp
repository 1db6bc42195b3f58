// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "TestPaths.h"
#include "support/PgTestDatabase.h"

#include "store/IncidentStore.h"
#include "store/SearchText.h"
#include "store/postgres/PgSchema.h"

#include <QCoreApplication>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <set>

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

TEST_CASE("the server's folding for search is translate() over the whole table, in every script", "[postgres]")
{
    PgTestDatabase db;
    {
        auto store = IncidentStore::open(db.uri(), nullptr);
        REQUIRE(store);
    }
    const auto [from, to] = conflictmap::SearchText::foldTranslation();
    for (const char *text : {"Shelling near Goris", "Şuşa istiqamətində ATƏŞ", "Обстрел у Сотка, ЁЛКА", "Սիսիանի ՄՈՏ",
             "إطلاق نارٍ قُرب الحدود ـ ومؤسسة ىة", "Ærø Ŀ ḀḂ Ỹ ǅ İstanbul", "مختلط Mixed Ğ Ж Ա"}) {
        INFO(text);
        conflictmap::PgResult same = db.connection().exec("SELECT conflictmap_fold($1) = translate(lower($1), $2, $3),"
                                                          " conflictmap_fold($1)",
            {QString::fromUtf8(text), from, to});
        REQUIRE(same.ok());
        CHECK(same.text(0, 0) == "t");
    }
    CHECK(db.connection().exec("SELECT conflictmap_fold(NULL) IS NULL").text(0, 0) == "t");
}

TEST_CASE("an init killed at any moment leaves the schema at a version it reached, never between, and a new init completes it",
    "[postgres]")
{
    // What each version adds, to tell a whole version from half of one.
    const std::vector<std::pair<int, const char *>> marks{{1, "SELECT 1 FROM pg_tables WHERE tablename = 'incidents'"},
        {3, "SELECT 1 FROM pg_tables WHERE tablename = 'history'"},
        {5, "SELECT 1 FROM information_schema.columns WHERE table_name = 'incidents' AND column_name = 'version'"},
        {7, "SELECT 1 FROM pg_trigger WHERE tgname = 'incident_actors_history'"}};
    std::set<int> reached;
    // Killed as soon as a version is seen committed (the next one then
    // being made), at the very start, and after the end.
    std::vector<int> kills{-1, 3000};
    for (int version = 0; version < PgSchema::currentVersion(); ++version)
        kills.push_back(-100 - version);
    for (const int kill : kills) {
        INFO("kill " << kill << " (-100 - N: once version N is committed; else after that many ms)");
        PgTestDatabase db;
        QProcess init;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("CONFLICTMAP_DB", db.uri());
        init.setProcessEnvironment(environment);
        init.start(testpaths::cli(), {"init"});
        REQUIRE(init.waitForStarted());
        if (kill <= -100) {
            auto watcher = db.connect();
            while (init.state() != QProcess::NotRunning) {
                const conflictmap::PgResult seen = watcher->exec("SELECT version FROM conflictmap_schema");
                if (seen.ok() && seen.rows() == 1 && seen.integer(0, 0) >= -100 - kill)
                    break;
                QThread::usleep(500);
            }
        } else if (kill > 0) {
            QThread::msleep(ulong(kill));
        }
        if (init.state() != QProcess::NotRunning)
            ::kill(pid_t(init.processId()), SIGKILL);
        REQUIRE(init.waitForFinished(30000));

        auto connection = db.connect();
        const bool marked = connection->exec("SELECT 1 FROM pg_tables WHERE tablename = 'conflictmap_schema'").rows() == 1;
        const int version = marked ? int(connection->exec("SELECT version FROM conflictmap_schema").integer(0, 0)) : 0;
        reached.insert(version);
        CHECK(version >= 0);
        CHECK(version <= PgSchema::currentVersion());
        for (const auto &[since, sql] : marks) {
            INFO("version " << version << ": " << sql);
            CHECK((connection->exec(sql).rows() == 1) == (version >= since));
        }
        // Whatever it reached, init goes on from there.
        connection.reset();
        auto store = openStore(db.uri());
        INFO(store.error().toStdString());
        REQUIRE(store);
        CHECK(PgSchema::version(db.connection(), db.name()).value() == PgSchema::currentVersion());
    }
    // The kills came at different moments: before, between and after.
    CHECK(reached.size() >= 3);
}
