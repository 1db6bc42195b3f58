// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "RegionLabelModel.h"
#include "layers/PlaceLabelModel.h"
#include "layers/ProjectedPlaces.h"
#include "map/MapLayer.h"
#include "map/SnapshotBuilder.h"

#include <QPointer>

namespace conflictmap {

// Towns and villages of a gazetteer as dots and names, in the chosen label
// language: capitals first, then by population, villages only as the map
// zooms in, no two names touching each other or the region labels. The
// layer lays them out (labels); the view draws a dot and a plain-text name
// per row, declared inside it.
class PlacesLayer : public MapLayer {
    Q_OBJECT
    QML_ELEMENT
    // A gazetteer file (scripts/make-gazetteer); empty: none.
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    // "en", "local" or a language code (hy, az, ru, ar, fa, ka…): a name
    // tagged so, else the local name, else the English one.
    Q_PROPERTY(QString labelLanguage READ labelLanguage WRITE setLabelLanguage NOTIFY labelLanguageChanged)
    // Labels to keep clear of, and what they avoid: the boundary layer's.
    Q_PROPERTY(conflictmap::RegionLabelModel *regionLabels READ regionLabels WRITE setRegionLabels NOTIFY regionLabelsChanged)
    Q_PROPERTY(conflictmap::PlaceLabelModel *labels READ labels CONSTANT)
    // Places in the gazetteer (0 until loaded).
    Q_PROPERTY(int placeCount READ placeCount NOTIFY preparedChanged)

public:
    explicit PlacesLayer(QQuickItem *parent = nullptr);

    QString source() const { return m_source; }
    void setSource(const QString &source);
    QString labelLanguage() const { return m_labelLanguage; }
    void setLabelLanguage(const QString &language);
    RegionLabelModel *regionLabels() const { return m_regionLabels; }
    void setRegionLabels(RegionLabelModel *labels);
    PlaceLabelModel *labels() { return &m_labels; }
    int placeCount() const { return m_prepared ? int(m_prepared->places.size()) : 0; }

signals:
    void sourceChanged();
    void labelLanguageChanged();
    void regionLabelsChanged();
    void preparedChanged();

protected:
    void viewportChanged() override;
    void displayCrsChanged() override;

private:
    struct Built {
        std::shared_ptr<const ProjectedPlaces> prepared;
        QString error;
    };
    void rebuild();
    void finishBuilding(const Built &built);
    void relayout();

    QString m_source;
    QString m_labelLanguage = QStringLiteral("en");
    QPointer<RegionLabelModel> m_regionLabels;
    PlaceLabelModel m_labels;
    std::shared_ptr<const ProjectedPlaces> m_prepared;
    SnapshotBuilder<Built> m_builder;
};

} // namespace conflictmap
