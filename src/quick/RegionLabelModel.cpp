// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RegionLabelModel.h"

#include "MapViewport.h"
#include "PreparedLayer.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace conflictmap {

namespace {
constexpr int kMaximumLabels = 400;
constexpr double kLabelPadding = 6.0; // pixels kept free around each label
} // namespace

RegionLabelModel::RegionLabelModel(QObject *parent) : LabelListModel(parent)
{
    m_font.setPixelSize(12);
}

QVariant RegionLabelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Label &label = m_labels[size_t(index.row())];
    switch (role) {
    case TextRole:
    case Qt::DisplayRole:
        return label.text;
    case XRole:
        return label.position.x();
    case YRole:
        return label.position.y();
    case CodeRole:
        return label.code;
    }
    return {};
}

QHash<int, QByteArray> RegionLabelModel::roleNames() const
{
    return {{TextRole, "label"}, {XRole, "labelX"}, {YRole, "labelY"}, {CodeRole, "code"}};
}

void RegionLabelModel::update(
    const std::shared_ptr<const PreparedLayer> &layer, const MapViewport &viewport, const QString &language)
{
    m_layer = layer;
    m_viewport = viewport;
    m_language = language;
    layout();
}

void RegionLabelModel::setObstacles(std::vector<QRectF> obstacles)
{
    if (obstacles == m_obstacles)
        return;
    m_obstacles = std::move(obstacles);
    m_obstacleGrid.clear();
    for (const QRectF &obstacle : m_obstacles)
        m_obstacleGrid.add(obstacle);
    layout();
}

void RegionLabelModel::layout()
{
    const std::shared_ptr<const PreparedLayer> &layer = m_layer;
    const MapViewport &viewport = m_viewport;
    const QString &language = m_language;
    std::vector<Label> labels;
    if (layer && viewport.resolution() > 0) {
        const auto &regions = layer->mesh.regions;
        if (m_orderFor != layer) {
            m_order.resize(regions.size());
            std::iota(m_order.begin(), m_order.end(), 0);
            std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
                const QRectF &ra = regions[size_t(a)].bounds, &rb = regions[size_t(b)].bounds;
                return ra.width() * ra.height() > rb.width() * rb.height();
            });
            m_orderFor = layer;
            m_sizes.clear();
        }
        if (language != m_sizesLanguage || m_sizes.size() != regions.size()) {
            m_sizes.assign(regions.size(), QSizeF());
            m_sizesLanguage = language;
        }
        const QFontMetricsF metrics(m_font);
        const double lineHeight = metrics.height();
        constexpr double kNarrowestLabel = 8; // pixels: no name is narrower
        const QRectF screen(QPointF(), viewport.size());
        std::vector<QRectF> taken;
        for (int r : m_order) {
            const auto &part = regions[size_t(r)];
            const double widthPx = part.bounds.width() / viewport.resolution();
            const double heightPx = part.bounds.height() / viewport.resolution();
            const QPointF at = viewport.toScreen(part.labelPoint);
            // Too small for any label, or far off screen: no text to measure.
            if (heightPx < lineHeight * 1.5 || widthPx < kNarrowestLabel || !screen.contains(at))
                continue;
            const Region &region = layer->layer->regions()[size_t(r)];
            const QString text = region.name(language);
            QSizeF &size = m_sizes[size_t(r)];
            if (!size.isValid())
                size = metrics.size(Qt::TextSingleLine, text);
            // A label wider than its region would claim a neighbour's space.
            if (widthPx < size.width() * 0.8 || heightPx < size.height() * 1.5)
                continue;
            const QRectF box(at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height());
            // Padding also absorbs the difference between this font's metrics
            // and the fallback fonts that draw other scripts.
            QRectF padded = box.adjusted(-kLabelPadding, -kLabelPadding, kLabelPadding, kLabelPadding);
            // On a symbol: just above it, else just below, else no label.
            if (const QRectF *obstacle = m_obstacleGrid.firstHit(padded)) {
                const QRectF above = padded.translated(0, obstacle->top() - padded.bottom());
                const QRectF below = padded.translated(0, obstacle->bottom() - padded.top());
                padded = !m_obstacleGrid.firstHit(above) ? above : below;
            }
            if (!screen.contains(padded) || m_obstacleGrid.firstHit(padded)
                || std::any_of(taken.begin(), taken.end(), [&](const QRectF &t) { return t.intersects(padded); }))
                continue;
            taken.push_back(padded);
            labels.push_back({r, region.code, text, padded.center(), padded});
            if (int(labels.size()) >= kMaximumLabels)
                break;
        }
    }

    replaceRows(m_labels, std::move(labels),
        [](const Label &a, const Label &b) { return a.text == b.text && a.region == b.region; }, {XRole, YRole},
        {TextRole, CodeRole, Qt::DisplayRole});
}

} // namespace conflictmap
