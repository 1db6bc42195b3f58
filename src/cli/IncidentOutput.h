// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Incident.h"

#include <QJsonObject>
#include <QTextStream>

#include <optional>
#include <vector>

namespace conflictmap {
class BoundaryLayer;
}

namespace conflictmap::cli {

// How incidents are printed by `show` and `list`.
namespace IncidentOutput {
// The JSON properties of an export, plus id, lon, lat and the ids of
// claims and sources (for scripting `claim delete`, `--source`).
QJsonObject json(const Incident &incident, const BoundaryLayer *layer);
// 'quoteInSource': for each claim, whether its quote is in its source's
// text (none: nothing to compare); a quote that is not is flagged.
void writeDetails(QTextStream &out, const Incident &incident, const BoundaryLayer *layer,
    const std::vector<std::optional<bool>> &quoteInSource = {});
void writeTable(QTextStream &out, const std::vector<Incident> &incidents);
void writeCsv(QTextStream &out, const std::vector<Incident> &incidents);
} // namespace IncidentOutput

} // namespace conflictmap::cli
