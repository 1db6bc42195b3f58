// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "layers/ControlSnapshot.h"
#include "map/MapLayer.h"
#include "map/SnapshotBuilder.h"

#include <QPointer>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

namespace conflictmap {

class IncidentDatabase;

// Territorial control on the map: for every series (a party's control as
// the analyst assesses it, or as a claimant claims it) the version in force
// on 'date', in the party's colour; assessed control solid, claimed control
// hatched. In compare mode, what one series gained and lost between two
// dates instead. Reading, overlays and triangulation run off the UI thread
// (a request at a time: while one runs, only the latest next one waits);
// the picture drawn stays until the next is ready, and prepared areas are
// cached by record, so scrubbing over dates triangulates each version once.
class ControlLayer : public MapLayer {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::IncidentDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    // The day shown, "YYYY-MM-DD"; empty (the default): the last version date.
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
    // One party's series only; empty for every party.
    Q_PROPERTY(QString party READ party WRITE setParty NOTIFY filterChanged)
    Q_PROPERTY(bool showAssessed READ showAssessed WRITE setShowAssessed NOTIFY filterChanged)
    Q_PROPERTY(bool showClaimed READ showClaimed WRITE setShowClaimed NOTIFY filterChanged)
    // Compare mode: what the series (compareParty, compareClaimedBy: empty
    // for the assessment) gained and lost from compareFrom to compareTo.
    Q_PROPERTY(bool compare READ compare WRITE setCompare NOTIFY compareChanged)
    Q_PROPERTY(QString compareFrom READ compareFrom WRITE setCompareFrom NOTIFY compareChanged)
    Q_PROPERTY(QString compareTo READ compareTo WRITE setCompareTo NOTIFY compareChanged)
    Q_PROPERTY(QString compareParty READ compareParty WRITE setCompareParty NOTIFY compareChanged)
    Q_PROPERTY(QString compareClaimedBy READ compareClaimedBy WRITE setCompareClaimedBy NOTIFY compareChanged)

    // What is drawn, for the legend: one map per version shown {id, party,
    // claimedBy, assessed, color, areaKm2, date}.
    Q_PROPERTY(QVariantList visibleSeries READ visibleSeries NOTIFY snapshotChanged)
    // Every series {party, claimedBy, assessed, label, color, first, last, versions}
    // and every party {name, color}.
    Q_PROPERTY(QVariantList series READ series NOTIFY catalogueChanged)
    Q_PROPERTY(QVariantList parties READ parties NOTIFY catalogueChanged)
    // The colours a party may be given, and those of compare mode.
    Q_PROPERTY(QStringList palette READ palette CONSTANT)
    Q_PROPERTY(QColor gainedColor READ gainedColor CONSTANT)
    Q_PROPERTY(QColor lostColor READ lostColor CONSTANT)
    // Every version's date, oldest first, and the days from the first to
    // the last (for a slider: day 0 is firstDate).
    Q_PROPERTY(QStringList versionDates READ versionDates NOTIFY catalogueChanged)
    Q_PROPERTY(QString firstDate READ firstDate NOTIFY catalogueChanged)
    Q_PROPERTY(QString lastDate READ lastDate NOTIFY catalogueChanged)
    Q_PROPERTY(int dayCount READ dayCount NOTIFY catalogueChanged)
    // The day drawn (date, or the last version date when date is empty).
    Q_PROPERTY(QString shownDate READ shownDate NOTIFY snapshotChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY catalogueChanged)
    // Compare mode's result, once computed; changeReady is false before.
    Q_PROPERTY(bool changeReady READ changeReady NOTIFY snapshotChanged)
    Q_PROPERTY(double gainedKm2 READ gainedKm2 NOTIFY snapshotChanged)
    Q_PROPERTY(double lostKm2 READ lostKm2 NOTIFY snapshotChanged)
    Q_PROPERTY(double netKm2 READ netKm2 NOTIFY snapshotChanged)
    // The comparison drawn, defaults filled in: its series (as series'
    // label gives it) and its two dates.
    Q_PROPERTY(QString changeSeries READ changeSeries NOTIFY snapshotChanged)
    Q_PROPERTY(QString changeFrom READ changeFrom NOTIFY snapshotChanged)
    Q_PROPERTY(QString changeTo READ changeTo NOTIFY snapshotChanged)
    // The area clicked: {id, party, claimedBy, assessed, color, date,
    // areaKm2, note, claims: [{claimant, stance, quote, translation,
    // sourceTitle, publisher, language, published, url, urlOpenable}]}; empty if none.
    Q_PROPERTY(QVariantMap selectedArea READ selectedArea NOTIFY selectedAreaChanged)

public:
    explicit ControlLayer(QQuickItem *parent = nullptr);

    IncidentDatabase *database() const { return m_database; }
    void setDatabase(IncidentDatabase *database);
    QString date() const { return m_date; }
    void setDate(const QString &date);
    QString party() const { return m_request.party; }
    void setParty(const QString &party);
    bool showAssessed() const { return m_request.showAssessed; }
    void setShowAssessed(bool show);
    bool showClaimed() const { return m_request.showClaimed; }
    void setShowClaimed(bool show);
    bool compare() const { return m_request.compare; }
    void setCompare(bool compare);
    QString compareFrom() const { return m_compareFrom; }
    void setCompareFrom(const QString &date);
    QString compareTo() const { return m_compareTo; }
    void setCompareTo(const QString &date);
    QString compareParty() const { return m_request.compareParty; }
    void setCompareParty(const QString &party);
    QString compareClaimedBy() const { return m_request.compareClaimedBy; }
    void setCompareClaimedBy(const QString &claimedBy);

    QVariantList visibleSeries() const;
    QVariantList series() const;
    QVariantList parties() const;
    static QStringList palette();
    static QColor gainedColor();
    static QColor lostColor();
    QStringList versionDates() const;
    QString firstDate() const;
    QString lastDate() const;
    int dayCount() const;
    QString shownDate() const;
    bool hasData() const { return m_snapshot && !m_snapshot->series.empty(); }
    bool changeReady() const { return m_snapshot && m_snapshot->change.has_value(); }
    double gainedKm2() const { return changeReady() ? m_snapshot->change->gainedKm2 : 0; }
    double lostKm2() const { return changeReady() ? m_snapshot->change->lostKm2 : 0; }
    double netKm2() const { return changeReady() ? m_snapshot->change->netKm2 : 0; }
    QString changeSeries() const;
    QString changeFrom() const;
    QString changeTo() const;
    QVariantMap selectedArea() const { return m_selectedArea; }

    // The day 'day' days after firstDate, and back ("YYYY-MM-DD").
    Q_INVOKABLE QString dateAt(int day) const;
    Q_INVOKABLE int dayOf(const QString &date) const;
    // The area drawn at an item position (as selectedArea gives it); empty if none.
    Q_INVOKABLE QVariantMap areaAt(const QPointF &position) const;
    // Selects the area at an item position; false (and nothing selected) if none.
    Q_INVOKABLE bool selectAt(const QPointF &position);
    Q_INVOKABLE void clearSelection();
    // Gives a party another colour ("#rrggbb"), stored; the map follows.
    // False, with errorString set, if refused.
    Q_INVOKABLE bool setPartyColor(const QString &party, const QString &color);

    // What is drawn now, in the map's display CRS; null while none is.
    std::shared_ptr<const ControlSnapshot> snapshot() const;
    // The prepared areas kept for the next requests.
    const PreparedAreaCache &cache() const { return *m_cache; }

signals:
    void databaseChanged();
    void dateChanged();
    void filterChanged();
    void compareChanged();
    void snapshotChanged();
    // The series, parties and version dates: what the legend's choices and
    // the slider's ticks show. Not told again when only the day changes, so
    // that dragging the slider does not remake them.
    void catalogueChanged();
    void selectedAreaChanged();

protected:
    void displayCrsChanged() override;
    // A zoom into another band of detail asks for the areas simplified to it.
    void viewportChanged() override;
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    void request();
    void startBuilding();
    void finishBuilding(std::shared_ptr<const ControlSnapshot> built);
    QVariantMap describe(const ControlSnapshot::Shown &shown) const;

    QPointer<IncidentDatabase> m_database;
    QString m_date, m_compareFrom, m_compareTo;
    ControlSnapshot::Request m_request;
    std::shared_ptr<StoreReader> m_reader;
    std::shared_ptr<PreparedAreaCache> m_cache;
    std::shared_ptr<const ControlSnapshot> m_snapshot;
    bool m_requestWaiting = false; // asked for while a build ran
    double m_tolerance = 0; // of the areas asked for last (ControlSnapshot::Request::tolerance)
    QVariantMap m_selectedArea;
    SnapshotBuilder<std::shared_ptr<const ControlSnapshot>> m_builder;
};

} // namespace conflictmap
