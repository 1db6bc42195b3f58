// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/Boundaries.h"

#include "geo/BoundaryLayer.h"
#include "geo/GeodesicArea.h"
#include "map/LocalPath.h"

#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace conflictmap {

Boundaries::Boundaries(QObject *parent) : QObject(parent)
{
    connect(&m_opening, &QFutureWatcher<Opened>::finished, this, &Boundaries::finishOpening);
}

Boundaries::~Boundaries()
{
    m_opening.waitForFinished();
}

bool Boundaries::openNow(const QString &path)
{
    m_opening.cancel();
    m_source = path;
    emit sourceChanged();
    QString error;
    std::shared_ptr<const BoundaryLayer> layer = BoundaryLayer::open(path, &error);
    if (!layer) {
        setStatus(Error, error);
        return false;
    }
    m_layer = std::move(layer);
    m_areas.clear();
    setStatus(Ready);
    emit layerChanged();
    return true;
}

void Boundaries::setSource(const QString &source)
{
    const QString path = localPath(source);
    if (path == m_source)
        return;
    m_source = path;
    emit sourceChanged();
    if (path.isEmpty()) {
        m_opening.cancel();
        setStatus(Null);
        return;
    }
    setStatus(Loading);
    // A newer source replaces the watched future: the older result is never delivered.
    m_opening.setFuture(QtConcurrent::run([path] {
        Opened opened;
        opened.layer = BoundaryLayer::open(path, &opened.error);
        return opened;
    }));
}

void Boundaries::finishOpening()
{
    if (m_opening.isCanceled())
        return;
    const Opened opened = m_opening.result();
    if (!opened.layer) {
        // The layer read before stays in use: the map keeps its units.
        setStatus(Error, opened.error);
        return;
    }
    m_layer = opened.layer;
    m_areas.clear();
    setStatus(Ready);
    emit layerChanged();
}

void Boundaries::setStatus(Status status, const QString &error)
{
    if (status == m_status && error == m_errorString)
        return;
    m_status = status;
    m_errorString = error;
    if (!error.isEmpty())
        qWarning("boundary layer: %s", qPrintable(error));
    emit statusChanged();
}

double Boundaries::areaKm2(int index) const
{
    // Measured when first asked (hover, the counts panel), not for every
    // unit at start-up: the world's admin-1 units would take seconds.
    if (m_areas.size() != m_layer->regions().size())
        m_areas.assign(m_layer->regions().size(), qQNaN());
    double &area = m_areas[size_t(index)];
    if (std::isnan(area))
        area = GeodesicArea::of(m_layer->regions()[size_t(index)].geometry) / 1e6;
    return area;
}

int Boundaries::regionCount() const
{
    return m_layer ? int(m_layer->regions().size()) : 0;
}

QString Boundaries::sourceCrsName() const
{
    return m_layer ? m_layer->sourceCrsName() : QString();
}

QVariantMap Boundaries::regionInfo(const QString &code, const QString &language) const
{
    const Region *region = m_layer ? m_layer->regionByCode(code) : nullptr;
    return region ? regionInfo(int(region - m_layer->regions().data()), language) : QVariantMap();
}

QVariantMap Boundaries::regionInfo(int index, const QString &language) const
{
    if (!m_layer || index < 0 || size_t(index) >= m_layer->regions().size())
        return {};
    const Region &r = m_layer->regions()[size_t(index)];
    return {{QStringLiteral("code"), r.code}, {QStringLiteral("name"), r.name(language)}, {QStringLiteral("nameEn"), r.nameEn},
        {QStringLiteral("nameLocal"), r.nameLocal}, {QStringLiteral("nameAr"), r.nameAr}, {QStringLiteral("nameRu"), r.nameRu},
        {QStringLiteral("country"), r.country}, {QStringLiteral("kind"), r.kind}, {QStringLiteral("areaKm2"), areaKm2(index)}};
}

} // namespace conflictmap
