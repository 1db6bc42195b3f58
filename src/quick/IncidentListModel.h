// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Incident.h"

#include <QAbstractListModel>
#include <QCache>
#include <QFutureWatcher>
#include <QGeoShape>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "IncidentDatabase.h"
#include "IncidentQuery.h"
#include "store/IncidentPoints.h"

#include <memory>
#include <vector>

namespace conflictmap {

// The incidents of the database that its query selects, oldest first, for
// the list and the map alike. A change of the query re-queries.
//
// What is held per incident is its IncidentPoint (32 bytes: a million in
// 32 MB); a row's title, date and claimants are read when a view asks for
// them, and kept for the last few thousand rows. Large databases load
// off the UI thread (loading is true meanwhile; the rows shown stay until
// the new ones are ready). The area filter ("only in view") is applied to
// the loaded points in memory: a pan never queries the database.
class IncidentListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::IncidentDatabase *database READ database WRITE setDatabase NOTIFY databaseChanged)
    // What to show; a change of its area is applied a moment after the
    // last one, not per frame.
    Q_PROPERTY(conflictmap::IncidentQuery *query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool newestFirst READ newestFirst WRITE setNewestFirst NOTIFY newestFirstChanged)
    // The incident types, for a type filter: "" (any) first.
    Q_PROPERTY(QStringList typeChoices READ typeChoices NOTIFY countChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY countChanged)
    // Units of the records known only to the region or country, among those
    // the filters other than the area select (a unit partly in view is
    // tinted even when its record's badge is not).
    Q_PROPERTY(QStringList areaRegions READ areaRegions NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        TypeRole,
        FamilyRole,
        StatusRole,
        DateRole,
        PrecisionRole,
        RegionRole,
        LongitudeRole,
        LatitudeRole,
        ClaimantsRole,
    };
    Q_ENUM(Role)

    explicit IncidentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    IncidentDatabase *database() const { return m_database; }
    void setDatabase(IncidentDatabase *database);
    IncidentQuery *query() const { return m_query; }
    void setQuery(IncidentQuery *query);
    QString errorString() const { return m_error; }
    bool newestFirst() const { return m_newestFirst; }
    void setNewestFirst(bool newestFirst);
    QStringList typeChoices() const;
    QStringList areaRegions() const;

    // The row of incident 'id', or -1 when the filters hide it.
    Q_INVOKABLE int rowOf(qint64 id) const;
    Q_INVOKABLE qint64 idAt(int row) const;
    Q_INVOKABLE void reload();
    Q_INVOKABLE QString titleOf(qint64 id) const;
    bool loading() const { return m_loading; }
    // Every incident the filters other than the area select, in list order.
    std::shared_ptr<const IncidentPoints> points() const { return m_points; }
    QString familyOf(const QString &type) const { return m_families.value(type, QStringLiteral("other")); }
    // Rows shown per region code (country codes for country precision).
    QHash<QString, int> regionCounts() const;
    // Databases with more incidents than this load off the UI thread.
    void setSynchronousLimit(qint64 incidents) { m_synchronousLimit = incidents; }

signals:
    void databaseChanged();
    void queryChanged();
    void newestFirstChanged();
    void countChanged();
    void loadingChanged();
    // points() changed (not on area changes).
    void pointsChanged();

private:
    struct Loaded {
        std::shared_ptr<const IncidentPoints> points;
        QString error;
        int generation;
    };
    struct RowText {
        QString title, date, claimants;
    };
    void finishLoading();
    void setLoading(bool loading);
    void setPoints(std::shared_ptr<const IncidentPoints> points, const QString &error);
    void applyArea();
    void showRows(std::shared_ptr<const IncidentPoints> points);
    const IncidentPoint &pointAt(int row) const { return m_points->points[size_t(m_rows[size_t(row)])]; }
    const RowText &rowText(qint64 id) const;

    QPointer<IncidentDatabase> m_database;
    QPointer<IncidentQuery> m_query;
    QString m_error;
    bool m_newestFirst = false;
    QTimer m_areaSettled;
    std::shared_ptr<const IncidentPoints> m_points;
    std::vector<std::int32_t> m_rows; // indices into m_points shown, in order
    QStringList m_areaRegions;
    QHash<QString, QString> m_families; // type → family
    mutable QCache<qint64, RowText> m_texts{4000};
    QFutureWatcher<Loaded> m_loader;
    int m_generation = 0;
    bool m_loading = false;
    qint64 m_synchronousLimit = 20000; // about 10 ms of loading
};

} // namespace conflictmap
