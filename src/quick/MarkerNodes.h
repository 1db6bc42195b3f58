// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QSGGeometryNode>
#include <QSGRenderNode>
#include <QSGTextureMaterial>
#include <QSGVertexColorMaterial>
#include <QTransform>

#include <memory>
#include <vector>

class QQuickWindow;
class QSGTexture;

namespace conflictmap {

// One symbol to draw: where (item pixels) and which sprite (image pixels).
struct MarkerQuad {
    QRectF target;
    QRectF source;
};

// The uncertainty of a "near" position: a translucent disc with an outline,
// in item pixels. Drawn as geometry, not a scaled sprite, so it stays sharp
// and round at every zoom.
struct MarkerRing {
    QPointF centre;
    double radius;
    QColor color; // the status colour; fill and outline are shades of it
};

// Rings as triangles with per-vertex colour, all in one geometry.
class RingGeometryNode : public QSGGeometryNode {
public:
    RingGeometryNode();
    void update(const std::vector<MarkerRing> &rings);
    // Segments of a ring's outline: enough that no chord strays half a pixel.
    static int segments(double radius);

private:
    QSGVertexColorMaterial m_material;
    QSGGeometry m_geometry;
};

// Symbols as textured quads, all in one geometry: one draw call on OpenGL
// however many there are.
class TexturedMarkerNode : public QSGGeometryNode {
public:
    TexturedMarkerNode();
    ~TexturedMarkerNode() override;
    // Re-uploads the sprite image only when it changed (its cacheKey()).
    void update(QQuickWindow *window, const QImage &sprites, const std::vector<MarkerQuad> &quads);

private:
    QSGTextureMaterial m_material;
    QSGGeometry m_geometry;
    std::unique_ptr<QSGTexture> m_texture;
    qint64 m_uploaded = 0; // cacheKey() of the image in m_texture
};

// The same with QPainter, for Qt Quick's software renderer, which skips
// custom geometry nodes (see SoftwareLayerNode).
class SoftwareMarkerNode : public QSGRenderNode {
public:
    explicit SoftwareMarkerNode(QQuickWindow *window) : m_window(window) { }
    void setState(const QImage &sprites, std::vector<MarkerRing> rings, std::vector<MarkerQuad> quads,
        const QTransform &itemToWindow, const QSizeF &size);

    void render(const RenderState *state) override;
    StateFlags changedStates() const override { return {}; }
    RenderingFlags flags() const override { return BoundedRectRendering; }
    // Unlike the map's own node (SoftwareLayerNode), a node of an item
    // inside the map gets this mapped by Qt 6.4's software renderer: item
    // coordinates (window ones left the markers left of the map's width
    // undrawn; the pixel test in AnalystViewTest checks every symbol).
    QRectF rect() const override { return QRectF(QPointF(), m_size); }

private:
    QQuickWindow *m_window;
    QImage m_sprites;
    std::vector<MarkerRing> m_rings;
    std::vector<MarkerQuad> m_quads;
    QTransform m_itemToWindow;
    QSizeF m_size;
};

} // namespace conflictmap
