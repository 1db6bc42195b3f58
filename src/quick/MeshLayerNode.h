#pragma once

#include "PreparedLayer.h"

#include <QSGOpacityNode>
#include <QSGTransformNode>

#include <memory>

namespace conflictmap {

// The map's layer on the OpenGL/RHI renderer: a transform node (the view)
// over the fills, the outlines and the hover/selection overlays. Geometry is
// uploaded when the layer changes, overlays when hover or selection do;
// panning and zooming only change the matrix.
class MeshLayerNode : public QSGTransformNode {
public:
    // 'extent': the projected rectangle in view; chunks outside it are skipped.
    void update(const std::shared_ptr<const PreparedLayer> &layer, const QRectF &extent, int hovered, int selected,
        const std::vector<int> &tinted, const std::vector<std::pair<int, double>> &shades);

private:
    void clear(QSGNode *parent);

    // Held, not just compared by address: a new layer could reuse a freed one's.
    std::shared_ptr<const PreparedLayer> m_layer;
    QSGNode *m_highlights = nullptr; // owned as a child
    // Per chunk: its fills and its outlines, each under an opacity node
    // that blocks it when out of view (all fills are drawn before any
    // outline, so no fill covers a neighbour's border).
    std::vector<std::pair<QSGOpacityNode *, QSGOpacityNode *>> m_chunks;
    int m_hovered = -1;
    int m_selected = -1;
    std::vector<int> m_tinted;
    std::vector<std::pair<int, double>> m_shades;
};

} // namespace conflictmap
