// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MarkerNodes.h"

#include "MeshNodes.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSGTexture>

#include <algorithm>
#include <cmath>

namespace conflictmap {

using MeshNodes::setPremultiplied;

namespace {
// A ring's two shades of its status colour.
QColor ringFill(QColor color)
{
    color.setAlphaF(0.15);
    return color;
}

QColor ringLine(QColor color)
{
    color.setAlphaF(0.6);
    return color;
}

} // namespace

RingGeometryNode::RingGeometryNode()
    : m_geometry(QSGGeometry::defaultAttributes_ColoredPoint2D(), 0, 0, QSGGeometry::UnsignedIntType)
{
    m_geometry.setDrawingMode(QSGGeometry::DrawTriangles);
    m_geometry.setVertexDataPattern(QSGGeometry::StreamPattern);
    m_geometry.setIndexDataPattern(QSGGeometry::StreamPattern);
    setGeometry(&m_geometry);
    setMaterial(&m_material);
}

int RingGeometryNode::segments(double radius)
{
    // A chord of angle 2π/n strays r·(1 − cos(π/n)) ≈ r·π²/(2n²) from the circle.
    return std::clamp(int(std::ceil(M_PI * std::sqrt(std::max(radius, 1.0)))), 16, 1024);
}

void RingGeometryNode::update(const std::vector<MarkerRing> &rings)
{
    // Per ring: the centre, the outline's inner and outer edge at each of n
    // angles (1 px apart); n fill triangles and 2n outline triangles.
    int vertices = 0, indices = 0;
    for (const MarkerRing &ring : rings) {
        const int n = segments(ring.radius);
        vertices += 1 + 2 * n;
        indices += 9 * n;
    }
    m_geometry.allocate(vertices, indices);
    auto *vertex = m_geometry.vertexDataAsColoredPoint2D();
    quint32 *index = m_geometry.indexDataAsUInt();
    quint32 base = 0;
    for (const MarkerRing &ring : rings) {
        const int n = segments(ring.radius);
        const QColor fill = ringFill(ring.color), line = ringLine(ring.color);
        setPremultiplied(*vertex++, ring.centre, fill);
        for (int i = 0; i < n; ++i) {
            const double angle = 2 * M_PI * i / n;
            const QPointF direction(std::cos(angle), std::sin(angle));
            setPremultiplied(*vertex++, ring.centre + direction * (ring.radius - 0.5), line);
            setPremultiplied(*vertex++, ring.centre + direction * (ring.radius + 0.5), line);
        }
        for (int i = 0; i < n; ++i) {
            const quint32 inner = base + 1 + 2 * quint32(i), outer = inner + 1;
            const quint32 nextInner = base + 1 + 2 * quint32((i + 1) % n), nextOuter = nextInner + 1;
            // The fill reaches the outline's inner edge, whose colour it
            // takes only there: the outline is 1 px wide.
            for (quint32 v : {base, inner, nextInner, inner, outer, nextOuter, inner, nextOuter, nextInner})
                *index++ = v;
        }
        base += quint32(1 + 2 * n);
    }
    markDirty(QSGNode::DirtyGeometry);
}

TexturedMarkerNode::TexturedMarkerNode()
    : m_geometry(QSGGeometry::defaultAttributes_TexturedPoint2D(), 0, 0, QSGGeometry::UnsignedIntType)
{
    m_geometry.setDrawingMode(QSGGeometry::DrawTriangles);
    m_geometry.setVertexDataPattern(QSGGeometry::StreamPattern);
    m_geometry.setIndexDataPattern(QSGGeometry::StreamPattern);
    m_material.setFiltering(QSGTexture::Linear);
    setGeometry(&m_geometry);
    setMaterial(&m_material);
}

TexturedMarkerNode::~TexturedMarkerNode() = default;

void TexturedMarkerNode::update(QQuickWindow *window, const QImage &sprites, const std::vector<MarkerQuad> &quads)
{
    if (sprites.cacheKey() != m_uploaded || !m_texture) {
        m_texture.reset(window->createTextureFromImage(sprites, QQuickWindow::TextureHasAlphaChannel));
        m_material.setTexture(m_texture.get());
        m_uploaded = sprites.cacheKey();
        markDirty(QSGNode::DirtyMaterial);
    }
    m_geometry.allocate(int(quads.size() * 4), int(quads.size() * 6));
    auto *vertex = m_geometry.vertexDataAsTexturedPoint2D();
    quint32 *index = m_geometry.indexDataAsUInt();
    const double w = sprites.width(), h = sprites.height();
    for (size_t q = 0; q < quads.size(); ++q) {
        const QRectF &t = quads[q].target;
        const QRectF &s = quads[q].source;
        const float u0 = float(s.left() / w), u1 = float(s.right() / w), v0 = float(s.top() / h), v1 = float(s.bottom() / h);
        vertex[0].set(float(t.left()), float(t.top()), u0, v0);
        vertex[1].set(float(t.right()), float(t.top()), u1, v0);
        vertex[2].set(float(t.right()), float(t.bottom()), u1, v1);
        vertex[3].set(float(t.left()), float(t.bottom()), u0, v1);
        vertex += 4;
        const quint32 base = quint32(q * 4);
        for (quint32 corner : {0u, 1u, 2u, 0u, 2u, 3u})
            *index++ = base + corner;
    }
    markDirty(QSGNode::DirtyGeometry);
}

void SoftwareMarkerNode::setState(const QImage &sprites, std::vector<MarkerRing> rings, std::vector<MarkerQuad> quads,
    const QTransform &itemToWindow, const QSizeF &size)
{
    m_sprites = sprites; // shared, not copied
    m_rings = std::move(rings);
    m_quads = std::move(quads);
    m_itemToWindow = itemToWindow;
    m_size = size;
    markDirty(QSGNode::DirtyMaterial); // the software renderer repaints only dirty nodes
}

void SoftwareMarkerNode::render(const RenderState *state)
{
    auto *painter
        = static_cast<QPainter *>(m_window->rendererInterface()->getResource(m_window, QSGRendererInterface::PainterResource));
    if (!painter || (m_quads.empty() && m_rings.empty()))
        return;
    const QRegion *clip = state->clipRegion();
    if (clip && !clip->isEmpty())
        painter->setClipRegion(*clip, Qt::ReplaceClip);
    painter->setTransform(m_itemToWindow);
    painter->setClipRect(QRectF(QPointF(), m_size), clip && !clip->isEmpty() ? Qt::IntersectClip : Qt::ReplaceClip);
    painter->setOpacity(inheritedOpacity());
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const MarkerRing &ring : m_rings) {
        painter->setPen(QPen(ringLine(ring.color), 1));
        painter->setBrush(ringFill(ring.color));
        painter->drawEllipse(ring.centre, ring.radius, ring.radius);
    }
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const MarkerQuad &quad : m_quads)
        painter->drawImage(quad.target, m_sprites, quad.source);
}

} // namespace conflictmap
