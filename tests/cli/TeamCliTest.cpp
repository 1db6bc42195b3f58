// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonObject>

// The team of a server database: users in four roles, enforced by the
// server whatever the client. The roles are the server's, shared by the
// tests' databases: each test's users have names of their own.
namespace {

struct Team {
    PgTestDatabase db;
    // "ann" becomes "ann_1a2b3c4d", a name no other test uses.
    QString suffix = db.name().right(8);
    QString user(const QString &name) const { return name + '_' + suffix; }
    QString as(const QString &name) const { return PostgresServer::shared().uri(db.name(), user(name)); }
    QString admin() const { return db.uri(); }

    Team()
    {
        REQUIRE(cli(admin(), {"init"}).exitCode == 0);
        for (const auto &[name, role] :
            {std::pair{"ann", "analyst"}, {"bob", "analyst"}, {"rev", "reviewer"}, {"vic", "viewer"}}) {
            const Run added = cli(admin(), {"user", "add", user(name), "--role", role});
            INFO(added.err.toStdString());
            REQUIRE(added.exitCode == 0);
        }
    }
    // Every incident row and what hangs on it, to see that a refused
    // command wrote nothing.
    QString dump()
    {
        QString text;
        auto connection = db.connect();
        for (const char *sql : {"SELECT * FROM incidents ORDER BY id", "SELECT * FROM incident_actors ORDER BY 1, 2",
                 "SELECT * FROM claims ORDER BY id", "SELECT * FROM sources ORDER BY id"}) {
            const conflictmap::PgResult rows = connection->exec(sql);
            REQUIRE(rows.ok());
            for (int r = 0; r < rows.rows(); ++r)
                for (int c = 0; c < rows.columns(); ++c)
                    text += rows.text(r, c) + '|';
            text += '\n';
        }
        return text;
    }
};

QJsonObject shown(const QString &database, const QString &id)
{
    const Run run = cli(database, {"show", id, "--format", "json"});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace

TEST_CASE("each user is held to their role by the server: analysts change their own records, reviewers any, viewers none",
    "[cli][postgres][team]")
{
    Team team;
    const Run added = cli(team.as("ann"),
        {"add", "--type", "shelling", "--title", "Shelling near Sotk", "--date", "2022-09-13", "--region", "AM-GR", "--actor",
            "Azerbaijan"});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QString id = added.out.trimmed();
    CHECK(shown(team.as("vic"), id).value("created_by").toString() == team.user("ann"));

    const QString before = team.dump();
    SECTION("a colleague's record is refused to an analyst, naming whose it is")
    {
        for (const QStringList &command : {QStringList{"edit", id, "--title", "bob was here"}, QStringList{"delete", id}}) {
            const Run refused = cli(team.as("bob"), command);
            CHECK(refused.exitCode == 1);
            CHECK(refused.err.contains(QStringLiteral("it is %1's").arg(team.user("ann"))));
            CHECK(refused.err.contains(QStringLiteral("%1 (analyst)").arg(team.user("bob"))));
            CHECK(refused.err.count('\n') == 1);
        }
        CHECK(team.dump() == before);
    }
    SECTION("a viewer writes nothing")
    {
        for (const QStringList &command :
            {QStringList{"add", "--type", "other", "--title", "t", "--date", "2022", "--region", "AM-SU"},
                {"source", "add", "--title", "t"}, {"edit", id, "--title", "t"}, {"delete", id}}) {
            INFO(command.join(' ').toStdString());
            const Run refused = cli(team.as("vic"), command);
            CHECK(refused.exitCode == 1);
            CHECK(refused.err.count('\n') == 1);
        }
        CHECK(cli(team.as("vic"), {"source", "add", "--title", "t"}).err.contains("viewer"));
        CHECK(team.dump() == before);
    }
    SECTION("only a reviewer confirms or denies; the record keeps its author and names who changed it")
    {
        const Run refused = cli(team.as("ann"), {"edit", id, "--status", "confirmed"});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains("only a reviewer"));
        CHECK(team.dump() == before);
        const Run confirmed = cli(
            team.as("rev"), {"edit", id, "--status", "confirmed", "--title", "Shelling of Sotk", "--reason", "geolocated video"});
        INFO(confirmed.err.toStdString());
        REQUIRE(confirmed.exitCode == 0);
        // The history names each login and the reason given.
        const Run history = cli(team.as("vic"), {"history", id, "--format", "json"});
        REQUIRE(history.exitCode == 0);
        // Newest first: the review, then the record and its actor added.
        const QJsonArray changes = jsonArrayOf(history.out);
        REQUIRE(changes.size() == 3);
        CHECK(changes[0]["by"].toString() == team.user("rev"));
        CHECK(changes[0]["reason"].toString() == "geolocated video");
        CHECK(changes[0]["before"]["status"].toString() == "reported");
        CHECK(changes[0]["after"]["status"].toString() == "confirmed");
        for (const int added : {1, 2}) {
            CHECK(changes[added]["by"].toString() == team.user("ann"));
            CHECK(changes[added]["operation"].toString() == "insert");
        }
        CHECK(changes[1]["kind"].toString() == "incident_actors");
        CHECK(changes[2]["kind"].toString() == "incidents");
        const QJsonObject record = shown(team.as("ann"), id);
        CHECK(record.value("status").toString() == "confirmed");
        CHECK(record.value("created_by").toString() == team.user("ann"));
        CHECK(record.value("updated_by").toString() == team.user("rev"));
        // An analyst may not add a record already confirmed either.
        CHECK(cli(team.as("bob"),
                  {"add", "--type", "other", "--title", "t", "--date", "2022", "--region", "AM-SU", "--status", "confirmed"})
                  .exitCode
            == 1);
    }
    SECTION("a direct SQL session as an analyst can do no more than the app")
    {
        auto bob = conflictmap::PgConnection::open(team.as("bob"));
        REQUIRE(bob);
        conflictmap::PgConnection &sql = *bob.value();
        CHECK(sql.exec("UPDATE incidents SET title = 'hacked'").affectedRows() == 0);
        CHECK(sql.exec("DELETE FROM incidents").affectedRows() == 0);
        CHECK(sql.exec("DELETE FROM incident_actors").affectedRows() == 0);
        CHECK(sql.exec("UPDATE incidents SET created_by = current_user").affectedRows() == 0);
        CHECK(sql.exec("INSERT INTO incident_search VALUES (1, ''::tsvector)").sqlState() == "42501");
        CHECK(sql.exec("INSERT INTO incident_types (name, label, family) VALUES ('x', 'x', 'other')").sqlState() == "42501");
        CHECK(sql.exec("DROP TABLE incidents").sqlState() == "42501");
        // The history is the server's to write: no one rewrites it.
        CHECK(sql.exec("DELETE FROM history").sqlState() == "42501");
        CHECK(sql.exec("UPDATE history SET by = 'nobody'").sqlState() == "42501");
        CHECK(sql.exec("INSERT INTO history (at, kind, record_id, operation) VALUES ('x', 'incidents', 1, 'insert')").sqlState()
            == "42501");
        // Adding in one's own name only, whatever the statement says.
        const conflictmap::PgResult own = sql.exec(
            "INSERT INTO incidents (type, title, date, date_precision, date_start, date_end, lon, lat, precision, status,"
            " created, updated, created_by) VALUES ('other', 't', '2022', 'year', '2022-01-01', '2022-12-31', 45, 40,"
            " 'country', 'reported', 'x', 'x', 'someone_else') RETURNING created_by");
        REQUIRE(own.ok());
        CHECK(own.text(0, 0) == team.user("bob"));
        CHECK(team.dump().startsWith(before.section('\n', 0, 0)));
    }
    SECTION("a reviewer changes and deletes anyone's record")
    {
        REQUIRE(cli(team.as("rev"), {"edit", id, "--title", "Shelling of Sotk"}).exitCode == 0);
        CHECK(shown(team.as("vic"), id).value("title").toString() == "Shelling of Sotk");
        REQUIRE(cli(team.as("rev"), {"delete", id}).exitCode == 0);
        CHECK(cli(team.as("vic"), {"show", id}).exitCode == 1);
    }
}

TEST_CASE(
    "admins manage the users (add, list, change roles), others may not, and names and roles are checked", "[cli][postgres][team]")
{
    Team team;
    const Run listed = cli(team.as("vic"), {"user", "list", "--format", "json"});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    QMap<QString, QString> roles;
    QString you;
    for (const QJsonValue &user : jsonArrayOf(listed.out)) {
        roles.insert(user["name"].toString(), user["role"].toString());
        if (user["you"].toBool())
            you = user["name"].toString();
    }
    CHECK(roles.value(team.user("ann")) == "analyst");
    CHECK(roles.value(team.user("rev")) == "reviewer");
    CHECK(roles.value(team.user("vic")) == "viewer");
    CHECK(you == team.user("vic"));

    // Only an admin manages users; an admin's users are admins too.
    const Run refused = cli(team.as("rev"), {"user", "add", team.user("eve"), "--role", "admin"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("may not manage users"));
    REQUIRE(cli(team.admin(), {"user", "add", team.user("adm"), "--role", "admin"}).exitCode == 0);
    const Run byAdmin = cli(team.as("adm"), {"user", "add", team.user("eve"), "--role", "analyst"});
    INFO(byAdmin.err.toStdString());
    CHECK(byAdmin.exitCode == 0);

    // bob becomes a reviewer: now he may change ann's record.
    const QString id
        = cli(team.as("ann"), {"add", "--type", "other", "--title", "t", "--date", "2022", "--region", "AM-SU"}).out.trimmed();
    CHECK(cli(team.as("bob"), {"edit", id, "--title", "u"}).exitCode == 1);
    REQUIRE(cli(team.as("adm"), {"user", "role", team.user("bob"), "reviewer"}).exitCode == 0);
    CHECK(cli(team.as("bob"), {"edit", id, "--title", "u"}).exitCode == 0);
    // and back to viewer: he writes nothing any more.
    REQUIRE(cli(team.as("adm"), {"user", "role", team.user("bob"), "viewer"}).exitCode == 0);
    CHECK(cli(team.as("bob"), {"edit", id, "--title", "v"}).exitCode == 1);

    const Run exists = cli(team.admin(), {"user", "add", team.user("ann"), "--role", "viewer"});
    CHECK(exists.exitCode == 1);
    CHECK(exists.err.contains("exists already"));
    for (const QString &name : {QStringLiteral("Robert'); DROP TABLE incidents; --"), QStringLiteral("pg_monitor"),
             QStringLiteral("conflictmap_admin"), QString(64, 'a')}) {
        const Run bad = cli(team.admin(), {"user", "add", name, "--role", "analyst"});
        CHECK(bad.exitCode == 1);
        CHECK(bad.err.startsWith("conflictmap-cli: user name: "));
    }
    CHECK(cli(team.admin(), {"user", "add", team.user("zed"), "--role", "boss"}).exitCode == 2);
    CHECK(cli(team.admin(), {"user", "role", "nobody_at_all", "viewer"}).err.contains("no user nobody_at_all"));
}

TEST_CASE(
    "a password given on standard input lets the user in with it, and only its hash reaches the server", "[cli][postgres][team]")
{
    Team team;
    const Run added = cli(team.admin(), {"user", "add", team.user("pat"), "--role", "viewer", "--password-stdin"},
        "correct horse battery staple\n");
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const conflictmap::PgResult stored
        = team.db.connection().exec("SELECT rolpassword FROM pg_authid WHERE rolname = $1", {team.user("pat")});
    REQUIRE(stored.ok());
    CHECK(stored.text(0, 0).startsWith("SCRAM-SHA-256$"));
    CHECK_FALSE(stored.text(0, 0).contains("horse"));
}

TEST_CASE("a file database has one user and no roles: the user commands say so", "[cli][sqlite]")
{
    CliDatabase dir;
    REQUIRE(cli(dir, {"init"}).exitCode == 0);
    for (const QStringList &command :
        {QStringList{"user", "list"}, {"user", "add", "ann", "--role", "analyst"}, {"user", "role", "ann", "viewer"}}) {
        const Run run = cli(dir, command);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains("a file has no users or roles"));
    }
}
