// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "geo/Geometry.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace conflictmap::cli {

// --geojson FILE|-, --wkt TEXT and --repair: how `add`, `edit` and
// `area add` are given a line or an area, and what they may do about an
// invalid one.
namespace GeometryOptions {
// 'what' says what the geometry is for, in the options' help: "A line or
// area (or several points)", "The area".
QList<QCommandLineOption> options(const QString &what);
// The geometry given, none when neither option is set. Refused in one
// line naming the option: both set, a file that cannot be read or is
// empty, GeoJSON or WKT that is not a geometry of a supported type.
Result<std::optional<Geometry>> read(const QCommandLineParser &parser);
// The geometry as it can be stored: as given when valid. When invalid,
// refused with its problem ("--wkt: a ring crosses itself ... at 45.50000
// E, 39.50000 N (--repair makes it valid)"), or, when --repair is set,
// made valid (GeometryRepair) with what changed in *report.
Result<Geometry> checked(const QCommandLineParser &parser, Geometry geometry, QString *report);
} // namespace GeometryOptions

} // namespace conflictmap::cli
