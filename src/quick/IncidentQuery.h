// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/IncidentFilter.h"

#include <QGeoShape>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

// Which incidents the user is looking at: the one query behind the list,
// the map and the export, so that what is exported is what is shown.
// Filters are properties; filter() gives them to the store.
class IncidentQuery : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(QString type READ type WRITE setType NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    // An ISO 3166-2 code, or a country code for all its units.
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY filterChanged)
    // Dates (YYYY-MM-DD); empty for no bound.
    Q_PROPERTY(QString since READ since WRITE setSince NOTIFY filterChanged)
    Q_PROPERTY(QString until READ until WRITE setUntil NOTIFY filterChanged)
    // Incidents with a claim graded this well or better (the Admiralty
    // system): a source reliability "A"–"F" (empty: any), a credibility 1–6
    // (0: any).
    Q_PROPERTY(QString reliability READ reliability WRITE setReliability NOTIFY filterChanged)
    Q_PROPERTY(int credibility READ credibility WRITE setCredibility NOTIFY filterChanged)
    // Only incidents inside this area ("only in view": the map's visible
    // region); an invalid shape for all. Changes every frame of a pan, so
    // it has a signal of its own.
    Q_PROPERTY(QGeoShape area READ area WRITE setArea NOTIFY areaChanged)

public:
    using QObject::QObject;

    QString text() const { return m_text; }
    void setText(const QString &text) { setField(m_text, text); }
    QString type() const { return m_type; }
    void setType(const QString &type) { setField(m_type, type); }
    QString status() const { return m_status; }
    void setStatus(const QString &status) { setField(m_status, status); }
    QString region() const { return m_region; }
    void setRegion(const QString &region) { setField(m_region, region); }
    QString since() const { return m_since; }
    void setSince(const QString &date) { setField(m_since, date); }
    QString until() const { return m_until; }
    void setUntil(const QString &date) { setField(m_until, date); }
    QString reliability() const { return m_reliability; }
    void setReliability(const QString &grade) { setField(m_reliability, grade); }
    int credibility() const { return m_credibility; }
    void setCredibility(int grade);
    QGeoShape area() const { return m_area; }
    void setArea(const QGeoShape &area);

    // The filters for the store; with 'withArea', the area as a bounding box
    // (the list applies the area itself, in memory, so a pan never queries).
    IncidentFilter filter(bool withArea) const;

signals:
    void filterChanged();
    void areaChanged();

private:
    void setField(QString &field, const QString &value);

    QString m_text, m_type, m_status, m_region, m_since, m_until, m_reliability;
    int m_credibility = 0;
    QGeoShape m_area;
};

} // namespace conflictmap
