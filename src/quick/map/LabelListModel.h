// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

#include <iterator>
#include <vector>

namespace conflictmap {

// The base of the models of labels a map shows at its view: one row per
// label placed, drawn by the view as a plain-text item per row.
class LabelListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : labelCount(); }
    // Label text of row 'row', for tests and tooling.
    Q_INVOKABLE QString textAt(int row) const { return row >= 0 && row < labelCount() ? labelText(row) : QString(); }
    // The rectangles the labels take, padding included, in item pixels:
    // what other labels keep clear of.
    std::vector<QRectF> labelRects() const
    {
        std::vector<QRectF> rects;
        rects.reserve(size_t(labelCount()));
        for (int row = 0; row < labelCount(); ++row)
            rects.push_back(labelBox(row));
        return rects;
    }

signals:
    void countChanged();
    // A new layout is in place (the view changed, or what it avoids did).
    void placed();

protected:
    virtual int labelCount() const = 0;
    virtual QString labelText(int row) const = 0;
    virtual QRectF labelBox(int row) const = 0;

    // Puts 'next' in place of 'rows'. Rows are slots: a label that changes
    // reuses its row's delegate (a new text in an existing item), and rows
    // are only added or removed at the end, instead of every label item
    // being made anew whenever the set of labels changes, which a zoom does
    // at almost every step. 'sameLabel' says two labels show the same text;
    // 'positionRoles' change for every common row, 'labelRoles' for rows
    // whose label changed.
    template <typename Label, typename Same>
    void replaceRows(std::vector<Label> &rows, std::vector<Label> next, Same &&sameLabel, const QList<int> &positionRoles,
        const QList<int> &labelRoles)
    {
        const size_t oldCount = rows.size(), newCount = next.size();
        const size_t common = std::min(oldCount, newCount);
        if (newCount < oldCount) {
            beginRemoveRows({}, int(newCount), int(oldCount) - 1);
            rows.resize(newCount);
            endRemoveRows();
        }
        // The rows both layouts have first, then the new ones: a view
        // never sees a row change inside an insertion.
        size_t firstChanged = common, lastChanged = 0;
        for (size_t i = 0; i < common; ++i) {
            if (!sameLabel(next[i], rows[i])) {
                firstChanged = std::min(firstChanged, i);
                lastChanged = i;
            }
            rows[i] = std::move(next[i]);
        }
        if (common > 0)
            emit dataChanged(index(0), index(int(common) - 1), positionRoles);
        if (firstChanged < common)
            emit dataChanged(index(int(firstChanged)), index(int(lastChanged)), labelRoles);
        if (newCount > oldCount) {
            beginInsertRows({}, int(oldCount), int(newCount) - 1);
            rows.insert(rows.end(), std::make_move_iterator(next.begin() + long(common)), std::make_move_iterator(next.end()));
            endInsertRows();
        }
        if (oldCount != newCount)
            emit countChanged();
        emit placed();
    }
};

} // namespace conflictmap
