// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSGNode>

namespace conflictmap {

// A layer's scene-graph root, for QQuickItem::updatePaintNode: 'old' (what
// the item returned last time) or a new node, holding one child, the
// drawing for the renderer in use.
namespace LayerRoot {
inline QSGNode *of(QSGNode *old)
{
    return old ? old : new QSGNode; // owned by the scene graph from here on, with its child
}

// Removes and deletes the child: nothing to draw.
inline QSGNode *cleared(QSGNode *root)
{
    while (QSGNode *child = root->firstChild()) {
        root->removeChildNode(child);
        delete child;
    }
    return root;
}

// The child, made by 'make' the first time.
template <typename Child, typename Make>
Child *child(QSGNode *root, Make make)
{
    auto *node = static_cast<Child *>(root->firstChild());
    if (!node) {
        node = make();
        root->appendChildNode(node); // owned by root
    }
    return node;
}
} // namespace LayerRoot

} // namespace conflictmap
