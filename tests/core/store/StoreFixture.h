// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "CatchQtStrings.h"
#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"
#include "store/SqliteDatabase.h"

#include <QFile>
#include <QTemporaryDir>

// A real incident database in a fresh temporary directory, with the bundled
// boundary layer.
struct StoreFixture {
    QTemporaryDir dir;
    QString path = dir.filePath("incidents.sqlite");
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

    // Every row of every table and index the app keeps (records, R*Tree,
    // full-text index), read through a fresh connection: equal snapshots
    // mean a failed write left nothing behind.
    QString snapshot()
    {
        store.reset();
        auto db = conflictmap::SqliteDatabase::open(path, conflictmap::SqliteDatabase::Mode::ReadOnly);
        REQUIRE(db);
        QString dump;
        for (const char *sql :
            {"SELECT * FROM incident_types ORDER BY rowid", "SELECT * FROM sources ORDER BY id",
                "SELECT * FROM incidents ORDER BY id", "SELECT * FROM incident_actors ORDER BY incident_id, position",
                "SELECT * FROM claims ORDER BY id", "SELECT * FROM incident_location ORDER BY id",
                "SELECT rowid, * FROM incident_text ORDER BY rowid",
                "SELECT * FROM incident_regions ORDER BY incident_id, position", "SELECT * FROM parties ORDER BY name",
                "SELECT * FROM control_records ORDER BY id", "SELECT * FROM control_claims ORDER BY id", "PRAGMA user_version"}) {
            conflictmap::SqliteStatement select = db.value()->prepare(sql);
            REQUIRE(select.isValid());
            dump += QString::fromLatin1(sql) + '\n';
            while (select.next()) {
                for (int c = 0; c < select.columnCount(); ++c)
                    dump += select.text(c) + '|';
                dump += '\n';
            }
        }
        db.value().reset();
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
