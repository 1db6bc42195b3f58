// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/IncidentShapeNode.h"

#include "MapStyle.h"
#include "MapViewport.h"
#include "MeshNodes.h"
#include "map/LayerRoot.h"
#include "map/PainterNode.h"

#include <QLineF>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGRendererInterface>
#include <QSGTransformNode>
#include <QSGVertexColorMaterial>

namespace conflictmap {

namespace {

using Shape = IncidentShapeSnapshot::Shape;

// A movement's arrowheads in item pixels, one at the end of each part
// whose end is in view (the tip is the last vertex, the direction from
// the last vertex more than a pixel before it). Both renderers draw these.
struct Arrowhead {
    QPolygonF head;
    QColor color;
};

std::vector<Arrowhead> arrowheadsOf(
    const IncidentShapeSnapshot &snapshot, const QTransform &toItem, const QRectF &itemRect, const IncidentShapeStyle &style)
{
    std::vector<Arrowhead> heads;
    const QRectF view = itemRect.adjusted(-20, -20, 20, 20);
    const QRectF extent = toItem.inverted().mapRect(view);
    for (const Shape &shape : snapshot.shapes) {
        if (!shape.directed || !shape.meets(extent))
            continue;
        const bool selected = shape.id == style.selected;
        for (const QPolygonF &part : shape.parts) {
            const QPointF tip = toItem.map(part.back());
            if (!view.contains(tip))
                continue;
            QPointF from = tip;
            for (qsizetype i = part.size() - 2; i >= 0 && QLineF(from, tip).length() < 1; --i)
                from = toItem.map(part[i]);
            if (QLineF(from, tip).length() >= 1)
                heads.push_back({MapStyle::arrowhead(from, tip, selected ? 20 : 14), style.colorOf(shape.status)});
        }
    }
    return heads;
}

// --- OpenGL ---------------------------------------------------------------------

// Vertex-coloured geometry gathered from many shapes into one node: one
// draw call for all fills, one for all lines of a width. Vertices are
// projected, relative to the snapshot's origin.
class Batch {
public:
    explicit Batch(QPointF origin) : m_origin(origin) { }

    // A path's segments (a line's part, or a ring when 'closed').
    template <typename At>
    void addPath(qsizetype count, At at, const QColor &color, bool closed)
    {
        if (count < 2)
            return;
        const quint32 base = quint32(m_vertices.size());
        for (qsizetype i = 0; i < count; ++i)
            add(at(i), color);
        for (qsizetype i = 1; i < count; ++i)
            m_indices.insert(m_indices.end(), {base + quint32(i - 1), base + quint32(i)});
        if (closed)
            m_indices.insert(m_indices.end(), {base + quint32(count - 1), base});
    }
    // An area's triangles.
    void addFill(const LayerMesh &mesh, const QColor &color)
    {
        const LayerMesh::RegionPart &part = mesh.regions.front();
        const quint32 base = quint32(m_vertices.size());
        for (uint32_t i = 0; i < part.vertices.count; ++i)
            add(mesh.vertex(part.vertices.first + i), color);
        for (uint32_t i = 0; i < part.fillIndices.count; ++i)
            m_indices.push_back(base + mesh.fillIndices[part.fillIndices.first + i] - part.vertices.first);
    }
    // The node drawing what was added, or null if nothing was.
    QSGGeometryNode *node(QSGGeometry::DrawingMode mode, double lineWidth = 1) const
    {
        if (m_indices.empty())
            return nullptr;
        auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), int(m_vertices.size()), int(m_indices.size()),
            QSGGeometry::UnsignedIntType);
        g->setDrawingMode(mode);
        g->setLineWidth(float(lineWidth));
        std::copy(m_vertices.begin(), m_vertices.end(), g->vertexDataAsColoredPoint2D());
        std::copy(m_indices.begin(), m_indices.end(), g->indexDataAsUInt());
        return MeshNodes::geometryNode(g, new QSGVertexColorMaterial);
    }

private:
    void add(const QPointF &projected, const QColor &color)
    {
        MeshNodes::setPremultiplied(m_vertices.emplace_back(), projected - m_origin, color);
    }

    QPointF m_origin;
    std::vector<QSGGeometry::ColoredPoint2D> m_vertices;
    std::vector<quint32> m_indices;
};

void addOutline(Batch &batch, const PreparedArea &area, const QColor &color)
{
    const LayerMesh &mesh = area.mesh;
    for (const LayerMesh::Range &ring : mesh.regions.front().rings)
        batch.addPath(
            qsizetype(ring.count), [&](qsizetype i) { return mesh.vertex(ring.first + uint32_t(i)); }, color, true);
}

void addLine(Batch &batch, const Shape &shape, const QColor &color)
{
    for (const QPolygonF &part : shape.parts)
        batch.addPath(
            part.size(), [&](qsizetype i) { return part[i]; }, color, false);
}

// The shapes on the OpenGL/RHI renderer: a transform node (the view) over
// the fills, the outlines and lines, and the selected shape's emphasis;
// beside it the arrowheads, in pixels, made again per frame (a few
// triangles per movement in view).
class ShapeMeshNode : public QSGNode {
public:
    ShapeMeshNode() : m_view(new QSGTransformNode), m_arrows(new QSGGeometryNode)
    {
        appendChildNode(m_view); // both owned by this node
        auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0, 0, QSGGeometry::UnsignedIntType);
        g->setDrawingMode(QSGGeometry::DrawTriangles);
        g->setVertexDataPattern(QSGGeometry::StreamPattern);
        g->setIndexDataPattern(QSGGeometry::StreamPattern);
        m_arrows->setGeometry(g);
        m_arrows->setFlag(QSGNode::OwnsGeometry);
        m_arrows->setMaterial(new QSGVertexColorMaterial);
        m_arrows->setFlag(QSGNode::OwnsMaterial);
        appendChildNode(m_arrows);
    }

    void update(const std::shared_ptr<const IncidentShapeSnapshot> &snapshot, const MapViewport &viewport, const QRectF &itemRect,
        const IncidentShapeStyle &style)
    {
        if (snapshot != m_snapshot || style != m_style) {
            m_snapshot = snapshot;
            m_style = style;
            rebuild();
        }
        m_view->setMatrix(QMatrix4x4(viewport.transform(snapshot->origin)));
        const std::vector<Arrowhead> heads = arrowheadsOf(*snapshot, viewport.transform(), itemRect, style);
        QSGGeometry *g = m_arrows->geometry();
        g->allocate(int(3 * heads.size()), int(3 * heads.size()));
        QSGGeometry::ColoredPoint2D *v = g->vertexDataAsColoredPoint2D();
        quint32 *indices = g->indexDataAsUInt();
        for (size_t h = 0; h < heads.size(); ++h)
            for (int k = 0; k < 3; ++k) {
                MeshNodes::setPremultiplied(v[3 * h + size_t(k)], heads[h].head[k], heads[h].color);
                indices[3 * h + size_t(k)] = quint32(3 * h + size_t(k));
            }
        m_arrows->markDirty(QSGNode::DirtyGeometry);
    }

private:
    void rebuild()
    {
        while (QSGNode *child = m_view->firstChild()) {
            m_view->removeChildNode(child);
            delete child;
        }
        const QPointF origin = m_snapshot->origin;
        Batch fills(origin), outlines(origin), lines(origin), casing(origin), selected(origin);
        const Shape *chosen = nullptr;
        for (const Shape &shape : m_snapshot->shapes) {
            const QColor color = m_style.colorOf(shape.status);
            if (shape.id == m_style.selected)
                chosen = &shape;
            if (shape.isArea()) {
                fills.addFill(shape.area->mesh, MapStyle::shapeFill(color, shape.id == m_style.selected));
                addOutline(outlines, *shape.area, MapStyle::shapeOutline(color));
            } else if (shape.id != m_style.selected) {
                addLine(lines, shape, color);
            }
        }
        if (chosen && chosen->isArea()) {
            addOutline(selected, *chosen->area, MapStyle::selectedOutline());
        } else if (chosen) {
            addLine(casing, *chosen, MapStyle::selectedOutline());
            addLine(selected, *chosen, m_style.colorOf(chosen->status));
        }
        const bool area = chosen && chosen->isArea();
        for (QSGGeometryNode *node :
            {fills.node(QSGGeometry::DrawTriangles), outlines.node(QSGGeometry::DrawLines, MapStyle::shapeOutlineWidth()),
                lines.node(QSGGeometry::DrawLines, MapStyle::shapeLineWidth()),
                casing.node(QSGGeometry::DrawLines, MapStyle::selectedShapeCasingWidth()),
                selected.node(
                    QSGGeometry::DrawLines, area ? MapStyle::selectedOutlineWidth() + 1 : MapStyle::selectedShapeLineWidth())})
            if (node)
                m_view->appendChildNode(node);
    }

    QSGTransformNode *m_view;
    QSGGeometryNode *m_arrows;
    std::shared_ptr<const IncidentShapeSnapshot> m_snapshot;
    IncidentShapeStyle m_style;
};

// --- software -------------------------------------------------------------------

// The same picture with QPainter, culled to the view: Qt Quick's software
// renderer silently skips custom geometry nodes.
class ShapePainterNode : public SnapshotPainterNode<IncidentShapeSnapshot, IncidentShapeStyle> {
public:
    using SnapshotPainterNode::SnapshotPainterNode;

    void render(const RenderState *state) override
    {
        QPainter *painter = beginPainting(state);
        if (!painter)
            return;
        const IncidentShapeStyle &style = m_state.options;
        const QRectF itemRect(QPointF(), m_state.size);
        const QTransform toProjected = m_state.view.inverted();
        const QRectF extent = toProjected.mapRect(itemRect);
        const auto pen = [](const QColor &color, double width) {
            QPen p(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            p.setCosmetic(true); // pixels at any zoom
            return p;
        };
        const Shape *chosen = nullptr;
        for (const Shape &shape : m_state.snapshot->shapes) {
            if (!shape.meets(extent))
                continue;
            const QColor color = style.colorOf(shape.status);
            const bool selected = shape.id == style.selected;
            if (selected)
                chosen = &shape;
            if (shape.isArea()) {
                painter->setPen(pen(MapStyle::shapeOutline(color), MapStyle::shapeOutlineWidth()));
                painter->setBrush(MapStyle::shapeFill(color, selected));
                painter->drawPath(shape.area->path);
            } else if (!selected) {
                painter->setPen(pen(color, MapStyle::shapeLineWidth()));
                for (const QPolygonF &part : shape.parts)
                    painter->drawPolyline(part);
            }
        }
        painter->setBrush(Qt::NoBrush);
        if (chosen && chosen->isArea()) {
            painter->setPen(pen(MapStyle::selectedOutline(), MapStyle::selectedOutlineWidth() + 1));
            painter->drawPath(chosen->area->path);
        } else if (chosen) {
            for (const auto &[color, width] : {std::pair{MapStyle::selectedOutline(), MapStyle::selectedShapeCasingWidth()},
                     std::pair{style.colorOf(chosen->status), MapStyle::selectedShapeLineWidth()}}) {
                painter->setPen(pen(color, width));
                for (const QPolygonF &part : chosen->parts)
                    painter->drawPolyline(part);
            }
        }
        for (const Arrowhead &arrow : arrowheadsOf(*m_state.snapshot, m_state.view, itemRect, style)) {
            painter->setPen(pen(arrow.color, 1));
            painter->setBrush(arrow.color);
            painter->drawPolygon(toProjected.map(arrow.head));
        }
    }
};

} // namespace

QSGNode *updateIncidentShapeNode(QSGNode *old, QQuickItem *item, const std::shared_ptr<const IncidentShapeSnapshot> &snapshot,
    const MapViewport &viewport, const IncidentShapeStyle &style)
{
    QSGNode *root = LayerRoot::of(old);
    if (!snapshot || snapshot->shapes.empty())
        return LayerRoot::cleared(root);
    if (updatePainterNode<ShapePainterNode>(root, item, snapshot, style, viewport.transform()))
        return root;
    LayerRoot::child<ShapeMeshNode>(root, [] {
        return new ShapeMeshNode;
    })->update(snapshot, viewport, QRectF(QPointF(), item->size()), style);
    return root;
}

} // namespace conflictmap
