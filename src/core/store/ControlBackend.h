// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "model/ControlRecord.h"

#include <optional>
#include <vector>

namespace conflictmap {

// What a database does for ControlStore: reads and writes of parties and
// control records, no rules (ControlStore validates before it writes). The
// writes run inside StoreBackend::writeAll.
class ControlBackend {
public:
    virtual ~ControlBackend() = default;

    virtual Result<void> insertParty(const Party &party) = 0;
    // false: there is no such party.
    virtual Result<bool> updatePartyColor(const QString &name, const QString &color) = 0;
    // In the order they were added.
    virtual std::vector<Party> parties() const = 0;
    virtual std::optional<Party> party(const QString &name) const = 0;

    // Inserts the record with its claims, or replaces the stored record
    // 'replacing' (claims too, under its own id); returns its id. Created
    // is the record's (now when empty); updated is now.
    virtual Result<qint64> writeRecord(const ControlRecord &record, std::optional<qint64> replacing) = 0;
    // false: there is no such record.
    virtual Result<bool> deleteRecord(qint64 id) = 0;
    virtual std::optional<ControlRecord> record(qint64 id) const = 0;
    virtual std::optional<ControlRecord> importedRecord(const QString &dataset, const QString &importId) const = 0;
    // The latest version of a series on or before 'date' (of one day's, the
    // one written last); its area is empty when the stored one is unreadable.
    virtual std::optional<ControlRecord> latest(const QDate &date, const QString &party, const QString &claimedBy) const = 0;
    // Every series (of one party when given), by party, the assessment
    // first, then claimants by name.
    virtual std::vector<ControlSeries> series(const QString &party) const = 0;
    virtual std::vector<QDate> versionDates(const QString &party, const QString &claimedBy) const = 0;
    virtual qint64 recordCount() const = 0;
};

} // namespace conflictmap
