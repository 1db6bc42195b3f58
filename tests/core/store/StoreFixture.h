// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CatchQtStrings.h"
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"
#include "store/SqliteDatabase.h"
#include "support/PgTestDatabase.h"

#include <QFile>
#include <QTemporaryDir>

// A real incident database with the bundled boundary layer: a file in a
// fresh temporary directory or, when CONFLICTMAP_TEST_BACKEND is
// "postgresql", a fresh database on the tests' own PostgreSQL server. The
// store's tests run on both (CTest runs them twice).
struct StoreFixture {
    static bool onServer() { return PostgresServer::testsRunOnServer(); }

    QTemporaryDir dir;
    std::unique_ptr<PgTestDatabase> server = onServer() ? std::make_unique<PgTestDatabase>() : nullptr;
    QString path = server ? server->uri() : dir.filePath("incidents.sqlite");
    std::shared_ptr<const conflictmap::BoundaryLayer> layer = [] {
        QString error;
        return std::shared_ptr<const conflictmap::BoundaryLayer>(
            conflictmap::BoundaryLayer::open(conflictmap::BoundaryLayer::defaultPath(), &error));
    }();
    std::unique_ptr<conflictmap::IncidentStore> store = open();

    std::unique_ptr<conflictmap::IncidentStore> open()
    {
        auto opened = conflictmap::IncidentStore::open(path, layer);
        INFO(opened.error().toStdString());
        REQUIRE(opened);
        return std::move(opened.value());
    }

    // Runs SQL on the database through a connection of its own (whichever
    // backend); each row as its columns' text joined by '|'.
    QStringList rows(const char *sql)
    {
        QStringList read;
        if (server) {
            auto connection = server->connect();
            conflictmap::PgResult result = connection->exec(sql);
            INFO(sql << ": " << result.message().toStdString());
            REQUIRE(result.ok());
            for (int row = 0; row < result.rows(); ++row) {
                QString line;
                for (int c = 0; c < result.columns(); ++c)
                    line += result.text(row, c) + '|';
                read << line;
            }
            return read;
        }
        auto db = conflictmap::SqliteDatabase::open(path);
        REQUIRE(db);
        conflictmap::SqliteStatement select = db.value()->prepare(sql);
        INFO(sql << ": " << db.value()->lastError().toStdString());
        REQUIRE(select.isValid());
        while (select.next()) {
            QString line;
            for (int c = 0; c < select.columnCount(); ++c)
                line += select.text(c) + '|';
            read << line;
        }
        REQUIRE_FALSE(select.failed());
        return read;
    }

    // Every row of every table and index the app keeps (records, spatial
    // and full-text indexes), read through a fresh connection: equal
    // snapshots mean a failed write left nothing behind.
    QString snapshot()
    {
        static const char *const sqlite[] = {"SELECT * FROM incident_types ORDER BY rowid", "SELECT * FROM sources ORDER BY id",
            "SELECT * FROM incidents ORDER BY id", "SELECT * FROM incident_actors ORDER BY incident_id, position",
            "SELECT * FROM claims ORDER BY id", "SELECT * FROM incident_location ORDER BY id",
            "SELECT rowid, * FROM incident_text ORDER BY rowid", "SELECT * FROM incident_regions ORDER BY incident_id, position",
            "SELECT * FROM parties ORDER BY name", "SELECT * FROM control_records ORDER BY id",
            "SELECT * FROM control_claims ORDER BY id", "SELECT * FROM documents ORDER BY sha256", "PRAGMA user_version"};
        static const char *const postgres[]
            = {"SELECT * FROM incident_types ORDER BY ordinal", "SELECT * FROM sources ORDER BY id",
                "SELECT * FROM incidents ORDER BY id", "SELECT * FROM incident_actors ORDER BY incident_id, position",
                "SELECT * FROM claims ORDER BY id", "SELECT * FROM incident_search ORDER BY incident_id",
                "SELECT * FROM incident_regions ORDER BY incident_id, position", "SELECT * FROM parties ORDER BY name",
                "SELECT * FROM control_records ORDER BY id", "SELECT * FROM control_claims ORDER BY id",
                "SELECT * FROM documents ORDER BY sha256", "SELECT * FROM conflictmap_schema"};
        store.reset();
        QString dump;
        for (const char *sql : server ? std::vector<const char *>(std::begin(postgres), std::end(postgres))
                                      : std::vector<const char *>(std::begin(sqlite), std::end(sqlite)))
            dump += QString::fromLatin1(sql) + '\n' + rows(sql).join('\n') + '\n';
        store = open();
        return dump;
    }

    conflictmap::Incident pointIncident(double lon = 46.338, double lat = 39.507)
    {
        conflictmap::Incident incident;
        incident.type = QStringLiteral("shelling");
        incident.title = QStringLiteral("Shelling near Goris");
        QString error;
        incident.date = conflictmap::PartialDate::parse(QStringLiteral("2022-09-13"), &error);
        incident.lon = lon;
        incident.lat = lat;
        incident.precision = conflictmap::LocationPrecision::Exact;
        return incident;
    }

    qint64 addSource(const QString &title = QStringLiteral("Source"), const QString &url = {})
    {
        conflictmap::Source source;
        source.title = title;
        source.url = url;
        auto id = store->addSource(source);
        INFO(id.error().toStdString());
        REQUIRE(id);
        return id.value();
    }
};
