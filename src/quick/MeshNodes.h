// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PreparedLayer.h"

#include <QColor>
#include <QSGGeometry>

class QSGGeometryNode;
class QSGMaterial;
class QSGTexture;

namespace conflictmap {

// Scene-graph geometry for a prepared layer, drawn by the OpenGL/RHI
// renderer. All geometry uses 32-bit indices: unindexed geometry past
// 65,536 vertices is silently cut on OpenGL. Vertices are in the mesh's
// origin-relative projected units; a parent transform node maps them to
// pixels, so panning and zooming never re-upload them.
namespace MeshNodes {
// Sets a vertex of vertex-coloured geometry: QSGVertexColorMaterial takes
// premultiplied colours.
void setPremultiplied(QSGGeometry::ColoredPoint2D &vertex, QPointF at, const QColor &color);
// A node owning 'geometry' and 'material', both static once uploaded.
QSGGeometryNode *geometryNode(QSGGeometry *geometry, QSGMaterial *material);
// Every region filled in its colour.
QSGGeometryNode *fills(const LayerMesh &mesh, const std::vector<QColor> &colours, const PreparedLayer::Chunk &chunk);
// Every ring's outline, one pixel wide.
QSGGeometryNode *outlines(const LayerMesh &mesh, const PreparedLayer::Chunk &chunk, const QColor &colour, float width);
// One region filled in 'colour' (for hover and selection).
QSGGeometryNode *regionFill(const PreparedLayer &layer, int region, const QColor &colour);
// One region hatched with 'stripes' (a repeating texture), one texture
// tile per 'period' projected units: diagonal lines, so that a record known
// only to the region never reads as a place or as a fill of the map.
QSGGeometryNode *regionHatch(const PreparedLayer &layer, int region, QSGTexture *stripes, double period);
// One region's outline in 'colour'.
QSGGeometryNode *regionOutline(const PreparedLayer &layer, int region, const QColor &colour, float width);
} // namespace MeshNodes

} // namespace conflictmap
