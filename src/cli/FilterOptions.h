// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "store/IncidentFilter.h"

#include <QCommandLineParser>

namespace conflictmap::cli {

class CliContext;

// The filters `list` and `export` share: --region --type --status --since
// --until --bbox --text.
namespace FilterOptions {
void addTo(CliContext &context, QCommandLineParser &parser);
// Reads them; errors name the option. Needs the store to check --type.
Result<IncidentFilter> read(CliContext &context, const QCommandLineParser &parser);
} // namespace FilterOptions

} // namespace conflictmap::cli
