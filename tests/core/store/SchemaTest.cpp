// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StoreFixture.h"

#include "store/Schema.h"
#include "store/SqliteDatabase.h"

#include <sqlite3.h>

using namespace conflictmap;

TEST_CASE("a new database gets the current schema: WAL, foreign keys, R*Tree and FTS5", "[store][schema]")
{
    StoreFixture db;
    db.store.reset();
    auto raw = SqliteDatabase::open(db.path);
    REQUIRE(raw);
    SqliteDatabase &sqlite = *raw.value();
    CHECK(sqlite.userVersion() == Schema::currentVersion());
    SqliteStatement journal = sqlite.prepare("PRAGMA journal_mode");
    REQUIRE(journal.next());
    CHECK(journal.text(0) == "wal");
    SqliteStatement foreignKeys = sqlite.prepare("PRAGMA foreign_keys");
    REQUIRE(foreignKeys.next());
    CHECK(foreignKeys.integer(0) == 1);
    SqliteStatement tables = sqlite.prepare("SELECT sql FROM sqlite_master WHERE name IN ('incident_location', 'incident_text')");
    QStringList sql;
    while (tables.next())
        sql << tables.text(0);
    CHECK(sql.join(' ').contains("USING rtree"));
    CHECK(sql.join(' ').contains("USING fts5"));
    // A source without a link is found by its title through an index, not
    // by reading every source (an import of N distinct names was N²).
    SqliteStatement plan
        = sqlite.prepare("EXPLAIN QUERY PLAN SELECT id FROM sources WHERE url IS NULL AND title = 'a' AND publisher IS 'b'");
    QStringList steps;
    while (plan.next())
        steps << plan.text(3);
    CHECK(steps.join(' ').contains("USING INDEX sources_unlinked"));
    // The database refuses what the core would refuse, as a second line of defence.
    CHECK_FALSE(sqlite.exec("INSERT INTO incidents (type, title, date, date_precision, date_start, date_end, lon, lat, precision,"
                            " status, created, updated) VALUES ('shelling', 't', '2022', 'year', '2022-01-01', '2022-12-31',"
                            " 46, 95, 'exact', 'reported', 'now', 'now')"));
    CHECK_FALSE(sqlite.exec("INSERT INTO claims (incident_id, source_id, stance, created) VALUES (999, 999, 'claims', 'now')"));
}

TEST_CASE("a version 1 database is migrated forward with its data indexed", "[store][schema]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    {
        auto raw = SqliteDatabase::open(path);
        REQUIRE(raw);
        REQUIRE(Schema::migrate(*raw.value(), 1));
        CHECK(raw.value()->userVersion() == 1);
        REQUIRE(raw.value()->exec(
            "INSERT INTO sources (id, title, created) VALUES (1, 'مصدر', '2022-10-04T00:00:00Z');"
            "INSERT INTO incidents (id, type, title, date, date_precision, date_start, date_end, lon, lat, precision, region,"
            " status, created, updated) VALUES (1, 'troop_movement', 'Trucks to Fuzuli', '2022-10', 'month', '2022-10-01',"
            " '2022-10-31', 47.145, 39.601, 'near', 'AZ-FUZ', 'reported', '2022-10-04T00:00:00Z', '2022-10-04T00:00:00Z');"
            "INSERT INTO claims (incident_id, source_id, stance, quote, created) VALUES (1, 1, 'reports', 'منطقة فضولي', "
            "'now');"));
        SqliteStatement noIndex = raw.value()->prepare("SELECT count(*) FROM sqlite_master WHERE name = 'incident_location'");
        REQUIRE(noIndex.next());
        CHECK(noIndex.integer(0) == 0);
    }
    QString error;
    std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
    auto store = IncidentStore::open(path, layer);
    REQUIRE(store);
    IncidentFilter byText;
    byText.text = QString::fromUtf8("فضولي");
    CHECK(store.value()->incidents(byText).value().size() == 1);
    IncidentFilter byBox;
    byBox.bbox = QRectF(47, 39.5, 0.3, 0.3);
    CHECK(store.value()->incidents(byBox).value().size() == 1);
    store.value().reset();
    auto raw = SqliteDatabase::open(path);
    CHECK(raw.value()->userVersion() == Schema::currentVersion());
    // The database as it was is kept beside it.
    auto backup = SqliteDatabase::open(path + ".v1.bak", SqliteDatabase::Mode::ReadOnly);
    REQUIRE(backup);
    CHECK(backup.value()->userVersion() == 1);
    SqliteStatement rows = backup.value()->prepare("SELECT title FROM incidents");
    REQUIRE(rows.next());
    CHECK(rows.text(0) == "Trucks to Fuzuli");
}

TEST_CASE("databases this build cannot use are refused with the reason", "[store][schema]")
{
    QTemporaryDir dir;
    QString error;
    std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
    SECTION("a newer schema version")
    {
        const QString path = dir.filePath("newer.sqlite");
        {
            auto raw = SqliteDatabase::open(path);
            REQUIRE(Schema::migrate(*raw.value()));
            REQUIRE(raw.value()->exec("PRAGMA user_version = 99"));
        }
        auto store = IncidentStore::open(path, layer);
        REQUIRE_FALSE(store);
        CHECK(store.error()
            == QString("%1: database schema version 99 is newer than this conflictmap supports (%2); use a newer conflictmap")
                   .arg(path)
                   .arg(Schema::currentVersion()));
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath("other.sqlite");
        {
            auto raw = SqliteDatabase::open(path);
            REQUIRE(raw.value()->exec("CREATE TABLE contacts (name TEXT)"));
        }
        auto store = IncidentStore::open(path, layer);
        REQUIRE_FALSE(store);
        CHECK(store.error().contains("not conflictmap's"));
        auto raw = SqliteDatabase::open(path);
        SqliteStatement tables = raw.value()->prepare("SELECT count(*) FROM sqlite_master");
        REQUIRE(tables.next());
        CHECK(tables.integer(0) == 1); // untouched
    }
    SECTION("a file that is not a database")
    {
        const QString path = dir.filePath("garbage.sqlite");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        auto store = IncidentStore::open(path, layer);
        REQUIRE_FALSE(store);
        CHECK(store.error().startsWith(path + ": not a conflictmap database"));
    }
    SECTION("a directory")
    {
        auto store = IncidentStore::open(dir.path(), layer);
        REQUIRE_FALSE(store);
        CHECK(store.error().contains("is a directory"));
    }
}

TEST_CASE("a database opened read-only reads, and refuses writes with the reason", "[store][schema]")
{
    StoreFixture db;
    REQUIRE(db.store->addIncident(db.pointIncident()));
    db.store.reset();
    auto store = IncidentStore::open(db.path, db.layer, StoreAccess::ReadOnly);
    REQUIRE(store);
    CHECK(store.value()->isReadOnly());
    CHECK(store.value()->incidentCount() == 1);
    const auto added = store.value()->addIncident(db.pointIncident());
    REQUIRE_FALSE(added);
    CHECK(added.error() == db.path + ": the database is open read-only");
    CHECK(store.value()->incidentCount() == 1);
}

namespace {
// A database at schema 'version' holding incident 1, whose kept
// properties are 'extra' (a JSON object), and the store that opens it,
// upgrading it to the current version.
struct OldDatabase {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<IncidentStore> store;

    // 'more': SQL run after, in the old schema.
    OldDatabase(int version, const char *extra, const char *more = "")
        : path(dir.filePath(QStringLiteral("v%1.sqlite").arg(version)))
    {
        {
            auto raw = SqliteDatabase::open(path);
            REQUIRE(raw);
            REQUIRE(Schema::migrate(*raw.value(), version));
            SqliteStatement insert = raw.value()->prepare(
                "INSERT INTO incidents (id, type, title, date, date_precision, date_start, date_end, lon, lat, precision,"
                " region, status, created, updated, extra) VALUES (1, 'shelling', 'Shelling near Goris', '2022-09-13', 'day',"
                " '2022-09-13', '2022-09-13', 46.338, 39.507, 'near', 'AM-SU', 'reported', '2022-09-14T00:00:00Z',"
                " '2022-09-14T00:00:00Z', ?1)");
            insert.bind(1, QString::fromUtf8(extra));
            REQUIRE(insert.run());
            REQUIRE(raw.value()->exec(more));
        }
        QString error;
        std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
        auto opened = IncidentStore::open(path, layer);
        INFO(opened.error().toStdString());
        REQUIRE(opened);
        store = std::move(opened.value());
    }
};
} // namespace

TEST_CASE("a version 3 database gains import keys, its incidents keep theirs empty, and the copy stays", "[store][schema]")
{
    OldDatabase db(3, R"({"unit":"4th Army Corps"})");
    const auto old = db.store->incident(1);
    REQUIRE(old);
    CHECK(old->importId.isEmpty());
    CHECK(old->extra == R"({"unit":"4th Army Corps"})");
    Incident imported = *old;
    imported.importDataset = "units.geojson";
    imported.importId = "101";
    const auto added = db.store->importIncident(imported);
    INFO(added.error().toStdString());
    REQUIRE(added);
    CHECK(added.value() == IncidentStore::ImportOutcome::Added);
    CHECK(db.store->importIncident(imported).value() == IncidentStore::ImportOutcome::Unchanged);
    CHECK(db.store->incidentCount() == 2);
    auto backup = SqliteDatabase::open(db.path + ".v3.bak", SqliteDatabase::Mode::ReadOnly);
    REQUIRE(backup);
    CHECK(backup.value()->userVersion() == 3);
}

TEST_CASE("a version 4 database's kept properties become searchable", "[store][schema]")
{
    OldDatabase db(4, R"({"notes":"Western Military District"})");
    IncidentFilter byText;
    byText.text = "Military District";
    CHECK(db.store->incidents(byText).value().size() == 1);
    byText.text = "Shelling";
    CHECK(db.store->incidents(byText).value().size() == 1);
    CHECK(QFile::exists(db.path + ".v4.bak"));
}

TEST_CASE("a version 5 database keeps its ids, actors and claims, and never gives a deleted id again", "[store][schema]")
{
    OldDatabase db(5, "",
        "INSERT INTO sources (id, title, created) VALUES (1, 'Report', '2022-10-04T00:00:00Z');"
        "INSERT INTO sources (id, title, created) VALUES (2, 'Second report', '2022-10-04T00:00:00Z');"
        "INSERT INTO claims (incident_id, source_id, stance, created) VALUES (1, 2, 'reports', 'now');"
        "INSERT INTO incident_actors (incident_id, position, actor) VALUES (1, 0, 'Border guards');");
    const auto kept = db.store->incident(1);
    REQUIRE(kept);
    CHECK(actorNames(kept->actors) == QStringList{"Border guards"});
    REQUIRE(kept->claims.size() == 1);
    CHECK(kept->claims[0].source.title == "Second report");
    IncidentFilter byText;
    byText.text = "Second report";
    CHECK(db.store->incidents(byText).value().size() == 1); // the claims' trigger is back
    Incident incident = *kept;
    incident.claims.clear();
    const qint64 second = db.store->addIncident(incident).value();
    CHECK(second == 2);
    REQUIRE(db.store->deleteIncident(second));
    CHECK(db.store->addIncident(incident).value() == 3);
    Source source;
    source.title = "Third report";
    CHECK(db.store->addSource(source).value() == 3);
}

TEST_CASE(
    "a version 6 database's Arabic is found without the article, and plain SQL writes keep the index folded", "[store][schema]")
{
    OldDatabase db(6, "", "UPDATE incidents SET title = 'باحتلال الأراضي الأرمنية' WHERE id = 1");
    IncidentFilter byText;
    byText.text = QString::fromUtf8("أراضي");
    CHECK(db.store->incidents(byText).value().size() == 1);
    CHECK(db.store->incident(1)->title == QString::fromUtf8("باحتلال الأراضي الأرمنية"));
    CHECK(QFile::exists(db.path + ".v6.bak"));
    // The sqlite3 shell (bench/generate.sql) writes through the same
    // triggers: they need nothing registered by conflictmap.
    db.store.reset();
    {
        auto raw = SqliteDatabase::open(db.path);
        REQUIRE(raw);
        REQUIRE(raw.value()->exec(
            "INSERT INTO incidents (id, type, title, date, date_precision, date_start, date_end, lon, lat, precision, status,"
            " created, updated) VALUES (2, 'shelling', 'قصف على الحدود', '2022-09-13', 'day', '2022-09-13', '2022-09-13',"
            " 46.338, 39.507, 'near', 'reported', 'now', 'now')"));
    }
    QString error;
    std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
    auto store = IncidentStore::open(db.path, layer);
    REQUIRE(store);
    byText.text = QString::fromUtf8("حدود");
    const auto found = store.value()->incidents(byText).value();
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == 2);
}

TEST_CASE("a version 7 database's points stay found where they are and may become lines and areas", "[store][schema]")
{
    OldDatabase db(7, "");
    CHECK(QFile::exists(db.path + ".v7.bak"));
    const auto point = db.store->incident(1);
    REQUIRE(point);
    CHECK_FALSE(point->shape);
    // The spatial index still finds the point by its own box.
    IncidentFilter aroundGoris;
    aroundGoris.bbox = QRectF(QPointF(46.3, 39.4), QPointF(46.4, 39.6));
    CHECK(db.store->incidents(aroundGoris).value().size() == 1);
    // Made a line far away, it is found there, not at the old point.
    Incident line = *point;
    line.shape = Geometry::lineString({{46.60, 39.55}, {46.90, 39.60}});
    REQUIRE(db.store->updateIncident(line));
    CHECK(db.store->incidents(aroundGoris).value().empty());
    IncidentFilter alongTheLine;
    alongTheLine.bbox = QRectF(QPointF(46.7, 39.5), QPointF(46.8, 39.7));
    CHECK(db.store->incidents(alongTheLine).value().size() == 1);
    // And territorial control can be recorded in the upgraded file.
    ControlRecord control;
    control.party = QStringLiteral("Azerbaijan");
    control.date = QDate(2022, 9, 14);
    control.area = Geometry::polygon(Polygon{{{{45.9, 39.5}, {46.1, 39.5}, {46.1, 39.7}}}});
    REQUIRE(db.store->control().add(control));
}

TEST_CASE(
    "a version 15 database's incidents and actors gain ranges, estimates, sides and types, with their history", "[store][schema]")
{
    OldDatabase db(15, "", "INSERT INTO incident_actors (incident_id, position, actor) VALUES (1, 0, 'Border guards');");
    const auto old = db.store->incident(1);
    REQUIRE(old);
    CHECK(!old->dateUntil);
    CHECK(!old->fatalitiesLow);
    REQUIRE(old->actors.size() == 1);
    CHECK(old->actors[0] == Actor{"Border guards", {}, {}});
    Incident edited = *old;
    QString error;
    edited.dateUntil = PartialDate::parse("2022-09-20", &error);
    edited.fatalities = 7;
    edited.fatalitiesLow = 5;
    edited.fatalitiesHigh = 12;
    edited.actors = {{"Border guards", "b", "state_forces"}};
    REQUIRE(db.store->updateIncident(edited));
    const auto read = db.store->incident(1);
    CHECK(read->dateUntil->toString() == "2022-09-20");
    CHECK(read->fatalitiesHigh == 12);
    CHECK(read->actors == edited.actors);
    // The history keeps the new columns.
    const auto changes = db.store->history(HistoryQuery::ofIncident(1));
    REQUIRE(changes);
    const auto recorded = [&](const char *kind, const char *text) {
        return std::any_of(changes->begin(), changes->end(),
            [&](const HistoryEntry &e) { return e.kind == kind && e.after.contains(QLatin1String(text)); });
    };
    CHECK(recorded("incidents", "\"fatalities_high\":12"));
    CHECK(recorded("incidents", "\"date_until\":\"2022-09-20\""));
    CHECK(recorded("incident_actors", "\"actor_type\":\"state_forces\""));
}
