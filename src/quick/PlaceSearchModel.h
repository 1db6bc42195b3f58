// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "gazetteer/Gazetteer.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace conflictmap {

// The places and admin units named like 'query' in any script or spelling,
// best first (Gazetteer::search), each named in 'language' with its country,
// admin unit and population: the list under the "Go to place" field.
//
// The gazetteer file ('gazetteer'; empty: the bundled regional one) is read
// at the first query and indexed off the UI thread, since the world's takes
// seconds; the query, and any set meanwhile, is searched once it is ready. Searching is synchronous: a
// few milliseconds even on the world's gazetteer.
class PlaceSearchModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(QString gazetteer READ gazetteer WRITE setGazetteer NOTIFY gazetteerChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    // Why the gazetteer could not be read or the query not searched; empty
    // when all is well.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1, // in 'language'
        KindRole, // "place" or "admin_unit"
        GeonameidRole, // 0 for admin units
        CountryRole,
        AdminCodeRole,
        AdminNameRole, // in 'language'
        PopulationRole,
        FeatureCodeRole,
        LonRole,
        LatRole,
        MatchRole, // "exact", "prefix", "typo", "typo_prefix"
    };
    Q_ENUM(Role)

    explicit PlaceSearchModel(QObject *parent = nullptr);
    ~PlaceSearchModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Row 'row' as PlaceJson gives it (names with their languages, lon, lat,
    // admin unit…); empty for a row that is not there.
    Q_INVOKABLE QVariantMap get(int row) const;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    QString gazetteer() const { return m_gazetteerPath; }
    void setGazetteer(const QString &pathOrUrl);
    bool isLoading() const { return m_loading; }
    QString errorString() const { return m_errorString; }

signals:
    void queryChanged();
    void languageChanged();
    void limitChanged();
    void gazetteerChanged();
    void countChanged();
    void loadingChanged();
    void errorStringChanged();

private:
    struct Loaded {
        std::shared_ptr<const Gazetteer> gazetteer;
        QString error;
        int generation = 0;
    };
    void load();
    void finishLoading();
    void search();
    void setErrorString(const QString &error);

    QString m_query;
    QString m_language;
    int m_limit = 10;
    QString m_gazetteerPath;
    std::shared_ptr<const Gazetteer> m_loaded; // the matches point into it
    QString m_loadError;
    std::vector<PlaceMatch> m_matches;
    QFutureWatcher<Loaded> m_loader;
    int m_generation = 0; // of the newest load: older ones are dropped
    bool m_loading = false;
    QString m_errorString;
};

} // namespace conflictmap
