// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Vocabulary.h"

#include <QtGlobal>

namespace conflictmap {

// Each status's colour as 0xRRGGBB: the map's (qml/IncidentStyle.qml), the
// briefing images' and the GeoPackage style's alike.
constexpr quint32 statusRgb(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Reported:
        return 0x2c6fbb;
    case IncidentStatus::Claimed:
        return 0xe08a00;
    case IncidentStatus::Disputed:
        return 0x8a3ab9;
    case IncidentStatus::Confirmed:
        return 0xc0392b;
    case IncidentStatus::Denied:
        return 0x7f8c8d;
    }
    return 0x2c6fbb;
}

} // namespace conflictmap
