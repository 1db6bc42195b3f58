#pragma once

#include "CliError.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace conflictmap::cli {

// `region-at LON LAT`: the admin unit containing a WGS 84 point.
// `regions`: every unit of the boundary layer.
// Both take --layer PATH (default: the bundled layer) and --json.
std::optional<CliError> regionAt(const QStringList &arguments, QTextStream &out);
std::optional<CliError> listRegions(const QStringList &arguments, QTextStream &out);

} // namespace conflictmap::cli
