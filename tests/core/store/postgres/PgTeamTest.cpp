// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"
#include "support/PgTestDatabase.h"

// What the server refuses a user comes back as ErrorCode::Forbidden, for a
// caller to tell a role's limit from a failure.
using namespace conflictmap;

TEST_CASE("the server's refusals of a role are ErrorCode::Forbidden, in one line naming user and role", "[postgres][team]")
{
    PgTestDatabase db;
    QString error;
    const std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
    REQUIRE(layer);
    const auto open = [&](const QString &user) {
        auto store = IncidentStore::open(PostgresServer::shared().uri(db.name(), user), layer);
        INFO(store.error().toStdString());
        REQUIRE(store);
        return std::move(store.value());
    };
    const QString suffix = db.name().right(8);
    const QString ann = "ann_" + suffix, bob = "bob_" + suffix, vic = "vic_" + suffix;
    {
        auto owner = open(QStringLiteral("postgres"));
        for (const auto &[name, role] : {std::pair{ann, UserRole::Analyst}, {bob, UserRole::Analyst}, {vic, UserRole::Viewer}})
            REQUIRE(owner->addUser(name, role, QString()));
    }
    Incident incident;
    incident.type = QStringLiteral("shelling");
    incident.title = QStringLiteral("Shelling near Sotk");
    incident.date = PartialDate::parse(QStringLiteral("2022-09-13"), &error);
    incident.lon = 45.93;
    incident.lat = 40.20;
    incident.precision = LocationPrecision::Exact;
    const auto id = open(ann)->addIncident(incident);
    REQUIRE(id);

    // An analyst changing a colleague's record.
    auto asBob = open(bob);
    Incident theirs = *asBob->incident(*id);
    theirs.title = QStringLiteral("Retitled by bob");
    const auto changed = asBob->updateIncident(theirs);
    REQUIRE_FALSE(changed);
    CHECK(changed.problem().code == ErrorCode::Forbidden);
    CHECK(changed.error().contains(QStringLiteral("it is %1's, and %2 (analyst)").arg(ann, bob)));
    CHECK(asBob->deleteIncident(*id).problem().code == ErrorCode::Forbidden);

    // A viewer writing anything, an analyst managing users.
    const auto added = open(vic)->addIncident(incident);
    REQUIRE_FALSE(added);
    CHECK(added.problem().code == ErrorCode::Forbidden);
    CHECK(added.error().contains(QStringLiteral("%1 may not (viewer here)").arg(vic)));
    const auto managed = open(ann)->addUser("eve_" + suffix, UserRole::Admin, QString());
    REQUIRE_FALSE(managed);
    CHECK(managed.problem().code == ErrorCode::Forbidden);
    CHECK(open(ann)->incident(*id)->title == "Shelling near Sotk");
}
