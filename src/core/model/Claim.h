// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Source.h"
#include "model/Vocabulary.h"

#include <optional>

namespace conflictmap {

// One source's word on one incident: who says it (the claimant, e.g. a
// defence ministry, not necessarily the publisher), whether they report,
// claim or deny it, and the quote it rests on in its original language.
struct Claim {
    qint64 id = 0;
    qint64 sourceId = 0;
    QString claimant;
    Stance stance = Stance::Reports;
    QString quote; // original language
    QString translation; // optional
    // How credible this piece of information is, 1 (confirmed by other
    // sources) to 6 (cannot be judged), the Admiralty (NATO) system's other half.
    std::optional<int> credibility;
    Source source; // filled when read from the store
    // When and by whom it was recorded (set by the store).
    QString created;
    QString createdBy;
};

} // namespace conflictmap
