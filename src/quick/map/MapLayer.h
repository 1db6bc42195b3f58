// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

namespace conflictmap {

class MapView;

// One layer of a map: declared as a QML child of a MapView, drawn in
// declaration order (the first child at the bottom). A layer sizes itself
// to its map and takes no input: the map pans, zooms and hit-tests. Each
// kind of layer prepares an immutable snapshot of what it draws off the UI
// thread and makes its own scene-graph node, on OpenGL and on the software
// renderer (QGIS's map layer + layer renderer, Tiled's Layer subclasses).
// A new kind of layer is a new subclass; the map itself does not change.
class MapLayer : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MapLayer is the base of the map's layers")
    // Its name in the layer list.
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY titleChanged)
    // Who the data is from, credited on the map while the layer is shown.
    Q_PROPERTY(QString attribution READ attribution WRITE setAttribution NOTIFY attributionChanged)
    // True while what the current view needs is being read or prepared;
    // a screenshot waits until no layer is loading.
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    // Why the layer cannot draw (empty when it can); the map goes on without it.
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    explicit MapLayer(QQuickItem *parent = nullptr);

    QString title() const { return m_title; }
    void setTitle(const QString &title);
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString &attribution);
    bool loading() const { return m_loading; }
    QString errorString() const { return m_errorString; }

    // The map this layer belongs to: its parent item, or null while it has none.
    MapView *mapView() const;

signals:
    void titleChanged();
    void attributionChanged();
    void loadingChanged();
    void errorStringChanged();

protected:
    // The map panned, zoomed or was resized.
    virtual void viewportChanged() { update(); }
    // The display CRS changed, or the layer joined a map: what was prepared
    // for another CRS is stale. Also called once the component is complete.
    virtual void displayCrsChanged() { }
    void setLoading(bool loading);
    // True when the layer is drawn by Qt Quick's software renderer (or is
    // not in a window yet): QPainter, not geometry nodes.
    bool drawsWithPainter() const;
    // Reports the error once on stderr, as every layer's errors are.
    void setErrorString(const QString &error);

    void itemChange(ItemChange change, const ItemChangeData &value) override;
    void componentComplete() override;

private:
    void attachTo(MapView *map);
    void followMapSize();

    // Held as a QObject: while the map is being destroyed it is no longer a
    // MapView, and its children hear of their new parent (none) then.
    QPointer<QObject> m_map;
    QString m_title;
    QString m_attribution;
    bool m_loading = false;
    QString m_errorString;
};

} // namespace conflictmap
