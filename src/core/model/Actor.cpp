// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Actor.h"

#include <QRegularExpression>

namespace conflictmap {

const QStringList &Actor::typeNames()
{
    static const QStringList names{QStringLiteral("state_forces"), QStringLiteral("rebel_group"),
        QStringLiteral("political_militia"), QStringLiteral("identity_militia"), QStringLiteral("rioters"),
        QStringLiteral("protesters"), QStringLiteral("civilians"), QStringLiteral("external_forces")};
    return names;
}

const QStringList &Actor::sideNames()
{
    static const QStringList names{QStringLiteral("a"), QStringLiteral("b")};
    return names;
}

QString Actor::typeText(const QString &type)
{
    return QString(type).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString Actor::label() const
{
    QStringList parts;
    if (!side.isEmpty())
        parts << QStringLiteral("side %1").arg(side);
    if (!type.isEmpty())
        parts << typeText(type);
    return parts.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, parts.join(QStringLiteral(", ")));
}

Actor Actor::fromLabel(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression sidePrefix(QStringLiteral("^([ab]):\\s*(.+)$"));
    if (const auto m = sidePrefix.match(trimmed); m.hasMatch())
        return {m.captured(2).trimmed(), m.captured(1), {}};
    // Only a parenthesis that is exactly what label() writes is read as
    // side and type: names have parentheses of their own ("(2003-)").
    static const QRegularExpression labelled(QStringLiteral("^(.+?)\\s*\\((?:side ([ab]))?(?:, )?([a-z ]*)\\)$"));
    if (const auto m = labelled.match(trimmed); m.hasMatch()) {
        const QString type = m.captured(3).trimmed().replace(QLatin1Char(' '), QLatin1Char('_'));
        if ((!m.captured(2).isEmpty() || !type.isEmpty()) && (type.isEmpty() || typeNames().contains(type)))
            return {m.captured(1).trimmed(), m.captured(2), type};
    }
    return {trimmed, {}, {}};
}

QStringList actorNames(const std::vector<Actor> &actors)
{
    QStringList names;
    for (const Actor &actor : actors)
        names << actor.name;
    return names;
}

QStringList actorLabels(const std::vector<Actor> &actors)
{
    QStringList labels;
    for (const Actor &actor : actors)
        labels << actor.label();
    return labels;
}

std::vector<Actor> actorsNamed(const QStringList &names)
{
    std::vector<Actor> actors;
    for (const QString &name : names)
        actors.push_back({name, {}, {}});
    return actors;
}

} // namespace conflictmap
