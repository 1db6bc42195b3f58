// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/MapLayer.h"

#include "MapView.h"

#include <QQuickWindow>
#include <QSGRendererInterface>

namespace conflictmap {

MapLayer::MapLayer(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

MapView *MapLayer::mapView() const
{
    return static_cast<MapView *>(m_map.data());
}

void MapLayer::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    emit titleChanged();
}

void MapLayer::setAttribution(const QString &attribution)
{
    if (attribution == m_attribution)
        return;
    m_attribution = attribution;
    emit attributionChanged();
}

bool MapLayer::drawsWithPainter() const
{
    return !window() || window()->rendererInterface()->graphicsApi() == QSGRendererInterface::Software;
}

void MapLayer::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void MapLayer::setErrorString(const QString &error)
{
    if (error == m_errorString)
        return;
    m_errorString = error;
    if (!error.isEmpty())
        qWarning("%s: %s", qPrintable(m_title.isEmpty() ? QString::fromLatin1(metaObject()->className()) : m_title),
            qPrintable(error));
    emit errorStringChanged();
}

void MapLayer::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change == ItemParentHasChanged)
        attachTo(qobject_cast<MapView *>(value.item));
}

void MapLayer::componentComplete()
{
    QQuickItem::componentComplete();
    if (m_map)
        displayCrsChanged();
}

void MapLayer::attachTo(MapView *map)
{
    if (static_cast<QObject *>(map) == m_map)
        return;
    if (m_map)
        disconnect(m_map, nullptr, this, nullptr);
    m_map = map;
    if (!map)
        return;
    connect(map, &MapView::viewportChanged, this, [this] { viewportChanged(); });
    connect(map, &MapView::crsChanged, this, [this] { displayCrsChanged(); });
    connect(map, &QQuickItem::widthChanged, this, &MapLayer::followMapSize);
    connect(map, &QQuickItem::heightChanged, this, &MapLayer::followMapSize);
    followMapSize();
    if (isComponentComplete())
        displayCrsChanged();
}

void MapLayer::followMapSize()
{
    setPosition(QPointF(0, 0));
    setSize(mapView()->size());
}

} // namespace conflictmap
