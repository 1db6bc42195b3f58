// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

class MapNavigator;
class MapView;

// Where the map was left, per database: the view is remembered as the user
// moves the map and given back when the same database opens again. A
// database seen for the first time opens on the extent of its incidents
// (through the navigator), so data elsewhere than the default view is
// never a blank map. Stored in the app's configuration folder.
class ViewMemory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::MapView *map READ map WRITE setMap NOTIFY mapChanged)
    Q_PROPERTY(conflictmap::MapNavigator *navigator MEMBER m_navigator NOTIFY navigatorChanged)
    // Which view to remember: the database's path.
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)
    // False when the view was chosen on the command line: it is then
    // neither restored nor replaced by the data's extent (still remembered).
    Q_PROPERTY(bool restore MEMBER m_restore NOTIFY restoreChanged)

public:
    explicit ViewMemory(QObject *parent = nullptr);
    ~ViewMemory() override;

    MapView *map() const { return m_map; }
    void setMap(MapView *map);
    QString key() const { return m_key; }
    void setKey(const QString &key);

    // The file the views are kept in.
    static QString settingsPath();

signals:
    void mapChanged();
    void navigatorChanged();
    void keyChanged();
    void restoreChanged();

private:
    void start();
    void save();
    void fitData();

    QPointer<MapView> m_map;
    QPointer<MapNavigator> m_navigator;
    QString m_key;
    bool m_restore = true;
    bool m_started = false; // restored, or known to have nothing to restore
    bool m_moved = false; // the view changed since it was given
    QTimer m_saveSoon;
};

} // namespace conflictmap
