#include "PreparedLayer.h"

#include "geo/CrsTransform.h"

#include <QStringList>

#include <iterator>

namespace conflictmap {

namespace {
// Soft fills, one hue per country so borders between countries read at a
// glance; regions within a country differ slightly in lightness and are
// separated by their outlines.
const QColor kCountryPalette[]
    = {QColor(0xf2, 0xd8, 0xb6), QColor(0xcf, 0xe3, 0xc4), QColor(0xdc, 0xd0, 0xea), QColor(0xf4, 0xc9, 0xc4),
        QColor(0xc9, 0xdf, 0xea), QColor(0xef, 0xe6, 0xb0), QColor(0xd9, 0xd9, 0xd2), QColor(0xc8, 0xe6, 0xdc)};

std::vector<QColor> fillsFor(const std::vector<Region> &regions)
{
    QStringList countries;
    for (const Region &region : regions)
        if (!countries.contains(region.country))
            countries.append(region.country);
    countries.sort();
    std::vector<QColor> fills;
    fills.reserve(regions.size());
    for (size_t i = 0; i < regions.size(); ++i) {
        const qsizetype hue = countries.indexOf(regions[i].country) % std::size(kCountryPalette);
        fills.push_back(kCountryPalette[hue].darker(100 + int(i * 7 % 4) * 3));
    }
    return fills;
}
} // namespace

std::shared_ptr<const PreparedLayer> PreparedLayer::build(
    std::shared_ptr<const BoundaryLayer> layer, const QString &crs, QString *error)
{
    auto toDisplay = CrsTransform::create(QStringLiteral("EPSG:4326"), crs, error);
    if (!toDisplay)
        return nullptr;
    auto prepared = std::make_shared<PreparedLayer>();
    prepared->mesh = LayerMesh::build(*layer, *toDisplay);
    prepared->crs = crs;
    const LayerMesh &mesh = prepared->mesh;
    prepared->paths.reserve(mesh.regions.size());
    for (size_t r = 0; r < mesh.regions.size(); ++r) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const LayerMesh::Range &ring : mesh.regions[r].rings) {
            path.moveTo(mesh.vertex(ring.first));
            for (uint32_t i = 1; i < ring.count; ++i)
                path.lineTo(mesh.vertex(ring.first + i));
            path.closeSubpath();
        }
        prepared->paths.push_back(std::move(path));
    }
    prepared->fills = fillsFor(layer->regions());
    prepared->layer = std::move(layer);
    return prepared;
}

} // namespace conflictmap
