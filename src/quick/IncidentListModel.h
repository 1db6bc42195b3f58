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
#include "store/IncidentPoints.h"

#include <memory>
#include <vector>

namespace conflictmap {

// The incidents of the database that pass the filters, oldest first, for
// the list and the map alike. Filters are properties; changing one
// re-queries.
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
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY filterChanged)
    Q_PROPERTY(QString type READ type WRITE setType NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY filterChanged)
    // Dates (YYYY-MM-DD); empty for no bound.
    Q_PROPERTY(QString since READ since WRITE setSince NOTIFY filterChanged)
    Q_PROPERTY(QString until READ until WRITE setUntil NOTIFY filterChanged)
    // Only incidents inside this area (the map's visible region); an invalid
    // shape for all. Reloads a moment after the last change, not per frame.
    Q_PROPERTY(QGeoShape area READ area WRITE setArea NOTIFY filterChanged)
    Q_PROPERTY(bool newestFirst READ newestFirst WRITE setNewestFirst NOTIFY filterChanged)
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
    QString text() const { return m_text; }
    void setText(const QString &text);
    QString type() const { return m_type; }
    void setType(const QString &type);
    QString status() const { return m_status; }
    void setStatus(const QString &status);
    QString region() const { return m_region; }
    void setRegion(const QString &region);
    QString errorString() const { return m_error; }
    QString since() const { return m_since; }
    void setSince(const QString &date);
    QString until() const { return m_until; }
    void setUntil(const QString &date);
    QGeoShape area() const { return m_area; }
    void setArea(const QGeoShape &area);
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
    void filterChanged();
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
    void setFilter(QString &field, const QString &value);
    void finishLoading();
    void setLoading(bool loading);
    void setPoints(std::shared_ptr<const IncidentPoints> points, const QString &error);
    void applyArea();
    void showRows(std::shared_ptr<const IncidentPoints> points);
    const IncidentPoint &pointAt(int row) const { return m_points->points[size_t(m_rows[size_t(row)])]; }
    const RowText &rowText(qint64 id) const;

    QPointer<IncidentDatabase> m_database;
    QString m_text, m_type, m_status, m_region, m_since, m_until, m_error;
    QGeoShape m_area;
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
