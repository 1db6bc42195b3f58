#pragma once

#include "model/Incident.h"

#include <QAbstractListModel>
#include <QGeoShape>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "IncidentDatabase.h"

#include <vector>

namespace conflictmap {

// The incidents of the database that pass the filters, oldest first, for
// the list and the map alike. Filters are properties; changing one
// re-queries. Rows carry what the views show; the details of one incident
// come from IncidentDetails.
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
    // Units of the listed records known only to the region or country.
    Q_PROPERTY(QStringList areaRegions READ areaRegions NOTIFY countChanged)

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
    const std::vector<Incident> &incidents() const { return m_incidents; }

signals:
    void databaseChanged();
    void filterChanged();
    void countChanged();

private:
    void setFilter(QString &field, const QString &value);

    QPointer<IncidentDatabase> m_database;
    QString m_text, m_type, m_status, m_region, m_since, m_until, m_error;
    QGeoShape m_area;
    bool m_newestFirst = false;
    QTimer m_areaSettled;
    std::vector<Incident> m_incidents;
    QHash<QString, QString> m_families; // type → family
};

} // namespace conflictmap
