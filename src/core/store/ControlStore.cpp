// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/ControlStore.h"

#include "geo/GeodesicArea.h"
#include "geo/Wkb.h"
#include "model/PartyPalette.h"
#include "store/ClaimRow.h"
#include "store/IncidentStore.h"
#include "store/RecordValidation.h"
#include "store/SqliteDatabase.h"

namespace conflictmap {

namespace {

const char *const kColumns = "r.id, r.party, r.claimed_by, r.date, r.geometry, r.area_km2, r.note, r.import_dataset,"
                             " r.import_id, r.created, r.updated";

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

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<void> ControlStore::prepare(ControlRecord &record) const
{
    record.area.orientByRightHandRule();
    if (auto check = RecordValidation::checkControlRecord(record); !check)
        return check;
    for (Claim &claim : record.claims)
        if (!m_incidents.source(claim.sourceId))
            return Result<void>::failure(QStringLiteral("source: there is no source %1").arg(claim.sourceId));
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
    SqliteStatement insert = m_db.prepare("INSERT INTO parties (name, color, created) VALUES (?1, ?2, ?3)");
    insert.bind(1, name).bind(2, PartyPalette::next(taken)).bind(3, ClaimRow::now());
    if (!insert.run())
        return Result<void>::failure(QStringLiteral("cannot add the party %1: %2").arg(name, m_db.lastError()));
    return {};
}

Result<qint64> ControlStore::write(const ControlRecord &record, std::optional<qint64> replacing)
{
    const QRectF box = record.area.bounds();
    // Replaced under its own id, so what cites it still finds it.
    SqliteStatement write = m_db.prepare(replacing
            ? "UPDATE control_records SET party = ?1, claimed_by = ?2, date = ?3, geometry = ?4, area_km2 = ?5, west = ?6,"
              " south = ?7, east = ?8, north = ?9, note = ?10, import_dataset = ?11, import_id = ?12, updated = ?14"
              " WHERE id = ?15"
            : "INSERT INTO control_records (party, claimed_by, date, geometry, area_km2, west, south, east, north, note,"
              " import_dataset, import_id, created, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
              "?14)");
    const QString now = ClaimRow::now();
    write.bind(1, record.party)
        .bind(2, record.claimedBy)
        .bind(3, dateText(record.date))
        .bindBlob(4, Wkb::write(record.area))
        .bind(5, record.areaKm2)
        .bind(6, box.left())
        .bind(7, box.top())
        .bind(8, box.right())
        .bind(9, box.bottom())
        .bind(10, record.note)
        .bind(11, record.importDataset)
        .bind(12, record.importId)
        .bind(14, now);
    if (replacing)
        write.bind(15, *replacing);
    else
        write.bind(13, record.created.isEmpty() ? now : record.created);
    if (!write.run())
        return Result<qint64>::failure(QStringLiteral("cannot write the control record: %1").arg(m_db.lastError()));
    const qint64 id = replacing.value_or(m_db.lastInsertId());
    if (replacing) {
        SqliteStatement clear = m_db.prepare("DELETE FROM control_claims WHERE control_id = ?1");
        clear.bind(1, id);
        if (!clear.run())
            return Result<qint64>::failure(QStringLiteral("cannot replace the claims: %1").arg(m_db.lastError()));
    }
    if (auto claims = writeClaims(id, record.claims); !claims)
        return Result<qint64>::failure(claims.error());
    return id;
}

Result<void> ControlStore::writeClaims(qint64 controlId, const std::vector<Claim> &claims)
{
    for (const Claim &claim : claims) {
        SqliteStatement insert
            = m_db.prepare("INSERT INTO control_claims (control_id, source_id, claimant, stance, quote, translation, created)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert.bind(1, controlId)
            .bind(2, claim.sourceId)
            .bind(3, claim.claimant)
            .bind(4, toString(claim.stance))
            .bind(5, claim.quote)
            .bind(6, claim.translation)
            .bind(7, ClaimRow::now());
        if (!insert.run())
            return Result<void>::failure(QStringLiteral("cannot add the claim: %1").arg(m_db.lastError()));
    }
    return {};
}

Result<qint64> ControlStore::add(ControlRecord record)
{
    if (auto prepared = prepare(record); !prepared)
        return Result<qint64>::failure(prepared.error());
    qint64 id = 0;
    auto written = m_incidents.writeAll([&]() -> Result<void> {
        if (auto made = ensureParty(record.party); !made)
            return made;
        Result<qint64> inserted = write(record, std::nullopt);
        if (!inserted)
            return Result<void>::failure(inserted.error());
        id = *inserted;
        return {};
    });
    return written ? Result<qint64>(id) : Result<qint64>::failure(written.error());
}

Result<ControlStore::ImportOutcome> ControlStore::import(ControlRecord record)
{
    using R = Result<ImportOutcome>;
    if (record.importId.isEmpty()) {
        Result<qint64> added = add(std::move(record));
        return added ? R(ImportOutcome::Added) : R::failure(added.error());
    }
    if (auto prepared = prepare(record); !prepared)
        return R::failure(prepared.error());
    const std::optional<ControlRecord> stored
        = readOne("SELECT %1 FROM control_records r WHERE r.import_dataset = ?1 AND r.import_id = ?2",
            [&](SqliteStatement &s) { s.bind(1, record.importDataset).bind(2, record.importId); });
    if (stored && sameContent(*stored, record))
        return ImportOutcome::Unchanged;
    auto written = m_incidents.writeAll([&]() -> Result<void> {
        if (auto made = ensureParty(record.party); !made)
            return made;
        Result<qint64> written = write(record, stored ? std::optional<qint64>(stored->id) : std::nullopt);
        if (!written)
            return Result<void>::failure(written.error());
        return {};
    });
    if (!written)
        return R::failure(written.error());
    return stored ? ImportOutcome::Updated : ImportOutcome::Added;
}

Result<void> ControlStore::remove(qint64 id)
{
    return m_incidents.writeAll([&]() -> Result<void> {
        SqliteStatement remove = m_db.prepare("DELETE FROM control_records WHERE id = ?1");
        remove.bind(1, id);
        if (!remove.run())
            return Result<void>::failure(QStringLiteral("cannot delete control record %1: %2").arg(id).arg(m_db.lastError()));
        if (m_db.changes() == 0)
            return Result<void>::failure(QStringLiteral("there is no control record %1").arg(id));
        return {};
    });
}

std::optional<ControlRecord> ControlStore::readOne(const char *sql, const std::function<void(SqliteStatement &)> &bind) const
{
    const QByteArray text = QString::fromLatin1(sql).arg(QLatin1String(kColumns)).toUtf8();
    SqliteStatement select = m_db.prepare(text.constData());
    bind(select);
    if (!select.next())
        return std::nullopt;
    ControlRecord record;
    record.id = select.integer(0);
    record.party = select.text(1);
    record.claimedBy = select.text(2);
    record.date = QDate::fromString(select.text(3), Qt::ISODate);
    if (Result<Geometry> area = Wkb::read(select.blob(4)))
        record.area = std::move(area.value());
    record.areaKm2 = select.real(5);
    record.note = select.text(6);
    record.importDataset = select.text(7);
    record.importId = select.text(8);
    record.created = select.text(9);
    record.updated = select.text(10);
    const QByteArray claimsSql = QByteArray("SELECT ") + ClaimRow::kColumns
        + " FROM control_claims c JOIN sources s ON s.id = c.source_id WHERE c.control_id = ?1 ORDER BY c.id";
    SqliteStatement claims = m_db.prepare(claimsSql.constData());
    claims.bind(1, record.id);
    while (claims.next())
        record.claims.push_back(ClaimRow::readClaim(claims));
    return record;
}

std::optional<ControlRecord> ControlStore::record(qint64 id) const
{
    return readOne("SELECT %1 FROM control_records r WHERE r.id = ?1", [&](SqliteStatement &s) { s.bind(1, id); });
}

std::vector<ControlSeries> ControlStore::series(const QString &party) const
{
    std::vector<ControlSeries> all;
    SqliteStatement select = m_db.prepare(
        "SELECT party, claimed_by, min(date), max(date), count(*) FROM control_records WHERE ?1 IS NULL OR party = ?1"
        " GROUP BY party, claimed_by ORDER BY party, claimed_by IS NOT NULL, claimed_by");
    select.bind(1, party);
    while (select.next())
        all.push_back({select.text(0), select.text(1), QDate::fromString(select.text(2), Qt::ISODate),
            QDate::fromString(select.text(3), Qt::ISODate), select.integer(4)});
    return all;
}

Result<std::optional<ControlRecord>> ControlStore::at(const QDate &date, const QString &party, const QString &claimedBy) const
{
    if (!date.isValid())
        return Result<std::optional<ControlRecord>>::failure(QStringLiteral("date: not a valid day"));
    // Of two versions of one day, the one written last (added or updated).
    auto version = readOne("SELECT %1 FROM control_records r WHERE r.party = ?1 AND r.claimed_by IS ?2 AND r.date <= ?3"
                           " ORDER BY r.date DESC, r.updated DESC, r.id DESC LIMIT 1",
        [&](SqliteStatement &s) { s.bind(1, party).bind(2, claimedBy).bind(3, dateText(date)); });
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
            return R::failure(version.error());
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
        return R::failure(QStringLiteral("party: there is no party \"%1\"").arg(party));
    const std::vector<ControlSeries> known = series(party);
    if (std::find(known.begin(), known.end(), ControlSeries{party, claimedBy, {}, {}, 0}) == known.end())
        return R::failure(claimedBy.isEmpty()
                ? QStringLiteral("party: %1 has no assessed control records (give --claimed-by for a claimant's)").arg(party)
                : QStringLiteral("claimed-by: %1 claims no control for %2").arg(claimedBy, party));
    auto before = at(from, party, claimedBy);
    if (!before)
        return R::failure(before.error());
    auto after = at(to, party, claimedBy);
    if (!after)
        return R::failure(after.error());
    return ControlChange::between(std::move(before.value()), std::move(after.value()));
}

std::vector<QDate> ControlStore::versionDates(const QString &party, const QString &claimedBy) const
{
    std::vector<QDate> dates;
    SqliteStatement select
        = m_db.prepare("SELECT DISTINCT date FROM control_records WHERE party = ?1 AND claimed_by IS ?2 ORDER BY date");
    select.bind(1, party).bind(2, claimedBy);
    while (select.next())
        dates.push_back(QDate::fromString(select.text(0), Qt::ISODate));
    return dates;
}

std::vector<Party> ControlStore::parties() const
{
    std::vector<Party> all;
    SqliteStatement select = m_db.prepare("SELECT name, color FROM parties ORDER BY rowid");
    while (select.next())
        all.push_back({select.text(0), select.text(1)});
    return all;
}

std::optional<Party> ControlStore::party(const QString &name) const
{
    SqliteStatement select = m_db.prepare("SELECT name, color FROM parties WHERE name = ?1");
    select.bind(1, name);
    if (!select.next())
        return std::nullopt;
    return Party{select.text(0), select.text(1)};
}

Result<void> ControlStore::setPartyColor(const QString &name, const QString &color)
{
    QString normal;
    if (!PartyPalette::parse(color, &normal))
        return Result<void>::failure(QStringLiteral("color: '%1' is not #rrggbb").arg(color.left(40)));
    return m_incidents.writeAll([&]() -> Result<void> {
        SqliteStatement update = m_db.prepare("UPDATE parties SET color = ?2 WHERE name = ?1");
        update.bind(1, name).bind(2, normal);
        if (!update.run())
            return Result<void>::failure(QStringLiteral("cannot change the colour: %1").arg(m_db.lastError()));
        if (m_db.changes() == 0)
            return Result<void>::failure(QStringLiteral("party: there is no party \"%1\"").arg(name));
        return {};
    });
}

qint64 ControlStore::recordCount() const
{
    SqliteStatement count = m_db.prepare("SELECT count(*) FROM control_records");
    return count.next() ? count.integer(0) : 0;
}

} // namespace conflictmap
