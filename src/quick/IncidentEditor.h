// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ActorListModel.h"
#include "IncidentDatabase.h"
#include "drawing/ShapeSketch.h"
#include "gazetteer/GazetteerEntry.h"

#include <QGeoCoordinate>
#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

// The form behind "Add incident" and "Edit": its fields as the user typed
// them, and on save() the same validation as everywhere (the core's), with
// each error shown next to its field (fieldErrors: field → message). A new
// source can be entered with the claim, or an existing one attached.
class IncidentEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::IncidentDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    Q_PROPERTY(qint64 incidentId READ incidentId NOTIFY changed)
    Q_PROPERTY(QString type MEMBER m_type NOTIFY changed)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY changed)
    Q_PROPERTY(QString date MEMBER m_date NOTIFY changed)
    Q_PROPERTY(QString status MEMBER m_status NOTIFY changed)
    Q_PROPERTY(QString precision MEMBER m_precision NOTIFY changed)
    Q_PROPERTY(QString latitude MEMBER m_latitude NOTIFY changed)
    Q_PROPERTY(QString longitude MEMBER m_longitude NOTIFY changed)
    Q_PROPERTY(QString region MEMBER m_region NOTIFY changed)
    // The actors, a row each with its side and type.
    Q_PROPERTY(conflictmap::ActorListModel *actors READ actors CONSTANT)
    Q_PROPERTY(QString description MEMBER m_description NOTIFY changed)
    Q_PROPERTY(QString fatalities MEMBER m_fatalities NOTIFY changed)
    // A period's end ("" for one date) and the low/high fatality estimates.
    Q_PROPERTY(QString until MEMBER m_until NOTIFY changed)
    Q_PROPERTY(QString fatalitiesLow MEMBER m_fatalitiesLow NOTIFY changed)
    Q_PROPERTY(QString fatalitiesHigh MEMBER m_fatalitiesHigh NOTIFY changed)
    Q_PROPERTY(QString equipment MEMBER m_equipment NOTIFY changed)
    Q_PROPERTY(QString quantity MEMBER m_quantity NOTIFY changed)
    Q_PROPERTY(int sourceId MEMBER m_sourceId NOTIFY changed) // an existing source, or -1
    Q_PROPERTY(QString sourceTitle MEMBER m_sourceTitle NOTIFY changed)
    Q_PROPERTY(QString sourceUrl MEMBER m_sourceUrl NOTIFY changed)
    Q_PROPERTY(QString sourcePublisher MEMBER m_sourcePublisher NOTIFY changed)
    Q_PROPERTY(QString sourceLanguage MEMBER m_sourceLanguage NOTIFY changed)
    Q_PROPERTY(QString sourcePublished MEMBER m_sourcePublished NOTIFY changed)
    Q_PROPERTY(QString claimant MEMBER m_claimant NOTIFY changed)
    Q_PROPERTY(QString stance MEMBER m_stance NOTIFY changed)
    Q_PROPERTY(QString quote MEMBER m_quote NOTIFY changed)
    Q_PROPERTY(QString translation MEMBER m_translation NOTIFY changed)
    // Why this save is made: kept in the history with the change.
    Q_PROPERTY(QString reason MEMBER m_reason NOTIFY changed)
    Q_PROPERTY(QString regionFound READ regionFound NOTIFY changed)
    // A line or an area drawn for the incident ("Line, 12.4 km"), or empty
    // for a point: the position is then the shape, not latitude and longitude.
    Q_PROPERTY(bool hasShape READ hasShape NOTIFY changed)
    Q_PROPERTY(QString shapeText READ shapeText NOTIFY changed)
    // A point outside the boundary layer, likely latitude and longitude
    // the wrong way round: said, not refused (the CLI says the same).
    Q_PROPERTY(QString positionWarning READ positionWarning NOTIFY changed)
    // An incident being edited: its claims as stored ({claimant, stance,
    // source, quote}), and which one the claim fields hold (-1: a new one).
    Q_PROPERTY(QVariantList claims READ claims NOTIFY changed)
    Q_PROPERTY(int claimIndex READ claimIndex NOTIFY changed)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorsChanged)
    // Why the last save was refused when someone else saved the incident
    // since the form was filled (who, when, in which fields theirs
    // differs): reload() takes theirs, saveOver() saves these fields over it.
    Q_PROPERTY(QString conflict READ conflict NOTIFY errorsChanged)
    // Incident types for a choice: {name, label}, by label.
    Q_PROPERTY(QVariantList types READ types NOTIFY databaseChanged)
    // Read again when the form opens and after a save, which may add one.
    Q_PROPERTY(QVariantList sources READ sources NOTIFY sourcesChanged)

public:
    using QObject::QObject;

    IncidentDatabase *database() const { return m_database; }
    void setDatabase(IncidentDatabase *database);
    qint64 incidentId() const { return m_id; }
    ActorListModel *actors() const { return m_actors; }
    QString regionFound() const;
    QString positionWarning() const;
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    QString errorString() const { return m_error; }
    QString conflict() const { return m_conflict; }
    QVariantList types() const;
    QVariantList sources() const; // {id, title}: "a new source…" (-1), then every stored source

    // Empties the form for a new incident.
    Q_INVOKABLE void clear();
    // Fills the form from incident 'id' to edit it.
    Q_INVOKABLE bool load(qint64 id);
    // Puts the position at a clicked map coordinate (a point replaces a
    // line or area).
    Q_INVOKABLE void placeAt(const QGeoCoordinate &coordinate);
    // Empties the form for a new incident named in a source: at a point
    // with precision near (a town), or in a region or country given by its
    // code (precision region or country); 'quote' (the sentence naming it)
    // as the quote of a claim resting on source 'sourceId'.
    void startAt(const GazetteerEntry &place, qint64 sourceId, const QString &quote);
    // Makes the finished drawing the incident's position: a line (a front,
    // a movement in the direction drawn) or an area.
    Q_INVOKABLE void useSketch(conflictmap::ShapeSketch *sketch);
    bool hasShape() const { return m_shape.has_value(); }
    QString shapeText() const;
    // Validates and writes in one transaction; false with fieldErrors set
    // (and nothing written) when a value is refused.
    Q_INVOKABLE bool save();
    // After a conflict: the form filled again from the incident as stored
    // now (this form's changes dropped), or this form saved over it.
    Q_INVOKABLE bool reload();
    Q_INVOKABLE bool saveOver();

    QVariantList claims() const;
    int claimIndex() const { return m_claimIndex; }
    // The claims of the incident being edited, each written at once (and
    // undoable): the claim fields filled from claim 'index' to change it,
    // or emptied for a new one; the fields saved as that claim or a new
    // one; a claim removed.
    Q_INVOKABLE void editClaim(int index);
    Q_INVOKABLE void newClaim();
    Q_INVOKABLE bool saveClaim();
    Q_INVOKABLE bool removeClaim(int index);

signals:
    void databaseChanged();
    void changed();
    void sourcesChanged();
    void errorsChanged();
    void saved(qint64 incidentId);

private:
    void setError(const QString &field, const QString &message);
    // The claim in the claim fields, its source found or added (inside the
    // caller's transaction); fails naming the field.
    Result<Claim> claimFromFields(IncidentStore &store);
    // The source fields as a Source; fails on a bad published date.
    Result<Source> sourceFromFields() const;
    bool writeClaims(std::vector<Claim> claims, const QString &what);

    QPointer<IncidentDatabase> m_database;
    qint64 m_id = -1;
    QString m_type = QStringLiteral("armed_clash"), m_title, m_date, m_status = QStringLiteral("reported"),
            m_precision = QStringLiteral("near"), m_latitude, m_longitude, m_region, m_description, m_fatalities, m_until,
            m_fatalitiesLow, m_fatalitiesHigh, m_equipment, m_quantity;
    std::optional<Geometry> m_shape; // a line or an area; none for a point
    ActorListModel *m_actors = new ActorListModel(this);
    int m_sourceId = -1;
    QString m_sourceTitle, m_sourceUrl, m_sourcePublisher, m_sourceLanguage, m_sourcePublished;
    QString m_claimant, m_stance = QStringLiteral("reports"), m_quote, m_translation;
    QString m_reason;
    int m_claimIndex = -1;
    qint64 m_version = 0; // the stored incident's when the form was filled
    QVariantMap m_fieldErrors;
    QString m_error;
    QString m_conflict;
};

} // namespace conflictmap
