// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace conflictmap {

class IncidentStore;

// Versions of a party's control read from any vector file GDAL reads, as
// `conflictmap-cli area import` and the app's import do it. A day's control
// often comes as several features (a placemark per pocket of territory):
// the features of one day are that day's version, their union. Each day's
// version is known by its party, claimant and day within the dataset, so
// importing the file again updates only the days that changed. All or
// nothing: the first bad feature stops it with its number and the problem.
namespace ControlImport {

struct Options {
    QString party;
    QString claimedBy; // empty: the analyst's assessment
    std::optional<QDate> date; // every feature's day, or
    QString dateField; // the field holding each feature's day
    QString dataset; // the name the versions are known by; default: the file's name
    bool repair = false; // make invalid areas valid instead of refusing the file
};

struct Summary {
    qint64 features = 0;
    qint64 versions = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 repaired = 0;
    // "730 features, 730 versions of Azerbaijan (assessed): 730 added, 0
    // updated, 0 unchanged"
    QString text() const;
    QString party;
    QString claimedBy;
};

Result<Summary> run(IncidentStore &store, const QString &path, const Options &options);

// A day as control is dated: YYYY-MM-DD and nothing else, since control on
// a day needs the day ("2022-09" would be a guess). *why says what is wrong.
std::optional<QDate> parseDay(const QString &text, QString *why);

} // namespace ControlImport

} // namespace conflictmap
