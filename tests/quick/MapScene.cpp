// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MapScene.h"

#include "MapView.h"
#include "layers/BoundaryMapLayer.h"
#include "layers/PolygonLayer.h"
#include "map/Boundaries.h"

#include <QGeoCoordinate>
#include <QQmlComponent>
#include <QTest>

#include <catch2/catch.hpp>

MapScene::MapScene(const QString &properties, QSize size)
{
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&m_engine);
    component.setData(QStringLiteral("import QtQuick\nimport QtPositioning\nimport ConflictMap\n"
                                     "MapView { anchors.fill: parent\n%1\n}")
                          .arg(properties)
                          .toUtf8(),
        QUrl());
    INFO(component.errorString().toStdString());
    m_root.reset(qobject_cast<QQuickItem *>(component.create()));
    REQUIRE(m_root);
    m_map = qobject_cast<conflictmap::MapView *>(m_root.get());
    REQUIRE(m_map);
    m_window.resize(size);
    m_root->setParentItem(m_window.contentItem());
    m_window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&m_window));
}

MapScene::~MapScene()
{
    m_root.reset(); // before the window it lives in
}

QString MapScene::boundaryLayer(const QString &path)
{
    return QStringLiteral("\nBoundaryMapLayer { objectName: \"boundaryLayer\"; boundaries: Boundaries { source: \"%1\" } }\n")
        .arg(path);
}

QString MapScene::groundLayer(const QString &path)
{
    return QStringLiteral("\nPolygonLayer { objectName: \"groundLayer\"; source: \"%1\" }\n").arg(path);
}

conflictmap::BoundaryMapLayer *MapScene::boundaryLayer() const
{
    return m_map->findChild<conflictmap::BoundaryMapLayer *>();
}

conflictmap::PolygonLayer *MapScene::groundLayer() const
{
    return m_map->findChild<conflictmap::PolygonLayer *>(QStringLiteral("groundLayer"));
}

bool MapScene::waitForLoad(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] {
            const conflictmap::BoundaryMapLayer *layer = boundaryLayer();
            const bool failed = layer && layer->boundaries() && layer->boundaries()->status() == conflictmap::Boundaries::Error;
            return failed || ((!layer || layer->ready()) && !m_map->loading());
        },
        timeoutMs);
}

QImage MapScene::grab()
{
    QCoreApplication::processEvents();
    return m_window.grabWindow();
}

QColor MapScene::pixelAt(const QImage &image, double lon, double lat) const
{
    const QPointF local = m_map->fromCoordinate(QGeoCoordinate(lat, lon));
    const QPointF scene = m_map->mapToScene(local);
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(int(scene.x() * dpr), int(scene.y() * dpr));
}
