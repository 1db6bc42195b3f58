// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PreparedLayer.h"
#include "RegionLabelModel.h"
#include "map/Boundaries.h"
#include "map/MapLayer.h"
#include "map/SnapshotBuilder.h"

#include <QGeoCoordinate>
#include <QPointer>
#include <QVariantMap>

#include <memory>

namespace conflictmap {

// The administrative units on the map: filled by country, outlined, named
// by labels that never overlap, hovered and selected with the map's
// pointer, hatched where records are known only to the unit, shaded as a
// choropleth. Draws a Boundaries object shared with the database.
class BoundaryMapLayer : public MapLayer {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(conflictmap::Boundaries *boundaries READ boundaries WRITE setBoundaries NOTIFY boundariesChanged)
    Q_PROPERTY(QString labelLanguage READ labelLanguage WRITE setLabelLanguage NOTIFY labelLanguageChanged)
    Q_PROPERTY(conflictmap::RegionLabelModel *labels READ labels CONSTANT)
    Q_PROPERTY(QVariantMap hoveredRegion READ hoveredRegion NOTIFY hoveredRegionChanged)
    Q_PROPERTY(QVariantMap selectedRegion READ selectedRegion NOTIFY selectedRegionChanged)
    // Units drawn hatched: where records are known only to the region or
    // country (ISO 3166-2 codes, or country codes for all their units).
    Q_PROPERTY(QStringList tintedRegions READ tintedRegions WRITE setTintedRegions NOTIFY tintedRegionsChanged)
    // A choropleth: region code → shade in [0, 1]; empty for none.
    Q_PROPERTY(QVariantMap regionShades READ regionShades WRITE setRegionShades NOTIFY regionShadesChanged)
    // How opaque the units' fills are, in [0, 1]: below 1 a base map shows
    // through; outlines, labels and overlays stay.
    Q_PROPERTY(double fillOpacity READ fillOpacity WRITE setFillOpacity NOTIFY fillOpacityChanged)
    // True once the units are drawn in the map's display CRS.
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)

public:
    explicit BoundaryMapLayer(QQuickItem *parent = nullptr);

    Boundaries *boundaries() const { return m_boundaries; }
    void setBoundaries(Boundaries *boundaries);
    QString labelLanguage() const { return m_labelLanguage; }
    void setLabelLanguage(const QString &language);
    RegionLabelModel *labels() { return &m_labels; }
    QVariantMap hoveredRegion() const;
    QVariantMap selectedRegion() const;
    QStringList tintedRegions() const { return m_tintedCodes; }
    void setTintedRegions(const QStringList &codes);
    QVariantMap regionShades() const { return m_shadeValues; }
    void setRegionShades(const QVariantMap &shades);
    double fillOpacity() const { return m_highlights.fillOpacity; }
    void setFillOpacity(double opacity);
    bool ready() const { return prepared() != nullptr; }

    // The units as drawn now, in the map's display CRS; null while preparing.
    std::shared_ptr<const PreparedLayer> prepared() const;

    // The unit under an item position, as Boundaries::regionInfo gives it
    // (name in labelLanguage); empty if none.
    Q_INVOKABLE QVariantMap regionAt(const QPointF &position) const;
    // A unit by its code, the same way.
    Q_INVOKABLE QVariantMap regionInfo(const QString &code) const;
    Q_INVOKABLE void selectRegion(const QString &code);
    Q_INVOKABLE void clearSelection();
    // Fits the map to one unit, by its code, or to all the units of a
    // country by its ISO 3166-1 code; false if none.
    Q_INVOKABLE bool fitViewToRegion(const QString &code, int margins = 24);

signals:
    void boundariesChanged();
    void labelLanguageChanged();
    void hoveredRegionChanged();
    void selectedRegionChanged();
    void tintedRegionsChanged();
    void regionShadesChanged();
    void fillOpacityChanged();
    void readyChanged();
    // Another layer's units are drawn (after "Layer…"): names and codes may differ.
    void unitsChanged();

protected:
    void viewportChanged() override;
    void displayCrsChanged() override;
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    struct Built {
        std::shared_ptr<const PreparedLayer> prepared;
        QString error;
    };
    void rebuild();
    void finishBuilding(const Built &built);
    void resolveHighlights();
    void hoverAt(const QGeoCoordinate &coordinate);
    void selectAt(const QGeoCoordinate &coordinate);
    int regionIndexAt(const QGeoCoordinate &coordinate) const;
    void setHovered(int region);
    void setSelected(int region);
    void attachMap();

    QPointer<Boundaries> m_boundaries;
    QString m_labelLanguage = QStringLiteral("en");
    RegionLabelModel m_labels;
    QStringList m_tintedCodes;
    QVariantMap m_shadeValues;
    RegionHighlights m_highlights; // indices into the drawn layer's regions
    std::shared_ptr<const PreparedLayer> m_prepared;
    SnapshotBuilder<Built> m_builder;
    QPointer<MapView> m_connectedMap;
};

} // namespace conflictmap
