#include "MeshLayerNode.h"

#include "MapStyle.h"
#include "MeshNodes.h"

namespace conflictmap {

void MeshLayerNode::clear(QSGNode *parent)
{
    // Children are owned by their parent only in the sense that Qt deletes
    // them with it; replaced ones are deleted here.
    while (QSGNode *child = parent->firstChild()) {
        parent->removeChildNode(child);
        delete child;
    }
}

void MeshLayerNode::update(const std::shared_ptr<const PreparedLayer> &layer, const QRectF &extent, int hovered, int selected,
    const std::vector<int> &tinted, const std::vector<std::pair<int, double>> &shades)
{
    if (layer != m_layer) {
        clear(this);
        m_chunks.clear();
        auto *fills = new QSGNode; // owned by this node from here on, as the others below
        auto *outlines = new QSGNode;
        appendChildNode(fills);
        appendChildNode(outlines);
        for (const PreparedLayer::Chunk &chunk : layer->chunks) {
            auto *fill = new QSGOpacityNode;
            fill->appendChildNode(MeshNodes::fills(*layer, chunk));
            fills->appendChildNode(fill);
            auto *outline = new QSGOpacityNode;
            outline->appendChildNode(MeshNodes::outlines(*layer, chunk));
            outlines->appendChildNode(outline);
            m_chunks.emplace_back(fill, outline);
        }
        m_highlights = new QSGNode;
        appendChildNode(m_highlights);
        m_layer = layer;
        m_hovered = m_selected = -2; // rebuild the overlays below
    }
    for (size_t c = 0; c < m_chunks.size(); ++c) {
        const double opacity = layer->chunks[c].bounds.intersects(extent) ? 1.0 : 0.0;
        if (m_chunks[c].first->opacity() != opacity) {
            m_chunks[c].first->setOpacity(opacity);
            m_chunks[c].second->setOpacity(opacity);
        }
    }
    if (hovered == m_hovered && selected == m_selected && tinted == m_tinted && shades == m_shades)
        return;
    clear(m_highlights);
    for (const auto &[r, value] : shades)
        if (r >= 0 && size_t(r) < layer->mesh.regions.size())
            m_highlights->appendChildNode(MeshNodes::regionFill(*layer, r, MapStyle::shade(value)));
    // Known only to the region: tinted (the software path hatches it).
    for (int r : tinted)
        if (r >= 0 && size_t(r) < layer->mesh.regions.size())
            m_highlights->appendChildNode(MeshNodes::regionFill(*layer, r, MapStyle::regionTintFill()));
    if (hovered >= 0) {
        m_highlights->appendChildNode(MeshNodes::regionFill(*layer, hovered, MapStyle::hoverFill()));
        m_highlights->appendChildNode(
            MeshNodes::regionOutline(*layer, hovered, MapStyle::hoverOutline(), float(MapStyle::outlineWidth())));
    }
    if (selected >= 0) {
        m_highlights->appendChildNode(MeshNodes::regionFill(*layer, selected, MapStyle::selectedFill()));
        m_highlights->appendChildNode(
            MeshNodes::regionOutline(*layer, selected, MapStyle::selectedOutline(), float(MapStyle::selectedOutlineWidth())));
    }
    m_hovered = hovered;
    m_selected = selected;
    m_tinted = tinted;
    m_shades = shades;
}

} // namespace conflictmap
