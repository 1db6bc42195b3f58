// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Claim.h"

#include <QString>

namespace conflictmap::Grading {

// The Admiralty (NATO) system's words for a source's reliability (A–F)
// and a piece of information's credibility (1–6); empty for no grade.
QString reliabilityName(const QString &grade);
QString credibilityName(std::optional<int> grade);

// "B2", "B?" (the claim not graded), "?3"; empty when neither is graded.
QString code(const Claim &claim);
// "B2: usually reliable, probably true"; empty when neither is graded.
QString describe(const Claim &claim);

} // namespace conflictmap::Grading
