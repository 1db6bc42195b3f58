#include "MeshNodes.h"

#include "MapStyle.h"
#include "PreparedLayer.h"

#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGVertexColorMaterial>

#include <cstring>

namespace conflictmap::MeshNodes {

namespace {
QSGGeometryNode *node(QSGGeometry *geometry, QSGMaterial *material)
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

QSGGeometryNode *fills(const PreparedLayer &layer)
{
    const LayerMesh &mesh = layer.mesh;
    const int vertexCount = int(mesh.vertices.size() / 2);
    auto *g = new QSGGeometry(
        QSGGeometry::defaultAttributes_ColoredPoint2D(), vertexCount, int(mesh.fillIndices.size()), QSGGeometry::UnsignedIntType);
    g->setDrawingMode(QSGGeometry::DrawTriangles);
    QSGGeometry::ColoredPoint2D *v = g->vertexDataAsColoredPoint2D();
    for (size_t r = 0; r < mesh.regions.size(); ++r) {
        const QColor &c = layer.fills[r];
        const LayerMesh::Range range = mesh.regions[r].vertices;
        for (uint32_t i = range.first; i < range.first + range.count; ++i)
            v[i].set(mesh.vertices[2 * i], mesh.vertices[2 * i + 1], uchar(c.red()), uchar(c.green()), uchar(c.blue()),
                uchar(c.alpha()));
    }
    std::memcpy(g->indexDataAsUInt(), mesh.fillIndices.data(), sizeof(uint32_t) * mesh.fillIndices.size());
    return node(g, new QSGVertexColorMaterial);
}

QSGGeometryNode *outlines(const PreparedLayer &layer)
{
    const LayerMesh &mesh = layer.mesh;
    const LayerMesh::Range all{0, uint32_t(mesh.vertices.size() / 2)};
    auto *g = subset(mesh, all, mesh.outlineIndices.data(), uint32_t(mesh.outlineIndices.size()), QSGGeometry::DrawLines);
    g->setLineWidth(1);
    return node(g, flat(MapStyle::outline()));
}

QSGGeometryNode *regionFill(const PreparedLayer &layer, int region, const QColor &colour)
{
    const LayerMesh::RegionPart &part = layer.mesh.regions[size_t(region)];
    auto *g = subset(layer.mesh, part.vertices, layer.mesh.fillIndices.data() + part.fillIndices.first, part.fillIndices.count,
        QSGGeometry::DrawTriangles);
    return node(g, flat(colour));
}

QSGGeometryNode *regionOutline(const PreparedLayer &layer, int region, const QColor &colour, float width)
{
    const LayerMesh::RegionPart &part = layer.mesh.regions[size_t(region)];
    auto *g = subset(layer.mesh, part.vertices, layer.mesh.outlineIndices.data() + part.outlineIndices.first,
        part.outlineIndices.count, QSGGeometry::DrawLines);
    g->setLineWidth(width);
    return node(g, flat(colour));
}

} // namespace conflictmap::MeshNodes
