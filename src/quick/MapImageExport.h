// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QSize>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

class ControlLayer;
class IncidentDatabase;
class IncidentQuery;
class MapView;

// "Export map image…": the view as it is (its area, the records the filters
// show, the areas of control the control layer shows on its day) as a
// briefing map, the same page `conflictmap-cli render` draws.
class MapImageExport : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(IncidentDatabase *database MEMBER m_database NOTIFY changed)
    Q_PROPERTY(IncidentQuery *query MEMBER m_query NOTIFY changed)
    Q_PROPERTY(MapView *map MEMBER m_map NOTIFY changed)
    Q_PROPERTY(ControlLayer *control MEMBER m_control NOTIFY changed)
    Q_MOC_INCLUDE("layers/ControlLayer.h")
    Q_PROPERTY(QSize size MEMBER m_size NOTIFY changed)
    Q_PROPERTY(QString errorString READ errorString NOTIFY finished)

public:
    explicit MapImageExport(QObject *parent = nullptr);

    // Writes the file (.png, .pdf or .svg by its name; a local path or a
    // file: URL); false with errorString when it cannot.
    Q_INVOKABLE bool write(const QString &file, const QString &title);
    // How many records the last image showed.
    Q_INVOKABLE int shown() const { return m_shown; }
    QString errorString() const { return m_error; }

signals:
    void changed();
    void finished();

private:
    bool fail(const QString &error);

    QPointer<IncidentDatabase> m_database;
    QPointer<IncidentQuery> m_query;
    QPointer<MapView> m_map;
    QPointer<ControlLayer> m_control;
    QSize m_size{1600, 1000};
    QString m_error;
    int m_shown = 0;
};

} // namespace conflictmap
