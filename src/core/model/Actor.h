// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace conflictmap {

// A party to an incident: its name, the side it is on (the event datasets'
// actor 1 / side A and actor 2 / side B; empty when not known) and what kind
// of actor it is (a name of Actor::typeNames(); empty when not known).
struct Actor {
    QString name;
    QString side; // "a", "b" or empty
    QString type;

    bool operator==(const Actor &o) const { return name == o.name && side == o.side && type == o.type; }
    bool operator!=(const Actor &o) const { return !(*this == o); }

    // The kinds of actor, after ACLED's inter codes 1–8 in order (UCDP's
    // governments are state forces, its other sides rebel groups or
    // militias).
    static const QStringList &typeNames();
    static const QStringList &sideNames();
    // A type as people read it: "state forces".
    static QString typeText(const QString &type);

    // "Name", "Name (side a, state forces)": how lists and tables show one.
    QString label() const;
    // Parses what label() writes, and "a:Name", "b:Name": the command
    // line's form. A name alone has no side and no type.
    static Actor fromLabel(const QString &text);
};

QStringList actorNames(const std::vector<Actor> &actors);
QStringList actorLabels(const std::vector<Actor> &actors);
std::vector<Actor> actorsNamed(const QStringList &names);

} // namespace conflictmap
