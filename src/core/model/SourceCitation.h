// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Claim.h"

#include <QString>

namespace conflictmap {

// A claim that rests on a source, with the incident it is about: what a
// reader of the source sees highlighted in its text.
struct SourceCitation {
    qint64 incidentId = 0;
    QString incidentTitle;
    Claim claim;
};

} // namespace conflictmap
