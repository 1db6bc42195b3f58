// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/sqlite/SqliteControlBackend.h"

#include "geo/Wkb.h"
#include "store/ClaimRow.h"
#include "store/SqliteDatabase.h"

namespace conflictmap {

namespace {

const char *const kColumns = "r.id, r.party, r.claimed_by, r.date, r.geometry, r.area_km2, r.note, r.import_dataset,"
                             " r.import_id, r.created, r.updated";

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Result<void> SqliteControlBackend::insertParty(const Party &party)
{
    SqliteStatement insert = m_db.prepare("INSERT INTO parties (name, color, created) VALUES (?1, ?2, ?3)");
    insert.bind(1, party.name).bind(2, party.color).bind(3, ClaimRow::now());
    if (!insert.run())
        return Result<void>::failure(QStringLiteral("cannot add the party %1: %2").arg(party.name, m_db.lastError()));
    return {};
}

Result<bool> SqliteControlBackend::updatePartyColor(const QString &name, const QString &color)
{
    SqliteStatement update = m_db.prepare("UPDATE parties SET color = ?2 WHERE name = ?1");
    update.bind(1, name).bind(2, color);
    if (!update.run())
        return Result<bool>::failure(QStringLiteral("cannot change the colour: %1").arg(m_db.lastError()));
    return m_db.changes() > 0;
}

std::vector<Party> SqliteControlBackend::parties() const
{
    std::vector<Party> all;
    SqliteStatement select = m_db.prepare("SELECT name, color FROM parties ORDER BY rowid");
    while (select.next())
        all.push_back({select.text(0), select.text(1)});
    return all;
}

std::optional<Party> SqliteControlBackend::party(const QString &name) const
{
    SqliteStatement select = m_db.prepare("SELECT name, color FROM parties WHERE name = ?1");
    select.bind(1, name);
    if (!select.next())
        return std::nullopt;
    return Party{select.text(0), select.text(1)};
}

Result<qint64> SqliteControlBackend::writeRecord(const ControlRecord &record, std::optional<qint64> replacing)
{
    const QRectF box = record.area.bounds();
    // Replaced under its own id, so what cites it still finds it.
    SqliteStatement write = m_db.prepare(replacing
            ? "UPDATE control_records SET party = ?1, claimed_by = ?2, date = ?3, geometry = ?4, area_km2 = ?5, west = ?6,"
              " south = ?7, east = ?8, north = ?9, note = ?10, import_dataset = ?11, import_id = ?12, updated = ?14,"
              " updated_by = ?16 WHERE id = ?15"
            : "INSERT INTO control_records (party, claimed_by, date, geometry, area_km2, west, south, east, north, note,"
              " import_dataset, import_id, created, updated, created_by, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
              " ?9, ?10, ?11, ?12, ?13, ?14, ?16, ?16)");
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
        .bind(14, now)
        .bind(16, m_user);
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
    for (const Claim &claim : record.claims) {
        SqliteStatement insert
            = m_db.prepare("INSERT INTO control_claims (control_id, source_id, claimant, stance, quote, translation, created,"
                           " created_by, updated_by, credibility) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)");
        insert.bind(1, id)
            .bind(2, claim.sourceId)
            .bind(3, claim.claimant)
            .bind(4, toString(claim.stance))
            .bind(5, claim.quote)
            .bind(6, claim.translation)
            .bind(7, now)
            .bind(8, m_user)
            .bind(9, ClaimRow::credibilityOf(claim));
        if (!insert.run())
            return Result<qint64>::failure(QStringLiteral("cannot add the claim: %1").arg(m_db.lastError()));
    }
    return id;
}

Result<bool> SqliteControlBackend::deleteRecord(qint64 id)
{
    SqliteStatement remove = m_db.prepare("DELETE FROM control_records WHERE id = ?1");
    remove.bind(1, id);
    if (!remove.run())
        return Result<bool>::failure(QStringLiteral("cannot delete control record %1: %2").arg(id).arg(m_db.lastError()));
    return m_db.changes() > 0;
}

std::optional<ControlRecord> SqliteControlBackend::readOne(
    const char *sql, const std::function<void(SqliteStatement &)> &bind) const
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

std::optional<ControlRecord> SqliteControlBackend::record(qint64 id) const
{
    return readOne("SELECT %1 FROM control_records r WHERE r.id = ?1", [&](SqliteStatement &s) { s.bind(1, id); });
}

std::optional<ControlRecord> SqliteControlBackend::importedRecord(const QString &dataset, const QString &importId) const
{
    return readOne("SELECT %1 FROM control_records r WHERE r.import_dataset = ?1 AND r.import_id = ?2",
        [&](SqliteStatement &s) { s.bind(1, dataset).bind(2, importId); });
}

std::optional<ControlRecord> SqliteControlBackend::latest(const QDate &date, const QString &party, const QString &claimedBy) const
{
    return readOne("SELECT %1 FROM control_records r WHERE r.party = ?1 AND r.claimed_by IS ?2 AND r.date <= ?3"
                   " ORDER BY r.date DESC, r.updated DESC, r.id DESC LIMIT 1",
        [&](SqliteStatement &s) { s.bind(1, party).bind(2, claimedBy).bind(3, dateText(date)); });
}

std::vector<ControlSeries> SqliteControlBackend::series(const QString &party) const
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

std::vector<QDate> SqliteControlBackend::versionDates(const QString &party, const QString &claimedBy) const
{
    std::vector<QDate> dates;
    SqliteStatement select
        = m_db.prepare("SELECT DISTINCT date FROM control_records WHERE party = ?1 AND claimed_by IS ?2 ORDER BY date");
    select.bind(1, party).bind(2, claimedBy);
    while (select.next())
        dates.push_back(QDate::fromString(select.text(0), Qt::ISODate));
    return dates;
}

qint64 SqliteControlBackend::recordCount() const
{
    SqliteStatement count = m_db.prepare("SELECT count(*) FROM control_records");
    return count.next() ? count.integer(0) : 0;
}

} // namespace conflictmap
