#include "MarkerNodes.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QSGTexture>

namespace conflictmap {

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

void SoftwareMarkerNode::setState(
    const QImage &sprites, std::vector<MarkerQuad> quads, const QTransform &itemToWindow, const QSizeF &size)
{
    m_sprites = sprites; // shared, not copied
    m_quads = std::move(quads);
    m_itemToWindow = itemToWindow;
    m_size = size;
    markDirty(QSGNode::DirtyMaterial); // the software renderer repaints only dirty nodes
}

void SoftwareMarkerNode::render(const RenderState *state)
{
    auto *painter
        = static_cast<QPainter *>(m_window->rendererInterface()->getResource(m_window, QSGRendererInterface::PainterResource));
    if (!painter || m_quads.empty())
        return;
    const QRegion *clip = state->clipRegion();
    if (clip && !clip->isEmpty())
        painter->setClipRegion(*clip, Qt::ReplaceClip);
    painter->setTransform(m_itemToWindow);
    painter->setClipRect(QRectF(QPointF(), m_size), clip && !clip->isEmpty() ? Qt::IntersectClip : Qt::ReplaceClip);
    painter->setOpacity(inheritedOpacity());
    painter->setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const MarkerQuad &quad : m_quads)
        painter->drawImage(quad.target, m_sprites, quad.source);
}

} // namespace conflictmap
