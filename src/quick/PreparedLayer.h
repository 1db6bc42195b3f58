#pragma once

#include "geo/BoundaryLayer.h"
#include "geo/LayerMesh.h"

#include <QColor>
#include <QPainterPath>

#include <memory>
#include <vector>

namespace conflictmap {

// A boundary layer made ready to draw in one display CRS: the projected
// mesh for the GPU, painter paths for the software renderer, and a fill
// colour per region. Immutable once built, so the UI and render threads
// share it freely; built off the UI thread.
struct PreparedLayer {
    std::shared_ptr<const BoundaryLayer> layer;
    QString crs;
    LayerMesh mesh;
    std::vector<QPainterPath> paths; // per region, projected coordinates
    std::vector<QColor> fills; // per region

    // Regions near each other, drawn as one piece on the GPU, so that what
    // is out of view is skipped: about kChunkVertices vertices each.
    struct Chunk {
        std::vector<uint32_t> regions;
        QRectF bounds; // projected
        uint32_t vertexCount = 0;
    };
    static constexpr uint32_t kChunkVertices = 16384;
    std::vector<Chunk> chunks;

    // Projects 'layer' to 'crs'. Returns null and sets *error if PROJ
    // cannot make the transformation.
    static std::shared_ptr<const PreparedLayer> build(
        std::shared_ptr<const BoundaryLayer> layer, const QString &crs, QString *error);
};

} // namespace conflictmap
