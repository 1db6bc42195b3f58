// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "IncidentDatabase.h"

namespace conflictmap {

// One incident as the details panel shows it: every field, its position and
// how precisely it is known in words, and every claim with its source. All
// text is for plain-text display. Links open only when they are http(s).
class IncidentDetails : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::IncidentDatabase *database READ database WRITE setDatabase NOTIFY changed)
    Q_PROPERTY(qint64 incidentId READ incidentId WRITE setIncidentId NOTIFY changed)
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    // The version shown: what a delete confirmed from here is checked against.
    Q_PROPERTY(qint64 version READ version NOTIFY changed)
    Q_PROPERTY(QString type READ type NOTIFY changed)
    Q_PROPERTY(QString date READ date NOTIFY changed)
    Q_PROPERTY(QString status READ status NOTIFY changed)
    // Where: a point and how precisely it is known, or a line's or area's
    // kind, geodesic km or km² and the units it touches with their shares.
    Q_PROPERTY(QString location READ location NOTIFY changed)
    Q_PROPERTY(QString actors READ actors NOTIFY changed)
    Q_PROPERTY(QString deployment READ deployment NOTIFY changed)
    Q_PROPERTY(QString description READ description NOTIFY changed)
    Q_PROPERTY(QVariantList claims READ claims NOTIFY changed)
    // The properties an import kept that have no field of their own (a
    // unit's name, its superior, notes…), as {name, value}, by name.
    Q_PROPERTY(QVariantList extra READ extra NOTIFY changed)
    // Who made it and who changed it last, and when.
    Q_PROPERTY(QString authorship READ authorship NOTIFY changed)
    // Its changes and its claims', newest first, as {id, at, by, what,
    // reason, restorable} (restorable: a change of the incident itself).
    Q_PROPERTY(QVariantList history READ history NOTIFY changed)
    // Why the last restore() failed (empty after one that worked).
    Q_PROPERTY(QString restoreError READ restoreError NOTIFY changed)

public:
    using QObject::QObject;

    IncidentDatabase *database() const { return m_database; }
    void setDatabase(IncidentDatabase *database);
    qint64 incidentId() const { return m_id; }
    void setIncidentId(qint64 id);
    bool valid() const { return m_valid; }
    QString title() const { return m_title; }
    qint64 version() const { return m_version; }
    QString type() const { return m_type; }
    QString date() const { return m_date; }
    QString status() const { return m_status; }
    QString location() const { return m_location; }
    QString actors() const { return m_actors; }
    QString deployment() const { return m_deployment; }
    QString description() const { return m_description; }
    QVariantList claims() const { return m_claims; }
    QVariantList extra() const { return m_extra; }
    QString authorship() const { return m_authorship; }
    QVariantList history() const { return m_history; }
    QString restoreError() const { return m_restoreError; }

    // Only http and https links are ever opened; anything else (javascript:,
    // file:, data:) is refused.
    Q_INVOKABLE static bool canOpen(const QString &url);
    Q_INVOKABLE bool openUrl(const QString &url) const;
    // Makes the incident again what history change 'changeId' left it, as
    // a new change (undoable).
    Q_INVOKABLE bool restore(qint64 changeId);
    // Grades the source of a claim (A–F, empty for none) or the claim (1–6,
    // 0 for none); the error, or empty when it is done.
    Q_INVOKABLE QString setReliability(qint64 sourceId, const QString &reliability);
    Q_INVOKABLE QString setCredibility(qint64 claimId, int credibility);
    // A claim as the panels show it: {claimId, claimant, stance, quote,
    // translation, grade, reliability, credibility (0: none), sourceId,
    // readable, sourceTitle, publisher, language, published, url,
    // urlOpenable, recorded}.
    static QVariantMap claimInfo(const Claim &claim);

signals:
    void changed();

private:
    void reload();

    QPointer<IncidentDatabase> m_database;
    qint64 m_id = -1;
    bool m_valid = false;
    qint64 m_version = 0;
    QString m_title, m_type, m_date, m_status, m_location, m_actors, m_deployment, m_description;
    QVariantList m_claims;
    QVariantList m_extra;
    QString m_authorship;
    QVariantList m_history;
    QString m_restoreError;
};

} // namespace conflictmap
