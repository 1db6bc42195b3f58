// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/DatabaseCopy.h"
#include "BoxGeometry.h"
#include "CatchQtStrings.h"
#include "archive/DocumentReader.h"
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"
#include "support/PgTestDatabase.h"

#include <QJsonDocument>
#include <QTemporaryDir>

// A whole database copied between a file and a server, both ways: every
// table row by row, ids, authors, times, the history and the id counters.
using namespace conflictmap;

namespace {

std::shared_ptr<const BoundaryLayer> bundledLayer()
{
    QString error;
    static const std::shared_ptr<const BoundaryLayer> layer(BoundaryLayer::open(BoundaryLayer::defaultPath(), &error));
    REQUIRE(layer);
    return layer;
}

std::unique_ptr<IncidentStore> openStore(const QString &location, StoreAccess access = StoreAccess::ReadWrite)
{
    auto opened = IncidentStore::open(location, bundledLayer(), access);
    INFO(opened.error().toStdString());
    REQUIRE(opened);
    return std::move(opened.value());
}

// Every table's rows as text, JSON compared by value (a server keeps it as
// jsonb, in an order and spacing of its own).
QString rowsOf(const IncidentStore &store)
{
    const std::unique_ptr<TableRows> rows = store.tableRows();
    QString text;
    for (const CopyTable &table : copyTables()) {
        text += QStringLiteral("== %1\n").arg(table.name);
        Result<void> read = rows->read(table, [&](const CopyRow &row) -> Result<void> {
            for (size_t c = 0; c < row.size(); ++c) {
                const QVariant &value = row[c];
                if (value.isNull())
                    text += QStringLiteral("NULL");
                else if (table.columns[c].kind == CopyKind::Json)
                    text += QString::fromUtf8(QJsonDocument::fromJson(value.toString().toUtf8()).toJson(QJsonDocument::Compact));
                else if (table.columns[c].kind == CopyKind::Geometry || table.columns[c].kind == CopyKind::Bytes)
                    text += QString::fromLatin1(value.toByteArray().toHex());
                else if (table.columns[c].kind == CopyKind::Real)
                    text += QString::number(value.toDouble(), 'g', 17);
                else
                    text += value.toString();
                text += '|';
            }
            text += '\n';
            return {};
        });
        INFO(read.error().toStdString());
        REQUIRE(read);
    }
    return text;
}

Incident incidentAt(double lon, double lat, const QString &title)
{
    Incident incident;
    incident.type = QStringLiteral("shelling");
    incident.title = title;
    QString error;
    incident.date = PartialDate::parse(QStringLiteral("2022-09-13"), &error);
    incident.lon = lon;
    incident.lat = lat;
    incident.precision = LocationPrecision::Exact;
    return incident;
}

// A database with a bit of everything: sources and claims in several
// scripts, a line and an area, actors, a custom type, a confirmed status,
// an area of control with its claim, an edit with a reason, and a deleted
// incident (the highest id: the counter must go past it).
void fill(IncidentStore &store)
{
    Source article;
    article.title = QString::fromUtf8("اتصال هاتفي بين الرئيسين الإيراني والأذربيجاني");
    article.url = QStringLiteral("https://example.org/ar/1");
    article.language = QStringLiteral("ar");
    article.reliability = QStringLiteral("B");
    article.text = QString::fromUtf8("ذكرت وزارة الدفاع الأذربيجانية أنها سيطرت على سبعة مواقع جبلية");
    const auto source = store.addSource(article);
    REQUIRE(source);
    // A stored document: bytes with NULs and every byte value, as an image has.
    QByteArray image("\x89PNG\r\n\x1A\n", 8);
    for (int i = 0; i < 512; ++i)
        image += char(i % 256);
    const auto document = DocumentReader::read(image, QStringLiteral("photo.png"));
    REQUIRE(document);
    Source photo;
    photo.title = QStringLiteral("Photo of the convoy");
    photo.fileName = QStringLiteral("photo.png");
    REQUIRE(store.addSource(photo, *document));
    REQUIRE(store.addIncidentType(
        {QStringLiteral("drone_sighting"), QStringLiteral("Drone sighting"), QStringLiteral("movement"), true}));

    Incident point = incidentAt(46.338, 39.507, QString::fromUtf8("Обстрел у Сотка"));
    point.actors = actorsNamed({QStringLiteral("Armenia"), QString::fromUtf8("Azərbaycan")});
    point.description = QString::fromUtf8("Սիսիանի մոտ");
    point.extra = QStringLiteral("{\"acled\":{\"event_id_cnty\":\"ARM123\"}}");
    point.fatalities = 3;
    Claim claim;
    claim.sourceId = *source;
    claim.claimant = QStringLiteral("Ministry of Defence of Azerbaijan");
    claim.stance = Stance::Claims;
    claim.quote = QString::fromUtf8("«سبعة مواقع جبلية»");
    claim.credibility = 2;
    point.claims = {claim};
    REQUIRE(store.addIncident(point));

    Incident line = incidentAt(46.4, 39.52, QStringLiteral("Convoy towards Fuzuli"));
    line.type = QStringLiteral("drone_sighting");
    line.shape = Geometry::lineString({{46.2, 39.5}, {46.6, 39.55}, {47.1, 39.6}});
    line.status = IncidentStatus::Confirmed;
    REQUIRE(store.addIncident(line));

    Incident area = incidentAt(45.5, 40.3, QStringLiteral("Positions around Lake Sevan"));
    area.shape = box(45.2, 40.1, 45.8, 40.5);
    area.precision = LocationPrecision::Near;
    const auto areaId = store.addIncident(area);
    INFO(areaId.error().toStdString());
    REQUIRE(areaId);
    store.setChangeReason(QString::fromUtf8("تصحيح العنوان — corrected"));
    Incident edited = *store.incident(*areaId);
    edited.title = QStringLiteral("Positions east of Lake Sevan");
    REQUIRE(store.updateIncident(edited));
    store.setChangeReason(QString());

    const auto doomed = store.addIncident(incidentAt(46.0, 39.2, QStringLiteral("Withdrawn report")));
    REQUIRE(doomed);
    REQUIRE(store.deleteIncident(*doomed));

    ControlRecord held;
    held.party = QStringLiteral("Azerbaijan");
    held.claimedBy = QStringLiteral("Ministry of Defence of Azerbaijan");
    held.date = QDate(2022, 9, 14);
    held.area = box(45.9, 39.9, 46.0, 40.0);
    held.claims = {claim};
    REQUIRE(store.control().add(held));
}

} // namespace

TEST_CASE(
    "a file copied to a server and back is the same row by row, ids, authors, history and counters kept", "[postgres][copy]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath("original.sqlite");
    const QString back = dir.filePath("back.sqlite");
    PgTestDatabase server;
    {
        auto store = openStore(original);
        fill(*store);
    }
    auto from = openStore(original, StoreAccess::ReadOnly);
    auto onServer = openStore(server.uri());
    const auto there = DatabaseCopy::copy(*from, *onServer);
    INFO(there.error().toStdString());
    REQUIRE(there);
    auto returned = openStore(back);
    const auto again = DatabaseCopy::copy(*onServer, *returned);
    INFO(again.error().toStdString());
    REQUIRE(again);

    const QString rows = rowsOf(*from);
    CHECK(rows.count('\n') > 30);
    CHECK(rowsOf(*onServer) == rows);
    CHECK(rowsOf(*returned) == rows);
    // Counted: 4 incidents were added, one deleted.
    const auto incidents
        = std::find_if(there->begin(), there->end(), [](const CopiedTable &t) { return t.table == "incidents"; });
    REQUIRE(incidents != there->end());
    CHECK(incidents->rows == 3);

    // Ids go on where the original's went: past the deleted incident's.
    const auto nextHere = openStore(original)->addIncident(incidentAt(46.1, 39.3, QStringLiteral("Next")));
    const auto nextThere = onServer->addIncident(incidentAt(46.1, 39.3, QStringLiteral("Next")));
    const auto nextBack = returned->addIncident(incidentAt(46.1, 39.3, QStringLiteral("Next")));
    REQUIRE(nextHere);
    REQUIRE(nextThere);
    REQUIRE(nextBack);
    CHECK(*nextHere == 5);
    CHECK(*nextThere == *nextHere);
    CHECK(*nextBack == *nextHere);

    // The copies work as databases: found by words of any script, on the
    // map's viewport, and the deleted incident can be restored from the
    // copied history.
    for (IncidentStore *copy : {onServer.get(), returned.get()}) {
        IncidentFilter words;
        words.text = QString::fromUtf8("сотка");
        const auto found = copy->incidents(words);
        REQUIRE(found);
        REQUIRE(found->size() == 1);
        CHECK(found->front().claims.size() == 1);
        IncidentFilter near;
        near.bbox = QRectF(QPointF(47.0, 39.55), QPointF(47.2, 39.65));
        const auto seen = copy->incidents(near);
        REQUIRE(seen);
        REQUIRE(seen->size() == 1);
        CHECK(seen->front().title == "Convoy towards Fuzuli");
        const auto history = copy->history({});
        REQUIRE(history);
        const auto deletion = std::find_if(history->begin(), history->end(),
            [](const HistoryEntry &e) { return e.kind == "incidents" && e.operation == "delete"; });
        REQUIRE(deletion != history->end());
        const auto restored = copy->restoreChange(deletion->id);
        INFO(restored.error().toStdString());
        REQUIRE(restored);
        CHECK(copy->incident(*restored)->title == "Withdrawn report");
    }
}

TEST_CASE("a copy goes only into an empty database and leaves one with records as it was", "[postgres][copy]")
{
    QTemporaryDir dir;
    PgTestDatabase server;
    auto file = openStore(dir.filePath("a.sqlite"));
    fill(*file);
    auto onServer = openStore(server.uri());
    REQUIRE(onServer->addIncident(incidentAt(46.0, 39.5, QStringLiteral("Already here"))));
    const QString before = rowsOf(*onServer);
    const auto refused = DatabaseCopy::copy(*file, *onServer);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains("not empty"));
    CHECK(refused.error().contains("incidents"));
    CHECK(rowsOf(*onServer) == before);

    // And back: the file has records.
    const QString fileBefore = rowsOf(*file);
    const auto refusedToo = DatabaseCopy::copy(*onServer, *file);
    REQUIRE_FALSE(refusedToo);
    CHECK(refusedToo.error().contains("not empty"));
    CHECK(rowsOf(*file) == fileBefore);
}

TEST_CASE("a copy into a server database is its owner's: an admin user is refused and nothing is written", "[postgres][copy]")
{
    QTemporaryDir dir;
    PgTestDatabase server;
    auto file = openStore(dir.filePath("a.sqlite"));
    fill(*file);
    const QString admin = QStringLiteral("adm_") + server.name().right(8);
    {
        auto owner = openStore(server.uri());
        REQUIRE(owner->addUser(admin, UserRole::Admin, QString()));
    }
    auto asAdmin = openStore(PostgresServer::shared().uri(server.name(), admin));
    const QString before = rowsOf(*asAdmin);
    const auto refused = DatabaseCopy::copy(*file, *asAdmin);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains("only the database's owner"));
    CHECK(refused.error().contains(admin));
    CHECK(refused.error().count('\n') == 0);
    CHECK(rowsOf(*asAdmin) == before);
    // A viewer may copy a server database out.
    const QString viewer = QStringLiteral("vic_") + server.name().right(8);
    REQUIRE(openStore(server.uri())->addUser(viewer, UserRole::Viewer, QString()));
    auto asViewer = openStore(PostgresServer::shared().uri(server.name(), viewer), StoreAccess::ReadOnly);
    auto out = openStore(dir.filePath("out.sqlite"));
    const auto copied = DatabaseCopy::copy(*asViewer, *out);
    INFO(copied.error().toStdString());
    CHECK(copied);
}
