// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MeshNodes.h"

#include "MapStyle.h"
#include "PreparedLayer.h"

#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGTexture>
#include <QSGTextureMaterial>
#include <QSGVertexColorMaterial>

#include <cstring>

namespace conflictmap::MeshNodes {

void setPremultiplied(QSGGeometry::ColoredPoint2D &vertex, QPointF at, const QColor &color)
{
    const float a = float(color.alphaF());
    vertex.set(float(at.x()), float(at.y()), uchar(color.red() * a), uchar(color.green() * a), uchar(color.blue() * a),
        uchar(color.alpha()));
}

QSGGeometryNode *geometryNode(QSGGeometry *geometry, QSGMaterial *material)
{
    geometry->setVertexDataPattern(QSGGeometry::StaticPattern);
    geometry->setIndexDataPattern(QSGGeometry::StaticPattern);
    auto *n = new QSGGeometryNode; // owned by the scene graph once parented
    n->setGeometry(geometry);
    n->setFlag(QSGNode::OwnsGeometry);
    n->setMaterial(material);
    n->setFlag(QSGNode::OwnsMaterial);
    return n;
}

namespace {

QSGFlatColorMaterial *flat(const QColor &colour)
{
    auto *material = new QSGFlatColorMaterial;
    material->setColor(colour);
    return material;
}

// Point2D geometry over vertices [first, first+count) of the mesh, with
// 'indices' (mesh numbering) rebased to it.
QSGGeometry *subset(
    const LayerMesh &mesh, LayerMesh::Range vertices, const uint32_t *indices, uint32_t indexCount, QSGGeometry::DrawingMode mode)
{
    auto *g = new QSGGeometry(
        QSGGeometry::defaultAttributes_Point2D(), int(vertices.count), int(indexCount), QSGGeometry::UnsignedIntType);
    g->setDrawingMode(mode);
    std::memcpy(g->vertexData(), mesh.vertices.data() + 2 * vertices.first, sizeof(float) * 2 * vertices.count);
    uint32_t *out = g->indexDataAsUInt();
    for (uint32_t i = 0; i < indexCount; ++i)
        out[i] = indices[i] - vertices.first;
    return g;
}
} // namespace

QSGGeometryNode *fills(const LayerMesh &mesh, const std::vector<QColor> &colours, const PreparedLayer::Chunk &chunk)
{
    uint32_t indexCount = 0;
    for (uint32_t r : chunk.regions)
        indexCount += mesh.regions[r].fillIndices.count;
    auto *g = new QSGGeometry(
        QSGGeometry::defaultAttributes_ColoredPoint2D(), int(chunk.vertexCount), int(indexCount), QSGGeometry::UnsignedIntType);
    g->setDrawingMode(QSGGeometry::DrawTriangles);
    QSGGeometry::ColoredPoint2D *v = g->vertexDataAsColoredPoint2D();
    uint32_t *out = g->indexDataAsUInt();
    uint32_t base = 0;
    for (uint32_t r : chunk.regions) {
        const LayerMesh::RegionPart &part = mesh.regions[r];
        const QColor &c = colours[r];
        for (uint32_t i = 0; i < part.vertices.count; ++i) {
            const uint32_t from = part.vertices.first + i;
            v[base + i].set(mesh.vertices[2 * from], mesh.vertices[2 * from + 1], uchar(c.red()), uchar(c.green()),
                uchar(c.blue()), uchar(c.alpha()));
        }
        for (uint32_t i = 0; i < part.fillIndices.count; ++i)
            *out++ = mesh.fillIndices[part.fillIndices.first + i] - part.vertices.first + base;
        base += part.vertices.count;
    }
    return geometryNode(g, new QSGVertexColorMaterial);
}

QSGGeometryNode *outlines(const LayerMesh &mesh, const PreparedLayer::Chunk &chunk, const QColor &colour, float width)
{
    uint32_t indexCount = 0;
    for (uint32_t r : chunk.regions)
        indexCount += mesh.regions[r].outlineIndices.count;
    auto *g = new QSGGeometry(
        QSGGeometry::defaultAttributes_Point2D(), int(chunk.vertexCount), int(indexCount), QSGGeometry::UnsignedIntType);
    g->setDrawingMode(QSGGeometry::DrawLines);
    g->setLineWidth(width);
    float *v = static_cast<float *>(g->vertexData());
    uint32_t *out = g->indexDataAsUInt();
    uint32_t base = 0;
    for (uint32_t r : chunk.regions) {
        const LayerMesh::RegionPart &part = mesh.regions[r];
        std::memcpy(v + 2 * base, mesh.vertices.data() + 2 * part.vertices.first, sizeof(float) * 2 * part.vertices.count);
        for (uint32_t i = 0; i < part.outlineIndices.count; ++i)
            *out++ = mesh.outlineIndices[part.outlineIndices.first + i] - part.vertices.first + base;
        base += part.vertices.count;
    }
    return geometryNode(g, flat(colour));
}

QSGGeometryNode *regionFill(const PreparedLayer &layer, int region, const QColor &colour)
{
    const LayerMesh::RegionPart &part = layer.mesh.regions[size_t(region)];
    auto *g = subset(layer.mesh, part.vertices, layer.mesh.fillIndices.data() + part.fillIndices.first, part.fillIndices.count,
        QSGGeometry::DrawTriangles);
    return geometryNode(g, flat(colour));
}

QSGGeometryNode *regionHatch(const PreparedLayer &layer, int region, QSGTexture *stripes, double period)
{
    const LayerMesh &mesh = layer.mesh;
    const LayerMesh::RegionPart &part = mesh.regions[size_t(region)];
    auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), int(part.vertices.count),
        int(part.fillIndices.count), QSGGeometry::UnsignedIntType);
    g->setDrawingMode(QSGGeometry::DrawTriangles);
    QSGGeometry::TexturedPoint2D *v = g->vertexDataAsTexturedPoint2D();
    for (uint32_t i = 0; i < part.vertices.count; ++i) {
        const float x = mesh.vertices[2 * (part.vertices.first + i)], y = mesh.vertices[2 * (part.vertices.first + i) + 1];
        v[i].set(x, y, float(x / period), float(y / period));
    }
    uint32_t *out = g->indexDataAsUInt();
    for (uint32_t i = 0; i < part.fillIndices.count; ++i)
        out[i] = mesh.fillIndices[part.fillIndices.first + i] - part.vertices.first;
    auto *material = new QSGTextureMaterial;
    material->setTexture(stripes);
    material->setHorizontalWrapMode(QSGTexture::Repeat);
    material->setVerticalWrapMode(QSGTexture::Repeat);
    material->setFiltering(QSGTexture::Linear);
    return geometryNode(g, material);
}

QSGGeometryNode *regionOutline(const PreparedLayer &layer, int region, const QColor &colour, float width)
{
    const LayerMesh::RegionPart &part = layer.mesh.regions[size_t(region)];
    auto *g = subset(layer.mesh, part.vertices, layer.mesh.outlineIndices.data() + part.outlineIndices.first,
        part.outlineIndices.count, QSGGeometry::DrawLines);
    g->setLineWidth(width);
    return geometryNode(g, flat(colour));
}

} // namespace conflictmap::MeshNodes
