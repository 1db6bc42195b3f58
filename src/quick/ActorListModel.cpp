// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ActorListModel.h"

namespace conflictmap {

namespace {
QVariantMap choice(const QString &value, const QString &text)
{
    return {{QStringLiteral("value"), value}, {QStringLiteral("text"), text}};
}
} // namespace

ActorListModel::ActorListModel(QObject *parent) : QAbstractListModel(parent) { }

int ActorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actors.size());
}

QVariant ActorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_actors.size()))
        return {};
    const Actor &actor = m_actors[size_t(index.row())];
    switch (role) {
    case NameRole:
        return actor.name;
    case SideRole:
        return actor.side;
    case TypeRole:
        return actor.type;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActorListModel::roleNames() const
{
    return {{NameRole, "name"}, {SideRole, "side"}, {TypeRole, "type"}};
}

void ActorListModel::append()
{
    beginInsertRows({}, int(m_actors.size()), int(m_actors.size()));
    m_actors.push_back({});
    endInsertRows();
}

void ActorListModel::remove(int row)
{
    if (!at(row))
        return;
    beginRemoveRows({}, row, row);
    m_actors.erase(m_actors.begin() + row);
    endRemoveRows();
}

Actor *ActorListModel::at(int row)
{
    return row >= 0 && row < int(m_actors.size()) ? &m_actors[size_t(row)] : nullptr;
}

void ActorListModel::setName(int row, const QString &name)
{
    if (Actor *actor = at(row)) {
        actor->name = name;
        emit dataChanged(index(row), index(row), {NameRole});
    }
}

void ActorListModel::setSide(int row, const QString &side)
{
    Actor *actor = at(row);
    if (actor && (side.isEmpty() || Actor::sideNames().contains(side))) {
        actor->side = side;
        emit dataChanged(index(row), index(row), {SideRole});
    }
}

void ActorListModel::setType(int row, const QString &type)
{
    Actor *actor = at(row);
    if (actor && (type.isEmpty() || Actor::typeNames().contains(type))) {
        actor->type = type;
        emit dataChanged(index(row), index(row), {TypeRole});
    }
}

void ActorListModel::setActors(const std::vector<Actor> &actors)
{
    beginResetModel();
    m_actors = actors;
    endResetModel();
}

std::vector<Actor> ActorListModel::actors() const
{
    std::vector<Actor> named;
    for (Actor actor : m_actors) {
        actor.name = actor.name.trimmed();
        if (!actor.name.isEmpty())
            named.push_back(std::move(actor));
    }
    return named;
}

QVariantList ActorListModel::sideChoices()
{
    QVariantList choices{choice({}, tr("no side"))};
    for (const QString &side : Actor::sideNames())
        choices << choice(side, tr("side %1").arg(side));
    return choices;
}

QVariantList ActorListModel::typeChoices()
{
    QVariantList choices{choice({}, tr("no type"))};
    for (const QString &type : Actor::typeNames())
        choices << choice(type, Actor::typeText(type));
    return choices;
}

} // namespace conflictmap
