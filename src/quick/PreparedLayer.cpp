// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PreparedLayer.h"

#include "MapStyle.h"
#include "geo/CrsTransform.h"
#include "geo/MortonCode.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace conflictmap {

namespace {
std::vector<QColor> fillsFor(const std::vector<Region> &regions, const QColor &uniform)
{
    if (uniform.isValid())
        return std::vector<QColor>(regions.size(), uniform);
    QStringList countries;
    for (const Region &region : regions)
        if (!countries.contains(region.country))
            countries.append(region.country);
    countries.sort();
    std::vector<QColor> fills;
    fills.reserve(regions.size());
    for (size_t i = 0; i < regions.size(); ++i) {
        const std::vector<QColor> &palette = MapStyle::countryPalette();
        const size_t hue = size_t(countries.indexOf(regions[i].country)) % palette.size();
        fills.push_back(palette[hue].darker(100 + int(i * 7 % 4) * 3));
    }
    return fills;
}
// Regions in Morton order of their centres, cut into chunks of about
// kChunkVertices: chunks of nearby regions, with small bounds. A region
// spanning much of the layer (one across the antimeridian, say) is a chunk
// of its own, so it does not widen a chunk of small ones.
std::vector<PreparedLayer::Chunk> chunksOf(const LayerMesh &mesh)
{
    const QRectF extent = mesh.bounds;
    std::vector<std::pair<uint64_t, uint32_t>> order;
    std::vector<PreparedLayer::Chunk> chunks;
    for (uint32_t r = 0; r < mesh.regions.size(); ++r) {
        const LayerMesh::RegionPart &part = mesh.regions[r];
        if (part.vertices.count == 0)
            continue;
        if (part.bounds.width() > extent.width() / 8 || part.bounds.height() > extent.height() / 8) {
            chunks.push_back({{r}, part.bounds, part.vertices.count});
            continue;
        }
        const QPointF c = part.bounds.center() - extent.topLeft();
        const auto cell = [](double v, double size) { return uint32_t(std::clamp(size > 0 ? v / size : 0.0, 0.0, 1.0) * 65535); };
        order.emplace_back(mortonCode(cell(c.x(), extent.width()), cell(c.y(), extent.height())), r);
    }
    std::sort(order.begin(), order.end());
    const size_t wide = chunks.size();
    for (const auto &[key, r] : order) {
        const LayerMesh::RegionPart &part = mesh.regions[r];
        if (chunks.size() == wide || chunks.back().vertexCount + part.vertices.count > PreparedLayer::kChunkVertices) {
            chunks.push_back({{r}, part.bounds, part.vertices.count});
            continue;
        }
        PreparedLayer::Chunk &chunk = chunks.back();
        chunk.regions.push_back(r);
        chunk.bounds |= part.bounds;
        chunk.vertexCount += part.vertices.count;
    }
    return chunks;
}

} // namespace

std::vector<QPainterPath> painterPathsOf(const LayerMesh &mesh)
{
    std::vector<QPainterPath> paths;
    paths.reserve(mesh.regions.size());
    for (const LayerMesh::RegionPart &part : mesh.regions) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const LayerMesh::Range &ring : part.rings) {
            path.moveTo(mesh.vertex(ring.first));
            for (uint32_t i = 1; i < ring.count; ++i)
                path.lineTo(mesh.vertex(ring.first + i));
            path.closeSubpath();
        }
        paths.push_back(std::move(path));
    }
    return paths;
}

const PreparedLayer::Coarse *PreparedLayer::coarseAt(double resolution) const
{
    const Coarse *found = nullptr;
    for (const Coarse &level : coarser)
        if (resolution >= level.fromResolution)
            found = &level;
    return found;
}

std::shared_ptr<const PreparedLayer> PreparedLayer::build(std::shared_ptr<const BoundaryLayer> layer, const QString &crs,
    double baseResolution, const PolygonStyle &style, bool withPaths, QString *error)
{
    auto toDisplay = CrsTransform::create(QStringLiteral("EPSG:4326"), crs, error);
    if (!toDisplay)
        return nullptr;
    auto prepared = std::make_shared<PreparedLayer>();
    prepared->mesh = LayerMesh::build(*layer, *toDisplay);
    prepared->crs = crs;
    if (withPaths)
        prepared->paths = painterPathsOf(prepared->mesh);
    prepared->chunks = chunksOf(prepared->mesh);
    // Zoom 6 and below, zoom 3 and below: kept only where they save at
    // least half of the vertices (a province-level layer needs none).
    size_t finer = prepared->mesh.vertices.size();
    for (const int zoom : {6, 3}) {
        const double fromResolution = std::ldexp(baseResolution, -zoom);
        LayerMesh mesh = LayerMesh::build(*layer, *toDisplay, fromResolution / 2);
        if (mesh.vertices.size() * 2 > finer)
            continue;
        finer = mesh.vertices.size();
        std::vector<QPainterPath> paths = withPaths ? painterPathsOf(mesh) : std::vector<QPainterPath>();
        std::vector<Chunk> chunks = chunksOf(mesh);
        prepared->coarser.push_back({fromResolution, std::move(mesh), std::move(paths), std::move(chunks)});
    }
    prepared->fills = fillsFor(layer->regions(), style.fill);
    prepared->style = style;
    prepared->layer = std::move(layer);
    return prepared;
}

} // namespace conflictmap
