// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MapScene.h"

#include "MapView.h"

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

bool MapScene::waitForLoad(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] { return m_map->status() == conflictmap::MapView::Ready || m_map->status() == conflictmap::MapView::Error; },
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
