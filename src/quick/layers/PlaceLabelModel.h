// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "MapViewport.h"
#include "map/LabelListModel.h"
#include "map/RectGrid.h"

#include <QFont>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace conflictmap {

struct GazetteerEntry;
struct ProjectedPlaces;

// The places a map shows at its view, each a dot and a name: most
// important first (capitals, then by population), as many as fit without
// any two names touching each other or the rectangles to avoid (the region
// labels), and only those big enough for the scale, so villages appear as
// the map zooms in. One row per place; the view draws each as plain text.
class PlaceLabelModel : public LabelListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by PlacesLayer.labels")
    Q_PROPERTY(QFont font READ font CONSTANT)

public:
    enum Role { TextRole = Qt::UserRole + 1, XRole, YRole, DotXRole, DotYRole, DotSizeRole, CapitalRole, GeonameIdRole };
    Q_ENUM(Role)

    explicit PlaceLabelModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    QFont font() const { return m_font; }

    // Lays the labels out for 'places' at 'viewport' (at 'zoom') in
    // 'language' ("en", "local", or a language code), keeping clear of 'avoid'.
    void layout(const std::shared_ptr<const ProjectedPlaces> &places, const MapViewport &viewport, double zoom,
        const QString &language, const std::vector<QRectF> &avoid);
    // The smallest population shown at a zoom level: capitals at any zoom,
    // villages of 500 from about zoom 10.
    static double smallestPopulationAt(double zoom);

protected:
    int labelCount() const override { return int(m_labels.size()); }
    QString labelText(int row) const override { return m_labels[size_t(row)].text; }
    QRectF labelBox(int row) const override { return m_labels[size_t(row)].box; }

private:
    struct Label {
        int place; // index into the projected places
        QString text;
        QPointF textCentre;
        QPointF dot;
        double dotSize;
        bool capital;
        qint64 geonameid;
        QRectF box;
    };
    std::vector<Label> m_labels;
    QFont m_font;
    // Measured sizes per place in m_sizesLanguage (invalid: not measured
    // yet): shaping text is the costly part, and a pan changes none.
    std::vector<QSizeF> m_sizes;
    QString m_sizesLanguage;
    std::shared_ptr<const ProjectedPlaces> m_sizesFor;
};

} // namespace conflictmap
