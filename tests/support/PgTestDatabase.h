// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "support/PostgresServer.h"

#include "store/postgres/PgConnection.h"

#include <catch2/catch.hpp>

// A new database of its own on the tests' PostgreSQL server with a
// connection to it as the superuser, dropped when the test ends.
class PgTestDatabase {
public:
    explicit PgTestDatabase(bool withPostgis = true)
    {
        auto created = PostgresServer::shared().createDatabase(withPostgis);
        INFO(created.error().toStdString());
        REQUIRE(created);
        m_name = created.value();
        m_connection = connect();
    }
    ~PgTestDatabase()
    {
        m_connection.reset();
        PostgresServer::shared().dropDatabase(m_name);
    }
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    const QString &name() const { return m_name; }
    QString uri() const { return PostgresServer::shared().uri(m_name); }
    conflictmap::PgConnection &connection() { return *m_connection; }
    // Another session on the same database.
    std::unique_ptr<conflictmap::PgConnection> connect() const
    {
        auto opened = conflictmap::PgConnection::open(uri());
        INFO(opened.error().toStdString());
        REQUIRE(opened);
        return std::move(opened.value());
    }

private:
    QString m_name;
    std::unique_ptr<conflictmap::PgConnection> m_connection;
};
