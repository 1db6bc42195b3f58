// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PreparedLayer.h"
#include "map/MapLayer.h"
#include "map/SnapshotBuilder.h"

#include <QColor>

#include <memory>

namespace conflictmap {

// Polygons from any OGR vector file drawn in one style: the ground of the
// map (the world's countries), lakes, rivers. Drawn only: no hover,
// selection or labels (that is BoundaryMapLayer's part).
class PolygonLayer : public MapLayer {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    // Invalid (the default): one pale hue per country, as the boundary layer.
    Q_PROPERTY(QColor fillColor READ fillColor WRITE setFillColor NOTIFY styleChanged)
    // Invalid: no outlines.
    Q_PROPERTY(QColor outlineColor READ outlineColor WRITE setOutlineColor NOTIFY styleChanged)
    Q_PROPERTY(double outlineWidth READ outlineWidth WRITE setOutlineWidth NOTIFY styleChanged)
    // Features drawn (0 until loaded).
    Q_PROPERTY(int featureCount READ featureCount NOTIFY preparedChanged)

public:
    explicit PolygonLayer(QQuickItem *parent = nullptr);

    QString source() const { return m_source; }
    void setSource(const QString &source);
    QColor fillColor() const { return m_style.fill; }
    void setFillColor(const QColor &colour);
    QColor outlineColor() const { return m_style.outline; }
    void setOutlineColor(const QColor &colour);
    double outlineWidth() const { return m_style.outlineWidth; }
    void setOutlineWidth(double width);
    int featureCount() const;

    // What is drawn now, in the map's display CRS; null while loading.
    std::shared_ptr<const PreparedLayer> prepared() const;

signals:
    void sourceChanged();
    void styleChanged();
    void preparedChanged();

protected:
    void displayCrsChanged() override;
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    struct Built {
        std::shared_ptr<const PreparedLayer> prepared;
        QString error;
    };
    void rebuild();
    void finishBuilding(const Built &built);

    QString m_source;
    PolygonStyle m_style;
    std::shared_ptr<const PreparedLayer> m_prepared;
    SnapshotBuilder<Built> m_builder;
};

} // namespace conflictmap
