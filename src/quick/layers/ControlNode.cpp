// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "layers/ControlNode.h"

#include "MapStyle.h"
#include "MapViewport.h"
#include "MeshNodes.h"
#include "map/LayerRoot.h"
#include "map/PainterNode.h"

#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGFlatColorMaterial>
#include <QSGGeometryNode>
#include <QSGRendererInterface>
#include <QSGTexture>
#include <QSGTextureMaterial>
#include <QSGTransformNode>

#include <cmath>
#include <functional>
#include <map>

namespace conflictmap {

namespace {

// How one area is painted; both renderers draw the same list, every fill
// before any outline.
struct AreaPaint {
    const PreparedArea *area = nullptr;
    enum class Fill { None, Solid, Hatch, CrossHatch } fill = Fill::None;
    QColor fillColor;
    QColor outline; // invalid: none
    double outlineWidth = 1;
    bool dashed = false;
};

std::vector<AreaPaint> paintsOf(const ControlSnapshot &snapshot, qint64 selected)
{
    std::vector<AreaPaint> paints;
    if (const auto &change = snapshot.change) {
        // What the series holds at the end, faintly: where the changes are.
        if (change->toArea)
            paints.push_back({change->toArea.get(), AreaPaint::Fill::Solid, MapStyle::controlContext(change->color),
                change->color.darker(115), MapStyle::controlOutlineWidth(), !change->claimedBy.isEmpty()});
        if (change->gained)
            paints.push_back({change->gained.get(), AreaPaint::Fill::Solid, MapStyle::controlFill(MapStyle::gainedColor()),
                MapStyle::gainedColor(), MapStyle::controlOutlineWidth(), false});
        if (change->lost)
            paints.push_back({change->lost.get(), AreaPaint::Fill::CrossHatch, MapStyle::controlHatch(MapStyle::lostColor()),
                MapStyle::lostColor(), MapStyle::controlOutlineWidth(), false});
        return paints;
    }
    for (const ControlSnapshot::Shown &shown : snapshot.shown) {
        const bool assessed = shown.record->isAssessed();
        AreaPaint paint{shown.area.get(), assessed ? AreaPaint::Fill::Solid : AreaPaint::Fill::Hatch,
            assessed ? MapStyle::controlFill(shown.color) : MapStyle::controlHatch(shown.color), shown.color.darker(115),
            assessed ? MapStyle::controlOutlineWidth() : MapStyle::claimedOutlineWidth(), !assessed};
        if (shown.record->id == selected) {
            paint.outline = MapStyle::selectedOutline();
            paint.outlineWidth = MapStyle::selectedOutlineWidth();
            paint.dashed = false;
        }
        paints.push_back(paint);
    }
    return paints;
}

QImage fillTile(const AreaPaint &paint)
{
    return MapStyle::stripeTile(paint.fillColor,
        paint.fill == AreaPaint::Fill::CrossHatch ? MapStyle::Hatch::Cross : MapStyle::Hatch::Falling,
        MapStyle::controlHatchSpacing(), MapStyle::controlHatchThickness());
}

// --- OpenGL ---------------------------------------------------------------------

QSGTextureMaterial *repeating(QSGTexture *texture)
{
    auto *material = new QSGTextureMaterial;
    material->setTexture(texture);
    material->setHorizontalWrapMode(QSGTexture::Repeat);
    material->setVerticalWrapMode(QSGTexture::Repeat);
    material->setFiltering(QSGTexture::Nearest);
    return material;
}

// The map's control areas on the OpenGL/RHI renderer: a transform node
// (the view) over one geometry node per fill and per outline. Rebuilt when
// the snapshot or the selection changes, and when a zoom changes the
// hatch's period (by powers of two, so its lines stay 8-16 px apart); a
// pan only changes the matrix.
class ControlMeshNode : public QSGTransformNode {
public:
    void update(QQuickWindow *window, const std::shared_ptr<const ControlSnapshot> &snapshot, double resolution, qint64 selected)
    {
        const double scale = std::exp2(std::ceil(std::log2(resolution)));
        if (snapshot == m_snapshot && selected == m_selected && scale == m_scale)
            return;
        m_snapshot = snapshot;
        m_selected = selected;
        m_scale = scale;
        while (QSGNode *child = firstChild()) {
            removeChildNode(child);
            delete child;
        }
        const std::vector<AreaPaint> paints = paintsOf(*snapshot, selected);
        for (const AreaPaint &paint : paints)
            if (paint.fill != AreaPaint::Fill::None && paint.area->mesh.regions.front().fillIndices.count > 0)
                appendChildNode(fill(window, paint));
        for (const AreaPaint &paint : paints)
            if (paint.outline.isValid() && paint.area->mesh.regions.front().outlineIndices.count > 0)
                appendChildNode(paint.dashed ? dashedOutline(window, paint) : outline(paint));
    }

private:
    QPointF offsetOf(const PreparedArea &area) const { return area.mesh.origin - m_snapshot->origin; }

    QSGTexture *texture(QQuickWindow *window, const QString &key, const std::function<QImage()> &make)
    {
        auto &held = m_textures[key];
        if (!held)
            held.reset(window->createTextureFromImage(make(), QQuickWindow::TextureHasAlphaChannel));
        return held.get();
    }

    QSGGeometryNode *fill(QQuickWindow *window, const AreaPaint &paint)
    {
        const LayerMesh &mesh = paint.area->mesh;
        const LayerMesh::RegionPart &part = mesh.regions.front();
        const QPointF offset = offsetOf(*paint.area);
        const bool textured = paint.fill != AreaPaint::Fill::Solid;
        auto *g = new QSGGeometry(
            textured ? QSGGeometry::defaultAttributes_TexturedPoint2D() : QSGGeometry::defaultAttributes_Point2D(),
            int(part.vertices.count), int(part.fillIndices.count), QSGGeometry::UnsignedIntType);
        g->setDrawingMode(QSGGeometry::DrawTriangles);
        const double period = MapStyle::controlHatchSpacing() * m_scale;
        for (uint32_t i = 0; i < part.vertices.count; ++i) {
            const uint32_t v = part.vertices.first + i;
            const float x = float(mesh.vertices[2 * v] + offset.x()), y = float(mesh.vertices[2 * v + 1] + offset.y());
            if (textured) // projected y grows north, texture rows down
                g->vertexDataAsTexturedPoint2D()[i].set(x, y, float(x / period), float(-y / period));
            else
                g->vertexDataAsPoint2D()[i].set(x, y);
        }
        uint32_t *indices = g->indexDataAsUInt();
        for (uint32_t i = 0; i < part.fillIndices.count; ++i)
            indices[i] = mesh.fillIndices[part.fillIndices.first + i] - part.vertices.first;
        if (!textured) {
            auto *material = new QSGFlatColorMaterial;
            material->setColor(paint.fillColor);
            return MeshNodes::geometryNode(g, material);
        }
        const QString key = QStringLiteral("%1 %2").arg(int(paint.fill)).arg(paint.fillColor.rgba());
        return MeshNodes::geometryNode(g, repeating(texture(window, key, [&] { return fillTile(paint); })));
    }

    QSGGeometryNode *outline(const AreaPaint &paint)
    {
        const LayerMesh &mesh = paint.area->mesh;
        const LayerMesh::RegionPart &part = mesh.regions.front();
        const QPointF offset = offsetOf(*paint.area);
        auto *g = new QSGGeometry(QSGGeometry::defaultAttributes_Point2D(), int(part.vertices.count),
            int(part.outlineIndices.count), QSGGeometry::UnsignedIntType);
        g->setDrawingMode(QSGGeometry::DrawLines);
        g->setLineWidth(float(paint.outlineWidth));
        for (uint32_t i = 0; i < part.vertices.count; ++i) {
            const uint32_t v = part.vertices.first + i;
            g->vertexDataAsPoint2D()[i].set(
                float(mesh.vertices[2 * v] + offset.x()), float(mesh.vertices[2 * v + 1] + offset.y()));
        }
        uint32_t *indices = g->indexDataAsUInt();
        for (uint32_t i = 0; i < part.outlineIndices.count; ++i)
            indices[i] = mesh.outlineIndices[part.outlineIndices.first + i] - part.vertices.first;
        auto *material = new QSGFlatColorMaterial;
        material->setColor(paint.outline);
        return MeshNodes::geometryNode(g, material);
    }

    // Dashes as a texture along each ring: its coordinate is the distance
    // travelled, in periods of the dash.
    QSGGeometryNode *dashedOutline(QQuickWindow *window, const AreaPaint &paint)
    {
        const LayerMesh &mesh = paint.area->mesh;
        const LayerMesh::RegionPart &part = mesh.regions.front();
        const QPointF offset = offsetOf(*paint.area);
        uint32_t segments = 0;
        for (const LayerMesh::Range &ring : part.rings)
            segments += ring.count;
        auto *g = new QSGGeometry(
            QSGGeometry::defaultAttributes_TexturedPoint2D(), int(2 * segments), int(2 * segments), QSGGeometry::UnsignedIntType);
        g->setDrawingMode(QSGGeometry::DrawLines);
        g->setLineWidth(float(paint.outlineWidth));
        const double period = MapStyle::dashPeriod() * m_scale;
        QSGGeometry::TexturedPoint2D *v = g->vertexDataAsTexturedPoint2D();
        uint32_t *indices = g->indexDataAsUInt();
        uint32_t n = 0;
        for (const LayerMesh::Range &ring : part.rings) {
            double travelled = 0;
            for (uint32_t i = 0; i < ring.count; ++i) {
                const QPointF a = mesh.vertex(ring.first + i) - mesh.origin + offset;
                const QPointF b = mesh.vertex(ring.first + (i + 1) % ring.count) - mesh.origin + offset;
                const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
                v[n].set(float(a.x()), float(a.y()), float(travelled / period), 0.5f);
                travelled += length;
                v[n + 1].set(float(b.x()), float(b.y()), float(travelled / period), 0.5f);
                indices[n] = n;
                indices[n + 1] = n + 1;
                n += 2;
            }
        }
        const QString key = QStringLiteral("dash %1").arg(paint.outline.rgba());
        return MeshNodes::geometryNode(g, repeating(texture(window, key, [&] { return MapStyle::dashTile(paint.outline); })));
    }

    std::shared_ptr<const ControlSnapshot> m_snapshot;
    qint64 m_selected = 0;
    double m_scale = 0;
    // Hatch and dash textures by kind and colour, made once.
    std::map<QString, std::unique_ptr<QSGTexture>> m_textures;
};

// --- software -------------------------------------------------------------------

// The same picture with QPainter: Qt Quick's software renderer silently
// skips custom geometry nodes.
class ControlPainterNode : public SnapshotPainterNode<ControlSnapshot, qint64> {
public:
    using SnapshotPainterNode::SnapshotPainterNode;

    void render(const RenderState *state) override
    {
        QPainter *painter = beginPainting(state);
        if (!painter)
            return;
        const std::vector<AreaPaint> paints = paintsOf(*m_state.snapshot, m_state.options); // options: the selected id
        painter->setPen(Qt::NoPen);
        for (const AreaPaint &paint : paints) {
            if (paint.fill == AreaPaint::Fill::None)
                continue;
            if (paint.fill == AreaPaint::Fill::Solid) {
                painter->setBrush(paint.fillColor);
            } else {
                QBrush hatch(fillTile(paint));
                hatch.setTransform(m_state.view.inverted()); // the hatch stays in pixels as the map zooms
                painter->setBrush(hatch);
            }
            painter->drawPath(paint.area->path);
        }
        painter->setBrush(Qt::NoBrush);
        for (const AreaPaint &paint : paints) {
            if (!paint.outline.isValid())
                continue;
            QPen pen(paint.outline, paint.outlineWidth);
            pen.setCosmetic(true);
            if (paint.dashed) {
                const double w = paint.outlineWidth;
                pen.setDashPattern({MapStyle::dash() / w, (MapStyle::dashPeriod() - MapStyle::dash()) / w});
            }
            painter->setPen(pen);
            painter->drawPath(paint.area->path);
        }
    }
};

} // namespace

QSGNode *updateControlNode(QSGNode *old, QQuickItem *item, const std::shared_ptr<const ControlSnapshot> &snapshot,
    const MapViewport &viewport, qint64 selected)
{
    QSGNode *root = LayerRoot::of(old);
    if (!snapshot)
        return LayerRoot::cleared(root);
    if (updatePainterNode<ControlPainterNode>(root, item, snapshot, selected, viewport.transform()))
        return root;
    auto *node = LayerRoot::child<ControlMeshNode>(root, [] { return new ControlMeshNode; });
    node->update(item->window(), snapshot, viewport.resolution(), selected);
    node->setMatrix(QMatrix4x4(viewport.transform(snapshot->origin)));
    return root;
}

} // namespace conflictmap
