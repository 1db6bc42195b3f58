// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ControlAreaForm.h"

#include "io/ControlImport.h"
#include "store/IncidentStore.h"

namespace conflictmap {

void ControlAreaForm::setDatabase(IncidentDatabase *database)
{
    if (m_database == database)
        return;
    if (m_database)
        disconnect(m_database, nullptr, this, nullptr);
    m_database = database;
    if (m_database)
        connect(m_database, &IncidentDatabase::changed, this, &ControlAreaForm::databaseChanged);
    emit databaseChanged();
}

QStringList ControlAreaForm::parties() const
{
    QStringList names;
    if (m_database && m_database->store())
        for (const Party &party : m_database->store()->control().parties())
            names << party.name;
    return names;
}

QVariantList ControlAreaForm::sources() const
{
    QVariantList all{QVariantMap{{"id", -1}, {"title", tr("no source")}}};
    if (m_database && m_database->store())
        for (const Source &source : m_database->store()->sources())
            all << QVariantMap{{"id", source.id}, {"title", source.title}};
    return all;
}

void ControlAreaForm::fail(const QString &error)
{
    m_error = error;
    emit changed();
}

bool ControlAreaForm::save(ShapeSketch *sketch)
{
    if (!m_database || !m_database->store()) {
        fail(tr("No database is open."));
        return false;
    }
    if (!sketch || !sketch->isFinished() || sketch->kind() != ShapeSketch::Area) {
        fail(tr("Draw the area first, and finish it (Enter or a double click)."));
        return false;
    }
    ControlRecord record;
    record.party = m_party.trimmed();
    record.claimedBy = m_claimedBy.trimmed();
    record.note = m_note;
    QString why;
    const auto day = ControlImport::parseDay(m_date.trimmed(), &why);
    if (!day) {
        fail(tr("date: %1").arg(why));
        return false;
    }
    record.date = *day;
    record.area = sketch->geometry();
    if (m_sourceId > 0) {
        Claim claim;
        claim.sourceId = m_sourceId;
        claim.claimant = record.claimedBy;
        claim.stance = record.claimedBy.isEmpty() ? Stance::Reports : Stance::Claims;
        claim.quote = m_quote;
        record.claims.push_back(claim);
    }
    Result<qint64> id = m_database->addControlRecord(record);
    if (!id) {
        fail(id.error());
        return false;
    }
    m_error.clear();
    emit changed();
    emit saved(*id);
    return true;
}

bool ControlAreaForm::copyPrevious(ShapeSketch *sketch)
{
    if (!sketch || !m_database || !m_database->store())
        return false;
    const QDate date = QDate::fromString(m_date.trimmed(), Qt::ISODate);
    const QDate asOf = date.isValid() ? date : QDate::currentDate();
    auto version = m_database->store()->control().at(asOf, m_party.trimmed(), m_claimedBy.trimmed());
    if (!version || !*version) {
        fail(tr("%1 has no %2 version on or before %3 to start from.")
                 .arg(m_party.trimmed(), m_claimedBy.trimmed().isEmpty() ? tr("assessed") : tr("claimed"),
                     asOf.toString(Qt::ISODate)));
        return false;
    }
    sketch->edit((*version)->area);
    m_note = (*version)->note;
    m_error.clear();
    emit changed();
    return true;
}

} // namespace conflictmap
