// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/ControlStore.h"

#include "geo/GeodesicArea.h"
#include "model/PartyPalette.h"
#include "store/ControlBackend.h"
#include "store/IncidentStore.h"
#include "store/RecordValidation.h"

namespace conflictmap {

namespace {

// What a version's digest covers: what an import may change.
bool sameContent(const ControlRecord &a, const ControlRecord &b)
{
    auto claimKey = [](const Claim &c) { return std::tuple(c.sourceId, c.claimant, int(c.stance), c.quote, c.translation); };
    if (a.claims.size() != b.claims.size())
        return false;
    for (size_t i = 0; i < a.claims.size(); ++i)
        if (claimKey(a.claims[i]) != claimKey(b.claims[i]))
            return false;
    return a.party == b.party && a.claimedBy == b.claimedBy && a.date == b.date && a.area == b.area && a.note == b.note;
}

} // namespace

Result<void> ControlStore::prepare(ControlRecord &record) const
{
    record.area.orientByRightHandRule();
    if (auto check = RecordValidation::checkControlRecord(record); !check)
        return check;
    for (Claim &claim : record.claims)
        if (!m_incidents.hasSource(claim.sourceId))
            return Result<void>::failure(
                Error::notFound(QStringLiteral("source"), QStringLiteral("there is no source %1").arg(claim.sourceId)));
    record.areaKm2 = GeodesicArea::of(record.area.polygons) / 1e6;
    return {};
}

Result<void> ControlStore::ensureParty(const QString &name)
{
    if (party(name))
        return {};
    QStringList taken;
    for (const Party &p : parties())
        taken << p.color;
    return m_backend.insertParty({name, PartyPalette::next(taken)});
}

Result<qint64> ControlStore::add(ControlRecord record)
{
    if (auto prepared = prepare(record); !prepared)
        return Result<qint64>::failure(prepared.problem());
    qint64 id = 0;
    auto written = m_incidents.writeAll([&]() -> Result<void> {
        if (auto made = ensureParty(record.party); !made)
            return made;
        Result<qint64> inserted = m_backend.writeRecord(record, std::nullopt);
        if (!inserted)
            return Result<void>::failure(inserted.problem());
        id = *inserted;
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.problem());
}

Result<ControlStore::ImportOutcome> ControlStore::import(ControlRecord record)
{
    using R = Result<ImportOutcome>;
    if (record.importId.isEmpty()) {
        Result<qint64> added = add(std::move(record));
        return added ? R(ImportOutcome::Added) : R::failure(added.problem());
    }
    if (auto prepared = prepare(record); !prepared)
        return R::failure(prepared.problem());
    const std::optional<ControlRecord> stored = m_backend.importedRecord(record.importDataset, record.importId);
    if (stored && sameContent(*stored, record))
        return ImportOutcome::Unchanged;
    auto written = m_incidents.writeAll([&]() -> Result<void> {
        if (auto made = ensureParty(record.party); !made)
            return made;
        Result<qint64> written = m_backend.writeRecord(record, stored ? std::optional<qint64>(stored->id) : std::nullopt);
        if (!written)
            return Result<void>::failure(written.problem());
        return {};
    });
    if (!written)
        return R::failure(written.problem());
    return stored ? ImportOutcome::Updated : ImportOutcome::Added;
}

Result<void> ControlStore::remove(qint64 id)
{
    return m_incidents.writeAll([&]() -> Result<void> {
        Result<bool> removed = m_backend.deleteRecord(id);
        if (!removed)
            return Result<void>::failure(removed.problem());
        if (!*removed)
            return Result<void>::failure(QStringLiteral("there is no control record %1").arg(id));
        return {};
    });
}

std::optional<ControlRecord> ControlStore::record(qint64 id) const
{
    return m_backend.record(id);
}

std::vector<ControlSeries> ControlStore::series(const QString &party) const
{
    return m_backend.series(party);
}

Result<std::optional<ControlRecord>> ControlStore::at(const QDate &date, const QString &party, const QString &claimedBy) const
{
    if (!date.isValid())
        return Result<std::optional<ControlRecord>>::failure(
            Error::invalid(QStringLiteral("date"), QStringLiteral("not a valid day")));
    std::optional<ControlRecord> version = m_backend.latest(date, party, claimedBy);
    if (version && version->area.isEmpty())
        return Result<std::optional<ControlRecord>>::failure(
            QStringLiteral("control record %1: its stored area cannot be read").arg(version->id));
    return version;
}

Result<std::vector<ControlRecord>> ControlStore::at(const QDate &date, const QString &party) const
{
    using R = Result<std::vector<ControlRecord>>;
    std::vector<ControlRecord> records;
    for (const ControlSeries &s : series(party)) {
        auto version = at(date, s.party, s.claimedBy);
        if (!version)
            return R::failure(version.problem());
        if (*version)
            records.push_back(std::move(**version));
    }
    return records;
}

Result<ControlChange> ControlStore::change(
    const QString &party, const QString &claimedBy, const QDate &from, const QDate &to) const
{
    using R = Result<ControlChange>;
    if (!this->party(party))
        return R::failure(Error::notFound(QStringLiteral("party"), QStringLiteral("there is no party \"%1\"").arg(party)));
    const std::vector<ControlSeries> known = series(party);
    if (std::find(known.begin(), known.end(), ControlSeries{party, claimedBy, {}, {}, 0}) == known.end())
        return R::failure(claimedBy.isEmpty()
                ? QStringLiteral("party: %1 has no assessed control records (a claimant's series is asked for by the claimant)")
                      .arg(party)
                : QStringLiteral("claimed-by: %1 claims no control for %2").arg(claimedBy, party));
    auto before = at(from, party, claimedBy);
    if (!before)
        return R::failure(before.problem());
    auto after = at(to, party, claimedBy);
    if (!after)
        return R::failure(after.problem());
    return ControlChange::between(std::move(before.value()), std::move(after.value()));
}

std::vector<QDate> ControlStore::versionDates(const QString &party, const QString &claimedBy) const
{
    return m_backend.versionDates(party, claimedBy);
}

std::vector<Party> ControlStore::parties() const
{
    return m_backend.parties();
}

std::optional<Party> ControlStore::party(const QString &name) const
{
    return m_backend.party(name);
}

Result<void> ControlStore::setPartyColor(const QString &name, const QString &color)
{
    QString normal;
    if (!PartyPalette::parse(color, &normal))
        return Result<void>::failure(
            Error::invalid(QStringLiteral("color"), QStringLiteral("'%1' is not #rrggbb").arg(color.left(40))));
    return m_incidents.writeAll([&]() -> Result<void> {
        Result<bool> updated = m_backend.updatePartyColor(name, normal);
        if (!updated)
            return Result<void>::failure(updated.problem());
        if (!*updated)
            return Result<void>::failure(
                Error::notFound(QStringLiteral("party"), QStringLiteral("there is no party \"%1\"").arg(name)));
        return {};
    });
}

qint64 ControlStore::recordCount() const
{
    return m_backend.recordCount();
}

} // namespace conflictmap
