// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Actor.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace conflictmap {

// The actors of the incident in the form, one row each: a name, a side (a
// or b, as UCDP's dyads) and a type (ACLED's kinds) chosen from lists,
// not typed as a label. Rows without a name are left out of actors().
class ActorListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("an incident editor's")
    // {value, text} for a ComboBox: none first, then each choice.
    Q_PROPERTY(QVariantList sideChoices READ sideChoices CONSTANT)
    Q_PROPERTY(QVariantList typeChoices READ typeChoices CONSTANT)

public:
    enum Role { NameRole = Qt::UserRole + 1, SideRole, TypeRole };

    explicit ActorListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void append();
    Q_INVOKABLE void remove(int row);
    Q_INVOKABLE void setName(int row, const QString &name);
    Q_INVOKABLE void setSide(int row, const QString &side);
    Q_INVOKABLE void setType(int row, const QString &type);

    void setActors(const std::vector<Actor> &actors);
    std::vector<Actor> actors() const;

    static QVariantList sideChoices();
    static QVariantList typeChoices();

private:
    Actor *at(int row);

    std::vector<Actor> m_actors;
};

} // namespace conflictmap
