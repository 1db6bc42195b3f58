// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

#include <functional>

namespace conflictmap {

class SqliteDatabase;
class SqliteStatement;

// The ids of the incidents a filter chooses, found once into a temporary
// table that the queries of their actors, claims and regions look up: a
// filter given to each of them again would be evaluated again by each (a
// view's box over a million incidents costs seconds every time). With no
// filter, no table: every incident is chosen. Take it inside the snapshot
// the queries read (SqliteReadSnapshot), so they read what it chose.
class SqliteChosenIncidents {
public:
    // 'where' and 'orderAndLimit' as they follow "FROM incidents i";
    // 'bind' binds the filter's parameters to a statement.
    SqliteChosenIncidents(SqliteDatabase &db, const QByteArray &where, const QByteArray &orderAndLimit,
        const std::function<void(SqliteStatement &)> &bind);
    ~SqliteChosenIncidents();
    SqliteChosenIncidents(const SqliteChosenIncidents &) = delete;
    SqliteChosenIncidents &operator=(const SqliteChosenIncidents &) = delete;

    // False when the table could not be made (the database's error says why).
    bool isValid() const { return m_valid; }
    // " WHERE column IN <the table>", or empty when every incident is chosen.
    QByteArray whereIn(const char *column) const;

private:
    SqliteDatabase &m_db;
    QByteArray m_table; // empty: every incident
    bool m_valid = true;
};

} // namespace conflictmap
