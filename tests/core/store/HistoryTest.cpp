// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StoreFixture.h"

#include "OsUser.h"
#include "store/HistoryRecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace conflictmap;

namespace {
QJsonObject objectOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}
} // namespace

TEST_CASE("every change to an incident and its claims is in the history: who, when, why, before and after", "[store][history]")
{
    StoreFixture db;
    const qint64 source = db.addSource("مكالمة هاتفية", "https://example.org/call");
    Incident incident = db.pointIncident();
    Claim claim;
    claim.sourceId = source;
    claim.claimant = "Ministry of Defence of Azerbaijan";
    claim.quote = QString::fromUtf8("«منطقة فضولي»");
    incident.claims = {claim};
    db.store->setChangeReason(QString::fromUtf8("first report — تقرير أول"));
    const auto id = db.store->addIncident(incident);
    REQUIRE(id);

    Incident changed = *db.store->incident(*id);
    changed.title = QString::fromUtf8("Обстрел у Сотка");
    changed.status = IncidentStatus::Disputed;
    db.store->setChangeReason("second source disputes it");
    REQUIRE(db.store->updateIncident(changed));
    db.store->setChangeReason(QString());
    const qint64 claimId = db.store->incident(*id)->claims.at(0).id;
    REQUIRE(db.store->deleteClaim(claimId));

    // An unrelated incident's changes are not the first's.
    REQUIRE(db.store->addIncident(db.pointIncident()));

    const auto entries = db.store->history(HistoryQuery::ofIncident(*id, -1));
    INFO(entries.error().toStdString());
    REQUIRE(entries);
    // Newest first: claim deleted, incident updated, then the incident and
    // its claim added in one transaction (in the order a backend writes them).
    REQUIRE(entries->size() == 4);
    const HistoryEntry &deleted = entries->at(0), &updated = entries->at(1);
    const bool incidentFirst = entries->at(3).kind == "incidents";
    const HistoryEntry &added = entries->at(incidentFirst ? 3 : 2), &claimAdded = entries->at(incidentFirst ? 2 : 3);
    const QString user = db.server ? QStringLiteral("postgres") : OsUser::name();

    CHECK(added.kind == "incidents");
    CHECK(added.operation == "insert");
    CHECK(added.recordId == *id);
    CHECK(added.before.isEmpty());
    CHECK(objectOf(added.after).value("title").toString() == incident.title);
    CHECK(added.by == user);
    CHECK(added.reason == QString::fromUtf8("first report — تقرير أول"));
    CHECK(QDateTime::fromString(added.at, Qt::ISODateWithMs).isValid());

    CHECK(claimAdded.kind == "claims");
    CHECK(claimAdded.operation == "insert");
    CHECK(objectOf(claimAdded.after).value("quote").toString() == claim.quote);
    CHECK(claimAdded.reason == added.reason); // one transaction, one reason

    CHECK(updated.operation == "update");
    CHECK(objectOf(updated.before).value("title").toString() == incident.title);
    CHECK(objectOf(updated.after).value("title").toString() == QString::fromUtf8("Обстрел у Сотка"));
    CHECK(objectOf(updated.before).value("status").toString() == "reported");
    CHECK(objectOf(updated.after).value("status").toString() == "disputed");
    CHECK(updated.reason == "second source disputes it");
    CHECK(updated.by == user);

    CHECK(deleted.kind == "claims");
    CHECK(deleted.operation == "delete");
    CHECK(deleted.recordId == claimId);
    CHECK(deleted.after.isEmpty());
    CHECK(objectOf(deleted.before).value("incident_id").toInteger() == *id);
    CHECK(deleted.reason.isEmpty());

    // The whole history holds the source and the other incident too, and a
    // limit keeps the newest.
    const auto all = db.store->history({});
    REQUIRE(all);
    CHECK(all->size() == 6);
    CHECK(all->back().kind == "sources");
    const auto newest = db.store->history([] {
        HistoryQuery q;
        q.limit = 2;
        return q;
    }());
    REQUIRE(newest);
    REQUIRE(newest->size() == 2);
    CHECK(newest->at(0).id == all->at(0).id);
}

TEST_CASE("a deleted incident's last state and a shape's geometry are kept in the history", "[store][history]")
{
    StoreFixture db;
    Incident area = db.pointIncident();
    Polygon ring;
    ring.rings.push_back({{45.9, 39.6}, {46.1, 39.6}, {46.1, 39.8}, {45.9, 39.6}});
    area.shape = Geometry::polygon(ring);
    const auto id = db.store->addIncident(area);
    INFO(id.error().toStdString());
    REQUIRE(id);
    REQUIRE(db.store->deleteIncident(*id));
    const auto entries = db.store->history(HistoryQuery::ofIncident(*id, -1));
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(0).operation == "delete");
    const QJsonObject last = objectOf(entries->at(0).before);
    CHECK(last.value("title").toString() == area.title);
    // Hexadecimal WKB on both backends: a polygon (type 3), little-endian.
    CHECK(last.value("geometry").toString().startsWith("0103000000"));
    CHECK(objectOf(entries->at(1).after).value("geometry") == last.value("geometry"));
}

namespace {
// An incident's history as a sorted list, without what differs between
// two incidents of equal content (ids, import ids, digests, times).
QStringList comparableHistory(IncidentStore &store, qint64 id)
{
    const auto entries = store.history(HistoryQuery::ofIncident(id, -1));
    INFO(entries.error().toStdString());
    REQUIRE(entries);
    QStringList comparable;
    for (const HistoryEntry &entry : *entries) {
        QString line = entry.kind + ' ' + entry.operation;
        for (const QString &json : {entry.before, entry.after}) {
            QJsonObject object = objectOf(json);
            for (const char *differs : {"id", "incident_id", "import_id", "import_digest", "created", "updated"})
                object.remove(QLatin1String(differs));
            line += ' ' + QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        comparable << line;
    }
    comparable.sort();
    return comparable;
}
} // namespace

TEST_CASE("incidents imported at once have the history of incidents imported one at a time, rewrites included",
    "[store][history][import]")
{
    // A bulk import writes the history of its new rows in one pass at the
    // end, and that of the rows it rewrites as it goes: the same entries.
    StoreFixture db;
    const qint64 source = db.addSource(QString::fromUtf8("تقرير ميداني"));
    auto record = [&](const QString &id, const QString &actor, const QString &quote) {
        Incident incident = db.pointIncident();
        incident.importDataset = QStringLiteral("test");
        incident.importId = id;
        incident.actors = {{actor, QStringLiteral("a"), Actor::typeNames().front()}, {QStringLiteral("Border guards"), {}, {}}};
        Claim claim;
        claim.sourceId = source;
        claim.quote = quote;
        incident.claims = {claim};
        return incident;
    };
    const QString armenia = QStringLiteral("Armed Forces of Armenia"), azerbaijan = QStringLiteral("Armed Forces of Azerbaijan");
    auto import = [&](const Incident &incident) {
        auto outcome = db.store->importIncident(incident);
        INFO(outcome.error().toStdString());
        REQUIRE(outcome);
        return outcome.value();
    };
    auto idOf = [&](const QString &importId) {
        const auto all = db.store->incidents(IncidentFilter{});
        REQUIRE(all);
        for (const Incident &incident : *all)
            if (incident.importId == importId)
                return incident.id;
        FAIL("no incident imported as " << importId.toStdString());
        return qint64(0);
    };

    // One at a time: the first added, the second added, the first rewritten.
    import(record("one-1", armenia, QString::fromUtf8("«أول»")));
    import(record("one-2", armenia, QString::fromUtf8("«إطلاق نار»")));
    CHECK(import(record("one-1", azerbaijan, QString::fromUtf8("«مختلف»"))) == IncidentStore::ImportOutcome::Updated);
    // The same with the last two in one bulk load.
    import(record("all-1", armenia, QString::fromUtf8("«أول»")));
    REQUIRE(db.store->addAll([&]() -> Result<void> {
        CHECK(import(record("all-2", armenia, QString::fromUtf8("«إطلاق نار»"))) == IncidentStore::ImportOutcome::Added);
        CHECK(import(record("all-1", azerbaijan, QString::fromUtf8("«مختلف»"))) == IncidentStore::ImportOutcome::Updated);
        return {};
    }));

    const QStringList rewritten = comparableHistory(*db.store, idOf("one-1"));
    // Added, then updated with its claim and actors replaced.
    CHECK(rewritten.filter(QRegularExpression("^incidents insert")).size() == 1);
    CHECK(rewritten.filter(QRegularExpression("^incidents update")).size() == 1);
    CHECK(rewritten.filter(QRegularExpression("^claims insert")).size() == 2);
    CHECK(rewritten.filter(QRegularExpression("^claims delete")).size() == 1);
    CHECK(rewritten.filter(QRegularExpression("^incident_actors insert")).size() == 4);
    CHECK(comparableHistory(*db.store, idOf("all-1")) == rewritten);
    const QStringList added = comparableHistory(*db.store, idOf("one-2"));
    CHECK(added.size() == 4); // the incident, its claim, its two actors
    CHECK(comparableHistory(*db.store, idOf("all-2")) == added);
    // Found by the full-text index (filled at the end of the load), Arabic
    // folded as the triggers fold it.
    const std::pair<const char *, QStringList> searches[]
        = {{"مختلف", {"all-1", "one-1"}}, {"اطلاق", {"all-2", "one-2"}}, {"ميداني", {"all-1", "all-2", "one-1", "one-2"}}};
    for (const auto &[words, expected] : searches) {
        IncidentFilter filter;
        filter.text = QString::fromUtf8(words);
        const auto found = db.store->incidents(filter);
        REQUIRE(found);
        QStringList ids;
        for (const Incident &incident : *found)
            ids << incident.importId;
        ids.sort();
        INFO(words);
        CHECK(ids == expected);
    }
}

TEST_CASE("a failed write leaves no history behind", "[store][history]")
{
    StoreFixture db;
    Incident bad = db.pointIncident();
    Claim claim;
    claim.sourceId = 999; // no such source
    bad.claims = {claim};
    CHECK_FALSE(db.store->addIncident(bad));
    const auto entries = db.store->history({});
    REQUIRE(entries);
    CHECK(entries->empty());
}

TEST_CASE("a change is restored as a new change: an edit undone, a deleted incident back with its claims and actors",
    "[store][history]")
{
    StoreFixture db;
    const qint64 source = db.addSource("Source", "https://example.org/s");
    Incident incident = db.pointIncident();
    incident.actors = actorsNamed({"Armed Forces of Armenia", QString::fromUtf8("Հայաստանի զինված ուժեր")});
    Claim claim;
    claim.sourceId = source;
    claim.claimant = QString::fromUtf8("Министерство обороны");
    claim.quote = QString::fromUtf8("«Սոթք»");
    incident.claims = {claim};
    const auto id = db.store->addIncident(incident);
    REQUIRE(id);
    Incident edited = *db.store->incident(*id);
    edited.title = "Edited title";
    edited.fatalities = 3;
    edited.actors = {{QString::fromUtf8("Azərbaycan Silahlı Qüvvələri"), "a", "state_forces"}};
    REQUIRE(db.store->updateIncident(edited));

    const auto added = db.store->history(HistoryQuery::ofIncident(*id, -1));
    REQUIRE(added);
    const auto insert = std::find_if(
        added->begin(), added->end(), [](const HistoryEntry &e) { return e.kind == "incidents" && e.operation == "insert"; });
    REQUIRE(insert != added->end());

    SECTION("the first version of an edited incident")
    {
        const auto restored = db.store->restoreChange(insert->id);
        INFO(restored.error().toStdString());
        REQUIRE(restored);
        CHECK(*restored == *id);
        const auto read = db.store->incident(*id);
        CHECK(read->title == incident.title);
        CHECK_FALSE(read->fatalities);
        CHECK(read->actors == incident.actors);
        REQUIRE(read->claims.size() == 1);
        CHECK(read->claims[0].quote == claim.quote);
        // A change of its own: the incident updated, its actors rewritten.
        const auto latest = db.store->history(HistoryQuery::ofIncident(*id, 5));
        REQUIRE(latest);
        QStringList kinds;
        for (const HistoryEntry &e : latest.value())
            kinds << e.kind + ' ' + e.operation;
        CHECK(kinds
            == QStringList{"incident_actors insert", "incident_actors insert", "incident_actors delete", "incidents update",
                "incident_actors insert"});
    }
    SECTION("a deleted incident, under its own id, with the claims deleted with it")
    {
        REQUIRE(db.store->deleteIncident(*id));
        const auto deleted = db.store->history(HistoryQuery::ofIncident(*id, -1));
        REQUIRE(deleted);
        const auto deletion = std::find_if(deleted->begin(), deleted->end(),
            [](const HistoryEntry &e) { return e.kind == "incidents" && e.operation == "delete"; });
        REQUIRE(deletion != deleted->end());
        const auto restored = db.store->restoreChange(deletion->id);
        INFO(restored.error().toStdString());
        REQUIRE(restored);
        const auto read = db.store->incident(*id);
        REQUIRE(read);
        CHECK(read->title == "Edited title");
        CHECK(read->fatalities == 3);
        CHECK(read->actors == edited.actors);
        CHECK(read->region == "AM-SU");
        REQUIRE(read->claims.size() == 1);
        CHECK(read->claims[0].claimant == claim.claimant);
        CHECK(read->claims[0].source.id == source);
    }
    SECTION("the edit itself, after a later change of actors; its actors' changes in the incident's history")
    {
        Incident later = *db.store->incident(*id);
        later.actors.clear();
        REQUIRE(db.store->updateIncident(later));
        const auto all = db.store->history(HistoryQuery::ofIncident(*id, -1));
        REQUIRE(all);
        QStringList said;
        for (const HistoryEntry &e : all.value())
            if (e.kind == "incident_actors")
                said << HistoryRecord::summary(e);
        // Newest first: the last one removed, the edit's swap, the first two added.
        CHECK(said
            == QStringList{QString::fromUtf8("actor removed: Azərbaycan Silahlı Qüvvələri"),
                QString::fromUtf8("actor added: Azərbaycan Silahlı Qüvvələri"),
                QString::fromUtf8("actor removed: Հայաստանի զինված ուժեր"), "actor removed: Armed Forces of Armenia",
                QString::fromUtf8("actor added: Հայաստանի զինված ուժեր"), "actor added: Armed Forces of Armenia"});
        const auto edit = std::find_if(all->begin(), all->end(), [](const HistoryEntry &e) {
            return e.kind == "incidents" && e.operation == "update" && objectOf(e.before).value("fatalities").isNull();
        });
        REQUIRE(edit != all->end());
        REQUIRE(db.store->restoreChange(edit->id));
        CHECK(db.store->incident(*id)->actors == edited.actors);
        REQUIRE(db.store->restoreChange(insert->id));
        CHECK(db.store->incident(*id)->actors == incident.actors);
    }
    SECTION("what cannot be restored is refused in one line")
    {
        const auto missing = db.store->restoreChange(999999);
        REQUIRE_FALSE(missing);
        CHECK(missing.error() == "change: there is no change 999999 in the history");
        const auto all = db.store->history({});
        REQUIRE(all);
        const auto sourceAdded
            = std::find_if(all->begin(), all->end(), [](const HistoryEntry &e) { return e.kind == "sources"; });
        REQUIRE(sourceAdded != all->end());
        const auto refused = db.store->restoreChange(sourceAdded->id);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().contains("only incidents can be restored"));
    }
}
