// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IncidentTimeline.h"

#include "Rebind.h"
#include "store/IncidentStore.h"

namespace conflictmap {

void IncidentTimeline::setDatabase(IncidentDatabase *database)
{
    if (rebind(m_database, database, this,
            [this](IncidentDatabase *db) { connect(db, &IncidentDatabase::changed, this, &IncidentTimeline::reload); }))
        reload();
}

void IncidentTimeline::reload()
{
    IncidentStore *store = m_database ? m_database->store() : nullptr;
    const auto counts = store ? store->incidentCountsByDay() : std::vector<std::pair<QDate, int>>();
    m_bins.clear();
    m_maximum = 0;
    m_days = 0;
    if (!counts.empty()) {
        m_first = counts.front().first;
        m_days = int(m_first.daysTo(counts.back().first)) + 1;
        m_binDays = m_days > 120 ? 7 : 1;
        std::vector<int> bins(size_t((m_days + m_binDays - 1) / m_binDays), 0);
        for (const auto &[day, count] : counts)
            bins[size_t(m_first.daysTo(day) / m_binDays)] += count;
        for (int count : bins) {
            m_bins.append(count);
            m_maximum = std::max(m_maximum, count);
        }
    }
    emit changed();
}

QString IncidentTimeline::dateAt(int offset) const
{
    return m_first.isValid() ? m_first.addDays(offset).toString(Qt::ISODate) : QString();
}

} // namespace conflictmap
