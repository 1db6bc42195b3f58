// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "IncidentDatabase.h"
#include "ShapeSketch.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

// The form that saves a drawn area as a version of a party's control: who
// holds it, on which day, assessed or claimed by whom, on which source with
// which quote. "New version from the previous one" copies the series'
// version in force on the day into the sketch, so a daily update is an
// edit, not a redraw.
class ControlAreaForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::IncidentDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(QString party MEMBER m_party NOTIFY changed)
    Q_PROPERTY(QString date MEMBER m_date NOTIFY changed) // YYYY-MM-DD
    Q_PROPERTY(QString claimedBy MEMBER m_claimedBy NOTIFY changed) // empty: the analyst's assessment
    Q_PROPERTY(QString note MEMBER m_note NOTIFY changed)
    Q_PROPERTY(int sourceId MEMBER m_sourceId NOTIFY changed) // -1: none
    Q_PROPERTY(QString quote MEMBER m_quote NOTIFY changed)
    // The parties known, for a choice (a new name may be typed).
    Q_PROPERTY(QStringList parties READ parties NOTIFY databaseChanged)
    // Sources to cite: {id, title}, "none" (-1) first.
    Q_PROPERTY(QVariantList sources READ sources NOTIFY databaseChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY changed)

public:
    using QObject::QObject;
    IncidentDatabase *database() const { return m_database; }
    void setDatabase(IncidentDatabase *database);
    QStringList parties() const;
    QVariantList sources() const;
    QString errorString() const { return m_error; }

    // Saves the finished sketch as a version; false with errorString set,
    // and nothing written, when anything is refused.
    Q_INVOKABLE bool save(conflictmap::ShapeSketch *sketch);
    // Puts the party's version in force on 'date' (of the claimant's
    // series, or the assessment) into the sketch to edit; false with
    // errorString set when there is none.
    Q_INVOKABLE bool copyPrevious(conflictmap::ShapeSketch *sketch);

signals:
    void databaseChanged();
    void changed();
    // A version was saved: its id.
    void saved(qint64 id);

private:
    void fail(const QString &error);

    QPointer<IncidentDatabase> m_database;
    QString m_party;
    QString m_date;
    QString m_claimedBy;
    QString m_note;
    int m_sourceId = -1;
    QString m_quote;
    QString m_error;
};

} // namespace conflictmap
