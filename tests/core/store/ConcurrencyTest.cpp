// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StoreFixture.h"

#include "TestPaths.h"

#include <QProcess>

using namespace conflictmap;

TEST_CASE("two processes writing at once lose nothing and see no lock errors", "[store][concurrency]")
{
    StoreFixture db;
    REQUIRE(db.store->addIncident(db.pointIncident()));
    db.store.reset(); // the writers are the only ones writing
    QProcess a, b;
    for (auto [process, tag] : {std::pair{&a, "first"}, std::pair{&b, "second"}})
        process->start(testpaths::storeWriter(), {db.path, "2000", QString::fromLatin1(tag)});
    REQUIRE(a.waitForFinished(120000));
    REQUIRE(b.waitForFinished(120000));
    INFO(a.readAllStandardError().toStdString() << b.readAllStandardError().toStdString());
    CHECK(a.exitCode() == 0);
    CHECK(b.exitCode() == 0);
    CHECK(a.readAllStandardOutput().trimmed().endsWith("total 2000"));
    CHECK(b.readAllStandardOutput().trimmed().endsWith("total 2000"));

    db.store = db.open();
    CHECK(db.store->incidentCount() == 4001);
    IncidentFilter first;
    first.text = "first";
    CHECK(db.store->incidents(first).value().size() == 2000);
    auto raw = SqliteDatabase::open(db.path, SqliteDatabase::Mode::ReadOnly);
    SqliteStatement check = raw.value()->prepare("PRAGMA integrity_check");
    REQUIRE(check.next());
    CHECK(check.text(0) == "ok");
}
