// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "model/Incident.h"

#include <QColor>
#include <QDate>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace conflictmap {

class BoundaryLayer;

// One record as a briefing map draws it: no more than that, so that a
// million of them fit.
struct BriefingRecord {
    double lon = 0; // the point, or a shape's representative point
    double lat = 0;
    IncidentStatus status = IncidentStatus::Reported;
    LocationPrecision precision = LocationPrecision::Near;
    QString family; // clash, territory, movement, diplomatic, other
    QString region; // the unit (or country) of a region (country) precision record
    std::optional<Geometry> shape; // a line, area or several points
};

// A party's area of control in force on the page's day: one version of a
// series (the analyst's assessment, or a claimant's).
struct BriefingControl {
    QString party;
    QString claimedBy; // empty: the analyst's assessment
    QDate date; // the version's
    QColor colour; // the party's
    Geometry area; // Polygon or MultiPolygon
    QStringList sources; // its claims', as the page cites them (if it is drawn)
};

// What a briefing map shows: the records, the areas of control, the
// sources they rest on, the ground beneath them and who is to be credited.
struct BriefingContent {
    std::vector<BriefingRecord> records;
    // The areas in force on controlDay (none drawn when it is null),
    // assessed first.
    std::vector<BriefingControl> control;
    QDate controlDay;
    // The records' sources, each once: "title — publisher, published",
    // title and publisher in bidi isolates; the drawn areas' follow them.
    QStringList sources;
    const BoundaryLayer *units = nullptr; // the admin units (may be null)
    const BoundaryLayer *countries = nullptr; // the world's countries beneath (may be null)
    QStringList credits; // a line per layer drawn
};

// How it is laid out: the area, the page and its texts.
struct BriefingPage {
    QRectF bounds; // lon/lat: left west, top south, right east, bottom north (as IncidentFilter::bbox)
    QSize size{1600, 1000}; // pixels (96 per inch in a PDF)
    QString title;
    QString window; // the date or dates shown: "2022-09-13 to 2022-09-20", "all dates"
    QString dataAsOf; // when the database last changed
};

// A map for a briefing, drawn without a screen: the ground (countries and
// admin units), the areas of control (assessed filled, claimed hatched, in
// the party's colour), incident areas and lines, incidents with their precision drawn as
// it is (a point; a point with its halo and ring when near; the unit
// hatched when only the unit is known; a badge when only the country), a
// legend of what is shown, a scale bar, the title, the date or window,
// "data as of", the sources cited and the credits of every layer. PNG is
// pixels; PDF and SVG are vector, their text text (selectable, Arabic
// shaped by Qt's text engine).
namespace BriefingMap {
enum class Format { Png, Pdf, Svg };
// By the file's extension: .png, .pdf, .svg; none for another.
std::optional<Format> formatOf(const QString &path);
// Writes the file whole or not at all (a temporary renamed into place).
Result<void> write(const QString &path, const BriefingContent &content, const BriefingPage &page);
// Paints the page on a painter whose device is page.size pixels.
void paint(QPainter &painter, const BriefingContent &content, const BriefingPage &page);
// Where the map itself is drawn on the page, and where a lon/lat lands in
// it (for tests and the app's view).
QRectF mapFrame(const BriefingPage &page);
QPointF pixelOf(const BriefingPage &page, double lon, double lat);
// The unit's size for a page of the given size: readable on a small page,
// not tiny on a large one.
double textScale(const QSize &size);
// Text from the data set apart for the bidirectional algorithm (first
// strong isolate … pop): a name in Arabic does not carry what stands
// beside it in the line to its side.
QString isolated(const QString &text);
} // namespace BriefingMap

} // namespace conflictmap
