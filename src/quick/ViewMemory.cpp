// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ViewMemory.h"

#include "IncidentListModel.h"
#include "MapNavigator.h"
#include "MapView.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QStandardPaths>

namespace conflictmap {

namespace {
// One group per database, named by its path's hash (paths hold characters
// QSettings keys cannot).
QString groupOf(const QString &key)
{
    return QStringLiteral("view-")
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

ViewMemory::ViewMemory(QObject *parent) : QObject(parent)
{
    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(1000); // a pan moves the view every frame
    connect(&m_saveSoon, &QTimer::timeout, this, &ViewMemory::save);
}

ViewMemory::~ViewMemory()
{
    if (m_saveSoon.isActive())
        save();
}

QString ViewMemory::settingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/views.ini");
}

void ViewMemory::setMap(MapView *map)
{
    if (map == m_map)
        return;
    if (m_map)
        disconnect(m_map, nullptr, this, nullptr);
    m_map = map;
    if (m_map) {
        // Fitting needs the map's size; queued, so that the view the
        // window opens on (applied as the size arrives) is replaced, not
        // applied over what is restored.
        connect(m_map, &QQuickItem::widthChanged, this, &ViewMemory::start, Qt::QueuedConnection);
        connect(m_map, &QQuickItem::heightChanged, this, &ViewMemory::start, Qt::QueuedConnection);
        connect(m_map, &MapView::viewportChanged, this, [this] {
            if (m_started) {
                m_moved = true;
                m_saveSoon.start();
            }
        });
    }
    emit mapChanged();
    start();
}

void ViewMemory::setKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    emit keyChanged();
    start();
}

void ViewMemory::start()
{
    if (m_started || !m_map || m_key.isEmpty() || m_map->width() <= 0 || m_map->height() <= 0)
        return;
    m_started = true;
    if (!m_restore)
        return;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.beginGroup(groupOf(m_key));
    const QGeoCoordinate center(
        settings.value(QStringLiteral("latitude")).toDouble(), settings.value(QStringLiteral("longitude")).toDouble());
    const double zoom = settings.value(QStringLiteral("zoom"), -1.0).toDouble();
    if (settings.contains(QStringLiteral("zoom")) && center.isValid() && zoom >= MapView::minimumZoomLevel()
        && zoom <= MapView::maximumZoomLevel()) {
        m_map->setZoomLevel(zoom);
        m_map->setCenter(center);
        return;
    }
    fitData();
}

void ViewMemory::fitData()
{
    IncidentListModel *incidents = m_navigator ? m_navigator->incidents() : nullptr;
    if (!incidents)
        return;
    if (incidents->points()) {
        // The user may have moved the map while a large database loaded.
        if (!m_moved)
            m_navigator->zoomToAll();
        return;
    }
    // Not loaded yet: once it is.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(incidents, &IncidentListModel::pointsChanged, this, [this, once] {
        disconnect(*once);
        fitData();
    });
}

void ViewMemory::save()
{
    m_saveSoon.stop();
    if (!m_map || m_key.isEmpty() || !m_map->center().isValid())
        return;
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.beginGroup(groupOf(m_key));
    settings.setValue(QStringLiteral("path"), m_key); // for a person reading the file
    settings.setValue(QStringLiteral("latitude"), m_map->center().latitude());
    settings.setValue(QStringLiteral("longitude"), m_map->center().longitude());
    settings.setValue(QStringLiteral("zoom"), m_map->zoomLevel());
}

} // namespace conflictmap
