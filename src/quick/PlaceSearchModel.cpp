// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PlaceSearchModel.h"

#include "gazetteer/PlaceJson.h"
#include "map/LocalPath.h"

#include <QtConcurrent/QtConcurrentRun>

namespace conflictmap {

PlaceSearchModel::PlaceSearchModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(&m_loader, &QFutureWatcher<Loaded>::finished, this, &PlaceSearchModel::finishLoading);
}

PlaceSearchModel::~PlaceSearchModel()
{
    // The load holds no pointer to this model, but finishing it here keeps
    // a thread from outliving the application.
    m_loader.waitForFinished();
}

int PlaceSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

QVariant PlaceSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const PlaceMatch &match = m_matches[std::size_t(index.row())];
    const GazetteerEntry &entry = *match.entry;
    switch (role) {
    case NameRole:
    case Qt::DisplayRole:
        return entry.displayName(m_language);
    case KindRole:
        return entry.kind == GazetteerEntry::Kind::Place ? QStringLiteral("place") : QStringLiteral("admin_unit");
    case GeonameidRole:
        return entry.geonameid;
    case CountryRole:
        return entry.country;
    case AdminCodeRole:
        return entry.adminCode;
    case AdminNameRole: {
        const GazetteerEntry *unit = m_loaded->adminUnit(entry.adminCode);
        return unit ? unit->displayName(m_language) : QString();
    }
    case PopulationRole:
        return entry.population;
    case FeatureCodeRole:
        return entry.featureCode;
    case LonRole:
        return entry.lon;
    case LatRole:
        return entry.lat;
    case MatchRole:
        return PlaceJson::matchName(match.quality);
    }
    return {};
}

QHash<int, QByteArray> PlaceSearchModel::roleNames() const
{
    return {{NameRole, "name"}, {KindRole, "kind"}, {GeonameidRole, "geonameid"}, {CountryRole, "country"},
        {AdminCodeRole, "adminCode"}, {AdminNameRole, "adminName"}, {PopulationRole, "population"},
        {FeatureCodeRole, "featureCode"}, {LonRole, "lon"}, {LatRole, "lat"}, {MatchRole, "match"}};
}

QVariantMap PlaceSearchModel::get(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return PlaceJson::of(*m_loaded, m_matches[std::size_t(row)], m_language).toVariantMap();
}

void PlaceSearchModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    if (!m_loaded && !m_loading)
        load(); // searches when done
    else
        search();
}

void PlaceSearchModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    if (!m_matches.empty()) // the same places, named anew
        emit dataChanged(index(0), index(rowCount() - 1), {NameRole, Qt::DisplayRole, AdminNameRole});
}

void PlaceSearchModel::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    emit limitChanged();
    search();
}

void PlaceSearchModel::setGazetteer(const QString &pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    if (path == m_gazetteerPath)
        return;
    m_gazetteerPath = path;
    emit gazetteerChanged();
    if (m_loaded || m_loading || !m_query.isEmpty())
        load(); // else at the first query
}

void PlaceSearchModel::load()
{
    const int generation = ++m_generation;
    m_loadError.clear();
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged();
    }
    const QString path = m_gazetteerPath.isEmpty() ? Gazetteer::defaultPath() : m_gazetteerPath;
    m_loader.setFuture(QtConcurrent::run([path, generation]() {
        auto opened = Gazetteer::openShared(path);
        return opened ? Loaded{opened.value(), {}, generation} : Loaded{nullptr, opened.error(), generation};
    }));
}

void PlaceSearchModel::finishLoading()
{
    const Loaded loaded = m_loader.result();
    if (loaded.generation != m_generation)
        return; // a newer load is on its way
    // The old matches point into the old gazetteer: gone before it goes.
    const bool hadMatches = !m_matches.empty();
    beginResetModel();
    m_matches.clear();
    m_loaded = loaded.gazetteer;
    endResetModel();
    if (hadMatches)
        emit countChanged();
    m_loadError = loaded.error;
    m_loading = false;
    emit loadingChanged();
    search();
}

void PlaceSearchModel::search()
{
    const std::size_t before = m_matches.size();
    beginResetModel();
    m_matches.clear();
    QString error = m_loadError;
    if (m_loaded) {
        auto found = m_loaded->search(m_query, m_limit);
        if (found)
            m_matches = std::move(found.value());
        else
            error = found.error();
    }
    endResetModel();
    if (m_matches.size() != before)
        emit countChanged();
    setErrorString(error);
}

void PlaceSearchModel::setErrorString(const QString &error)
{
    if (error == m_errorString)
        return;
    m_errorString = error;
    emit errorStringChanged();
}

} // namespace conflictmap
