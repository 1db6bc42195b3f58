// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "FilterOptions.h"

#include "geo/BoundaryLayer.h"
#include "render/BriefingData.h"
#include "store/IncidentStore.h"

#include <QRegularExpression>

namespace conflictmap::cli {

namespace {

constexpr int kSmallestSide = 200;
constexpr int kLargestSide = 12000;

// A unit's box, or a country's (all its units').
std::optional<QRectF> areaOf(const BoundaryLayer &layer, const QString &code)
{
    std::optional<QRectF> box;
    for (const Region &region : layer.regions())
        if (region.code == code || (!code.contains(QLatin1Char('-')) && region.country == code))
            box = box ? box->united(region.bounds) : region.bounds;
    return box;
}

} // namespace

int renderCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {{QStringLiteral("o"), QStringLiteral("output")},
                QStringLiteral("The image: FILE.png, FILE.pdf or FILE.svg (PDF and SVG are vector, their text selectable)."),
                QStringLiteral("file")},
            {QStringLiteral("date"),
                QStringLiteral("One day, month or year (YYYY, YYYY-MM, YYYY-MM-DD), instead of --since/--until."),
                QStringLiteral("date")},
            {QStringLiteral("size"),
                QStringLiteral("WIDTHxHEIGHT in pixels, each 200 to 12000 (default 1600x1000; 96 per inch in a PDF)."),
                QStringLiteral("WxH")},
            {QStringLiteral("title"), QStringLiteral("The title over the map (default: Incidents)."), QStringLiteral("text")},
            {QStringLiteral("no-control"),
                QStringLiteral("Leave out the areas of control (drawn by default: each series' version in force on the\n"
                               "last day of --date or --until, else today).")},
        });
    FilterOptions::addTo(context, parser);
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("render"),
            QStringLiteral("Draw the incidents (filters as for list) on a map for a briefing: ground, areas of control,\n"
                           "areas and lines, incidents with their precision as known, legend, scale bar, the date or\n"
                           "window, \"data as of\" the database's last change, the sources cited and every layer's\n"
                           "credit. The area: --bbox, else --region's unit or country, else the records'."),
            arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("render: unexpected argument '%1' (use -o FILE)").arg(parser.positionalArguments().first()),
            UsageError);
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        return context.fail(QStringLiteral("render: -o FILE.png, FILE.pdf or FILE.svg is required"), UsageError);
    if (!BriefingMap::formatOf(path))
        return context.fail(QStringLiteral("render: -o '%1' does not end in .png, .pdf or .svg").arg(path), UsageError);
    QSize size(1600, 1000);
    if (parser.isSet(QStringLiteral("size"))) {
        static const QRegularExpression form(QStringLiteral("^(\\d{1,9})[x×](\\d{1,9})$"));
        const auto m = form.match(parser.value(QStringLiteral("size")).trimmed());
        const int width = m.hasMatch() ? m.captured(1).toInt() : 0, height = m.hasMatch() ? m.captured(2).toInt() : 0;
        if (width < kSmallestSide || height < kSmallestSide || width > kLargestSide || height > kLargestSide)
            return context.fail(QStringLiteral("render: --size '%1' is not WIDTHxHEIGHT with each side %2 to %3 pixels")
                                    .arg(parser.value(QStringLiteral("size")).left(40))
                                    .arg(kSmallestSide)
                                    .arg(kLargestSide),
                UsageError);
        size = QSize(width, height);
    }
    QString dateText;
    std::optional<PartialDate> date;
    if (parser.isSet(QStringLiteral("date"))) {
        if (parser.isSet(QStringLiteral("since")) || parser.isSet(QStringLiteral("until")))
            return context.fail(QStringLiteral("render: give --date or --since/--until, not both"), UsageError);
        QString why;
        date = PartialDate::parse(parser.value(QStringLiteral("date")), &why);
        if (!date)
            return context.fail(QStringLiteral("render: --date: %1").arg(why), UsageError);
        dateText = date->toString();
    }
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto filtered = FilterOptions::read(context, parser);
    if (!filtered)
        return context.fail(QStringLiteral("render: %1").arg(filtered.error()));
    IncidentFilter filter = filtered.value();
    if (date) {
        filter.since = date->first();
        filter.until = date->last();
    }
    // The situation at the end of the window: each series' version in force then.
    std::optional<BriefingControlView> control;
    if (!parser.isSet(QStringLiteral("no-control")))
        control = BriefingControlView{filter.until.value_or(QDate::currentDate()), {}, true, true};
    const auto gathered = BriefingData::gather(*store, filter, dateText, control);
    if (!gathered)
        return context.fail(QStringLiteral("render: %1").arg(gathered.error()));
    const BriefingData &data = *gathered.value();

    // The area: the box asked for, else the unit or country, else what the
    // records cover with a margin (a little area at least, so one point is
    // not a map of a square metre), else the whole layer.
    const BoundaryLayer *units = store->layer();
    QRectF bounds;
    if (filter.bbox)
        bounds = *filter.bbox;
    else if (!filter.region.isEmpty() && units)
        bounds = areaOf(*units, filter.region).value_or(QRectF());
    // West beyond east (a negative width) crosses the antimeridian: an area too.
    const auto none = [&bounds] { return bounds.height() <= 0 || bounds.width() == 0; };
    if (none())
        if (const auto covered = data.extent()) {
            const double padX = std::max(0.25, covered->width() * 0.12), padY = std::max(0.2, covered->height() * 0.12);
            bounds = covered->adjusted(-padX, -padY, padX, padY);
        }
    if (none() && units)
        for (const Region &region : units->regions())
            bounds = none() ? region.bounds : bounds.united(region.bounds);
    if (none())
        bounds = QRectF(QPointF(-180, -60), QPointF(180, 80));
    const BriefingPage page
        = data.page(bounds, size, parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : QString());
    const BriefingContent &content = data.content();
    if (auto written = BriefingMap::write(path, content, page); !written)
        return context.fail(QStringLiteral("render: %1").arg(written.error()));
    context.err() << QStringLiteral("rendered %1 incidents to %2 (%3x%4)\n")
                         .arg(content.records.size())
                         .arg(path)
                         .arg(page.size.width())
                         .arg(page.size.height());
    return Success;
}

} // namespace conflictmap::cli
