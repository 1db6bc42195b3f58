// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "IncidentDatabase.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

// The time span of the database's incidents for the time slider: its first
// and last day, and a histogram of incidents per bin (a day for spans up to
// 120 days, else a week) so the slider shows where events cluster.
class IncidentTimeline : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::IncidentDatabase *database READ database WRITE setDatabase NOTIFY changed)
    Q_PROPERTY(int days READ days NOTIFY changed) // days from the first to the last, inclusive
    Q_PROPERTY(int binDays READ binDays NOTIFY changed) // 1 or 7
    Q_PROPERTY(QVariantList bins READ bins NOTIFY changed) // counts per bin
    Q_PROPERTY(int maximum READ maximum NOTIFY changed) // the largest bin

public:
    using QObject::QObject;

    IncidentDatabase *database() const { return m_database; }
    void setDatabase(IncidentDatabase *database);
    int days() const { return m_days; }
    int binDays() const { return m_binDays; }
    QVariantList bins() const { return m_bins; }
    int maximum() const { return m_maximum; }
    // The date 'offset' days after the first, as YYYY-MM-DD.
    Q_INVOKABLE QString dateAt(int offset) const;

signals:
    void changed();

private:
    void reload();

    QPointer<IncidentDatabase> m_database;
    QDate m_first;
    int m_days = 0;
    int m_binDays = 1;
    QVariantList m_bins;
    int m_maximum = 0;
};

} // namespace conflictmap
