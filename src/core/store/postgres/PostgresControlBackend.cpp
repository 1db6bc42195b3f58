// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/postgres/PostgresControlBackend.h"

#include "geo/Wkb.h"
#include "store/ClaimRow.h"
#include "store/postgres/PgConnection.h"
#include "store/postgres/PgRow.h"
#include "store/postgres/PgTeam.h"

namespace conflictmap {

namespace {

const char *const kColumns = "r.id, r.party, r.claimed_by, r.date, ST_AsBinary(r.geometry), r.area_km2, r.note,"
                             " r.import_dataset, r.import_id, r.created, r.updated";

QString dateText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

Error PostgresControlBackend::refused(const QString &what, const PgResult &result) const
{
    return PgTeam::failure(what, result, m_self);
}

Result<void> PostgresControlBackend::insertParty(const Party &party)
{
    PgResult inserted
        = m_db.exec("INSERT INTO parties (name, color, created) VALUES ($1, $2, $3)", {party.name, party.color, ClaimRow::now()});
    if (!inserted.ok())
        return Result<void>::failure(refused(QStringLiteral("cannot add the party %1").arg(party.name), inserted));
    return {};
}

Result<bool> PostgresControlBackend::updatePartyColor(const QString &name, const QString &color)
{
    PgResult updated = m_db.exec("UPDATE parties SET color = $2 WHERE name = $1", {name, color});
    if (!updated.ok())
        return Result<bool>::failure(refused(QStringLiteral("cannot change the colour"), updated));
    return updated.affectedRows() > 0;
}

std::vector<Party> PostgresControlBackend::parties() const
{
    std::vector<Party> all;
    PgResult found = m_db.exec("SELECT name, color FROM parties ORDER BY ordinal");
    for (int row = 0; found.ok() && row < found.rows(); ++row)
        all.push_back({found.text(row, 0), found.text(row, 1)});
    return all;
}

std::optional<Party> PostgresControlBackend::party(const QString &name) const
{
    PgResult found = m_db.exec("SELECT name, color FROM parties WHERE name = $1", {name});
    if (!found.ok() || found.rows() == 0)
        return std::nullopt;
    return Party{found.text(0, 0), found.text(0, 1)};
}

Result<qint64> PostgresControlBackend::writeRecord(const ControlRecord &record, std::optional<qint64> replacing)
{
    const QString now = ClaimRow::now();
    std::vector<PgParam> params{record.party, record.claimedBy, dateText(record.date), PgParam::bytea(Wkb::write(record.area)),
        record.areaKm2, record.note, record.importDataset, record.importId, now};
    // Replaced under its own id, so what cites it still finds it.
    params.push_back(replacing ? PgParam(*replacing) : PgParam(record.created.isEmpty() ? now : record.created));
    PgResult written = m_db.exec(replacing
            ? "UPDATE control_records SET party = $1, claimed_by = $2, date = $3, geometry = ST_GeomFromWKB($4::bytea, 4326),"
              " area_km2 = $5, note = $6, import_dataset = $7, import_id = $8, updated = $9 WHERE id = $10 RETURNING id"
            : "INSERT INTO control_records (party, claimed_by, date, geometry, area_km2, note, import_dataset, import_id,"
              " updated, created) VALUES ($1, $2, $3, ST_GeomFromWKB($4::bytea, 4326), $5, $6, $7, $8, $9, $10) RETURNING id",
        params);
    // The server's row-level security hides a record this user may not change.
    if (written.ok() && written.rows() == 0 && replacing)
        return Result<qint64>::failure(PgTeam::notYours(
            m_db, QStringLiteral("cannot change control record %1").arg(*replacing), "control_records", *replacing, m_self));
    if (!written.ok() || written.rows() != 1)
        return Result<qint64>::failure(refused(QStringLiteral("cannot write the control record"), written));
    const qint64 id = written.integer(0, 0);
    if (replacing) {
        if (PgResult cleared = m_db.exec("DELETE FROM control_claims WHERE control_id = $1", {id}); !cleared.ok())
            return Result<qint64>::failure(refused(QStringLiteral("cannot replace the claims"), cleared));
        // Colleagues' claims this user may not remove would stay beside the new ones.
        if (PgResult left = m_db.exec("SELECT id FROM control_claims WHERE control_id = $1 LIMIT 1", {id});
            left.ok() && left.rows() > 0)
            return Result<qint64>::failure(
                PgTeam::notYours(m_db, QStringLiteral("cannot replace the claims of control record %1").arg(id), "control_claims",
                    left.integer(0, 0), m_self));
    }
    for (const Claim &claim : record.claims) {
        PgResult inserted
            = m_db.exec("INSERT INTO control_claims (control_id, source_id, claimant, stance, quote, translation, created,"
                        " credibility) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                {id, claim.sourceId, claim.claimant, toString(claim.stance), claim.quote, claim.translation, now,
                    ClaimRow::credibilityOf(claim)});
        if (!inserted.ok())
            return Result<qint64>::failure(refused(QStringLiteral("cannot add the claim"), inserted));
    }
    return id;
}

Result<bool> PostgresControlBackend::deleteRecord(qint64 id)
{
    PgResult removed = m_db.exec("DELETE FROM control_records WHERE id = $1", {id});
    if (!removed.ok())
        return Result<bool>::failure(refused(QStringLiteral("cannot delete control record %1").arg(id), removed));
    if (removed.affectedRows() == 0)
        if (PgResult found = m_db.exec("SELECT 1 FROM control_records WHERE id = $1", {id}); found.ok() && found.rows() > 0)
            return Result<bool>::failure(
                PgTeam::notYours(m_db, QStringLiteral("cannot delete control record %1").arg(id), "control_records", id, m_self));
    return removed.affectedRows() > 0;
}

std::optional<ControlRecord> PostgresControlBackend::readOne(const char *sql, const std::vector<PgParam> &params) const
{
    const QByteArray text = QString::fromLatin1(sql).arg(QLatin1String(kColumns)).toUtf8();
    PgResult found = m_db.exec(text.constData(), params);
    if (!found.ok() || found.rows() == 0)
        return std::nullopt;
    ControlRecord record;
    record.id = found.integer(0, 0);
    record.party = found.text(0, 1);
    record.claimedBy = found.text(0, 2);
    record.date = QDate::fromString(found.text(0, 3), Qt::ISODate);
    if (Result<Geometry> area = Wkb::read(found.bytea(0, 4)))
        record.area = std::move(area.value());
    record.areaKm2 = found.real(0, 5);
    record.note = found.text(0, 6);
    record.importDataset = found.text(0, 7);
    record.importId = found.text(0, 8);
    record.created = found.text(0, 9);
    record.updated = found.text(0, 10);
    static const QByteArray claimsSql = QByteArray("SELECT ") + ClaimRow::kColumns
        + " FROM control_claims c JOIN sources s ON s.id = c.source_id WHERE c.control_id = $1 ORDER BY c.id";
    PgResult claims = m_db.exec(claimsSql.constData(), {record.id});
    for (int row = 0; claims.ok() && row < claims.rows(); ++row)
        record.claims.push_back(ClaimRow::readClaim(PgRow{claims, row}));
    return record;
}

std::optional<ControlRecord> PostgresControlBackend::record(qint64 id) const
{
    return readOne("SELECT %1 FROM control_records r WHERE r.id = $1", {id});
}

std::optional<ControlRecord> PostgresControlBackend::importedRecord(const QString &dataset, const QString &importId) const
{
    return readOne("SELECT %1 FROM control_records r WHERE r.import_dataset = $1 AND r.import_id = $2", {dataset, importId});
}

std::optional<ControlRecord> PostgresControlBackend::latest(
    const QDate &date, const QString &party, const QString &claimedBy) const
{
    return readOne("SELECT %1 FROM control_records r WHERE r.party = $1 AND r.claimed_by IS NOT DISTINCT FROM $2"
                   " AND r.date <= $3 ORDER BY r.date DESC, r.updated DESC, r.id DESC LIMIT 1",
        {party, claimedBy, dateText(date)});
}

std::vector<ControlSeries> PostgresControlBackend::series(const QString &party) const
{
    std::vector<ControlSeries> all;
    PgResult found = m_db.exec(
        "SELECT party, claimed_by, min(date), max(date), count(*) FROM control_records WHERE $1::text IS NULL OR party = $1"
        " GROUP BY party, claimed_by ORDER BY party, claimed_by IS NOT NULL, claimed_by",
        {party});
    for (int row = 0; found.ok() && row < found.rows(); ++row)
        all.push_back({found.text(row, 0), found.text(row, 1), QDate::fromString(found.text(row, 2), Qt::ISODate),
            QDate::fromString(found.text(row, 3), Qt::ISODate), found.integer(row, 4)});
    return all;
}

std::vector<QDate> PostgresControlBackend::versionDates(const QString &party, const QString &claimedBy) const
{
    std::vector<QDate> dates;
    PgResult found = m_db.exec("SELECT DISTINCT date FROM control_records WHERE party = $1"
                               " AND claimed_by IS NOT DISTINCT FROM $2 ORDER BY date",
        {party, claimedBy});
    for (int row = 0; found.ok() && row < found.rows(); ++row)
        dates.push_back(QDate::fromString(found.text(row, 0), Qt::ISODate));
    return dates;
}

qint64 PostgresControlBackend::recordCount() const
{
    PgResult counted = m_db.exec("SELECT count(*) FROM control_records");
    return counted.ok() ? counted.integer(0, 0) : 0;
}

} // namespace conflictmap
