// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "geo/Geometry.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace conflictmap::cli {

// --geojson FILE|-, --wkt TEXT and --repair: how a command is given a line
// or an area, and what it may do about an invalid one.
namespace GeometryOptions {
QList<QCommandLineOption> options();
// The geometry given, none when neither option is set. Refused in one
// line: both set, an unreadable file, GeoJSON or WKT that is not a
// geometry of a supported type.
Result<std::optional<Geometry>> read(const QCommandLineParser &parser);
// The geometry as it can be stored: as given when valid; when invalid,
// refused with its problem ("--geojson: a ring crosses itself ... at
// 45.50000 E, 39.50000 N (--repair makes it valid)"), or, when --repair is
// set, made valid with GEOS and what changed said in *report.
Result<Geometry> checked(const QCommandLineParser &parser, Geometry geometry, QString *report);
} // namespace GeometryOptions

} // namespace conflictmap::cli
