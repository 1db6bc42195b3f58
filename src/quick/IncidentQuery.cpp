// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IncidentQuery.h"

#include <QGeoRectangle>

namespace conflictmap {

void IncidentQuery::setField(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    emit filterChanged();
}

void IncidentQuery::setArea(const QGeoShape &area)
{
    if (area == m_area)
        return;
    m_area = area;
    emit areaChanged();
}

void IncidentQuery::setCredibility(int grade)
{
    if (grade == m_credibility)
        return;
    m_credibility = grade;
    emit filterChanged();
}

IncidentFilter IncidentQuery::filter(bool withArea) const
{
    IncidentFilter filter;
    filter.text = m_text;
    filter.type = m_type;
    filter.status = m_status;
    filter.region = m_region;
    filter.reliability = m_reliability;
    filter.credibility = m_credibility;
    if (const QDate since = QDate::fromString(m_since, Qt::ISODate); since.isValid())
        filter.since = since;
    if (const QDate until = QDate::fromString(m_until, Qt::ISODate); until.isValid())
        filter.until = until;
    if (withArea && m_area.isValid()) {
        const QGeoRectangle box = m_area.boundingGeoRectangle();
        filter.bbox = QRectF(QPointF(box.topLeft().longitude(), box.bottomRight().latitude()),
            QPointF(box.bottomRight().longitude(), box.topLeft().latitude()));
    }
    return filter;
}

} // namespace conflictmap
