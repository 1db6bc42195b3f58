// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

namespace conflictmap {

// Points 'member' at 'source' and moves 'receiver''s connections with it:
// those to the old source go, 'connectTo(source)' makes the new ones.
// Returns false when 'source' is already the one (nothing to do).
template <typename Source, typename Receiver, typename Connect>
bool rebind(QPointer<Source> &member, Source *source, Receiver *receiver, Connect connectTo)
{
    if (member == source)
        return false;
    if (member)
        QObject::disconnect(member, nullptr, receiver, nullptr);
    member = source;
    if (source)
        connectTo(source);
    return true;
}

} // namespace conflictmap
