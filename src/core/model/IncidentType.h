// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace conflictmap {

// An entry of the incident taxonomy, which users can extend.
struct IncidentType {
    QString name; // e.g. "equipment_deployment"
    QString label; // e.g. "Equipment deployment"
    QString family; // clash, territory, movement, diplomatic, other: drives the map symbol
    bool deployment = false;
    bool builtin = false;
};

} // namespace conflictmap
