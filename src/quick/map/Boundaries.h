// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace conflictmap {

class BoundaryLayer;

// The administrative-boundary layer of a session, one object shared by
// the database (which places incidents in its units), the map layer that
// draws it and the models that name its units: "Layer…" changes it for
// all of them at once. The app's is IncidentDatabase.boundaries.
class Boundaries : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // A GDAL vector dataset; setting it reads the file off the UI thread.
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY statusChanged)
    Q_PROPERTY(int regionCount READ regionCount NOTIFY layerChanged)
    // The CRS the data was stored in, as PROJ names it.
    Q_PROPERTY(QString sourceCrsName READ sourceCrsName NOTIFY layerChanged)

public:
    enum Status { Null, Loading, Ready, Error };
    Q_ENUM(Status)

    explicit Boundaries(QObject *parent = nullptr);
    ~Boundaries() override;

    // Reads 'path' now, on the calling thread: at start-up, where the
    // database needs the units before it can fill a new file.
    bool openNow(const QString &path);

    QString source() const { return m_source; }
    void setSource(const QString &source);
    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }
    int regionCount() const;
    QString sourceCrsName() const;
    // The layer read last; null until one is.
    std::shared_ptr<const BoundaryLayer> layer() const { return m_layer; }

    // A unit by its code: code, name (in 'language': en, local, ar, ru),
    // nameEn/nameLocal/nameAr/nameRu, country, kind, areaKm2 (geodesic);
    // empty if none.
    Q_INVOKABLE QVariantMap regionInfo(const QString &code, const QString &language = QStringLiteral("en")) const;
    // The same, by index into the layer's regions.
    QVariantMap regionInfo(int index, const QString &language) const;

signals:
    void sourceChanged();
    void statusChanged();
    // A new layer was read: everything drawn or counted from the old is stale.
    void layerChanged();

private:
    struct Opened {
        std::shared_ptr<const BoundaryLayer> layer;
        QString error;
    };
    void setStatus(Status status, const QString &error = {});
    // A unit's geodesic area in km².
    double areaKm2(int index) const;
    void finishOpening();

    QString m_source;
    Status m_status = Null;
    QString m_errorString;
    std::shared_ptr<const BoundaryLayer> m_layer;
    mutable std::vector<double> m_areas; // per unit of m_layer, NaN until measured
    QFutureWatcher<Opened> m_opening;
};

} // namespace conflictmap
