// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MapViewport.h"
#include "map/LabelListModel.h"
#include "map/RectGrid.h"

#include <QHash>

#include <QFont>
#include <QPointF>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

namespace conflictmap {

struct PreparedLayer;

// The region labels a map shows at its current view: one row per label that
// fits, largest regions first, none overlapping, with its text in the
// chosen language and its position in item pixels. Views draw each row as a
// plain-text Text item, so Arabic is shaped right-to-left by Qt.
class RegionLabelModel : public LabelListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by MapView.labels")
    Q_PROPERTY(QFont font READ font CONSTANT)

public:
    enum Role { TextRole = Qt::UserRole + 1, XRole, YRole, CodeRole };
    Q_ENUM(Role)

    explicit RegionLabelModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The font the view draws labels in, used to measure them.
    QFont font() const { return m_font; }
    void update(const std::shared_ptr<const PreparedLayer> &layer, const MapViewport &viewport, const QString &language);
    // Rectangles (item pixels) that labels keep clear of: the incident
    // symbols drawn over the map. A label that would touch one moves just
    // above or below it, or is left out.
    void setObstacles(std::vector<QRectF> obstacles);
    const std::vector<QRectF> &obstacles() const { return m_obstacles; }

protected:
    int labelCount() const override { return int(m_labels.size()); }
    QString labelText(int row) const override { return m_labels[size_t(row)].text; }
    QRectF labelBox(int row) const override { return m_labels[size_t(row)].box; }

private:
    void layout();

    std::shared_ptr<const PreparedLayer> m_layer;
    MapViewport m_viewport;
    QString m_language;
    std::vector<QRectF> m_obstacles;
    RectGrid m_obstacleGrid;
    struct Label {
        int region;
        QString code;
        QString text;
        QPointF position;
        QRectF box; // with its padding
    };
    std::vector<Label> m_labels;
    std::vector<int> m_order; // regions by projected area, largest first
    std::shared_ptr<const PreparedLayer> m_orderFor; // held: a new layer could reuse a freed one's address
    // Measured label sizes per region in m_sizesLanguage (invalid: not yet
    // measured): shaping text is the costly part, and a pan changes none.
    std::vector<QSizeF> m_sizes;
    QString m_sizesLanguage;
    QFont m_font;
};

} // namespace conflictmap
