// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "FilterOptions.h"
#include "TableWriter.h"

#include "io/AcledImport.h"
#include "io/EventMatch.h"
#include "io/UcdpImport.h"
#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace conflictmap::cli {

namespace {

QString typeText(EventPair::Type type)
{
    switch (type) {
    case EventPair::Type::Same:
        return QStringLiteral("same");
    case EventPair::Type::SameFamily:
        return QStringLiteral("family");
    case EventPair::Type::Different:
        break;
    }
    return QStringLiteral("different");
}

QString periodText(const Incident &incident)
{
    return PartialDate::rangeText(*incident.date, incident.dateUntil);
}

// The dataset's own id for a record: ours by number, theirs by theirs.
QString theirId(const Incident &incident)
{
    return incident.importId;
}

QJsonObject recordJson(const Incident &incident, bool ours)
{
    return {{"id", ours ? QJsonValue(incident.id) : QJsonValue(theirId(incident))}, {"date", periodText(incident)},
        {"type", incident.type}, {"title", incident.title}, {"lon", incident.lon}, {"lat", incident.lat},
        {"precision", toString(incident.precision)}};
}

// Where and when theirs are: their days widened by the days allowed, their
// box by the distance allowed, and the units and countries they lie in.
struct TheirArea {
    QRectF box;
    QSet<QString> units;
    // Whether one of ours is in it: in the box, or known to a unit or
    // country of theirs (its point, a unit's, may lie outside the box).
    bool holds(const Incident &incident) const
    {
        return box.contains(QPointF(incident.lon, incident.lat)) || units.contains(incident.region);
    }
};

TheirArea narrowToTheirs(IncidentFilter &filter, const std::vector<Incident> &theirs, const EventMatchOptions &options)
{
    QDate first = theirs.front().date->first(), last = first;
    double west = 180, east = -180, south = 90, north = -90;
    TheirArea area;
    for (const Incident &t : theirs) {
        first = std::min(first, t.date->first());
        last = std::max(last, t.dateUntil ? t.dateUntil->last() : t.date->last());
        west = std::min(west, t.lon);
        east = std::max(east, t.lon);
        south = std::min(south, t.lat);
        north = std::max(north, t.lat);
        if (!t.region.isEmpty()) {
            area.units.insert(t.region);
            area.units.insert(t.region.section(QLatin1Char('-'), 0, 0));
        }
    }
    if (!filter.since)
        filter.since = first.addDays(-options.days);
    if (!filter.until)
        filter.until = last.addDays(options.days);
    // A degree of latitude is 111 km; of longitude less, towards the poles.
    const double dLat = options.km / 111.0;
    const double dLon = dLat / std::max(0.05, std::cos(std::max(std::abs(south), std::abs(north)) * M_PI / 180));
    area.box = QRectF(QPointF(std::max(-180.0, west - dLon), std::max(-90.0, south - dLat)),
        QPointF(std::min(180.0, east + dLon), std::min(90.0, north + dLat)));
    return area;
}

} // namespace

int matchCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("with"), QStringLiteral("The dataset's CSV file to compare with."), QStringLiteral("file")},
            {QStringLiteral("format"), QStringLiteral("acled or ucdp: the file's columns (as import --format reads them)."),
                QStringLiteral("format")},
            {QStringLiteral("km"), QStringLiteral("How far apart the same event may be placed (default 25)."),
                QStringLiteral("n")},
            {QStringLiteral("days"), QStringLiteral("How many days apart the same event may be dated (default 3)."),
                QStringLiteral("n")},
            {QStringLiteral("output"), QStringLiteral("table (default) or json."), QStringLiteral("format")},
        });
    FilterOptions::addTo(context, parser);
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("match"),
            QStringLiteral("List our records and the dataset's that are likely the same event (near enough, close\n"
                           "enough in time; scored by distance, days apart, type and actors in common), then\n"
                           "those only we have and those only they have. All ours in their days (widened by\n"
                           "--days) are compared; only ours are listed where theirs are (their box widened by\n"
                           "--km, or their units) unless filters choose the area. Records imported from that\n"
                           "dataset are left out of ours."),
            arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("match: unexpected argument '%1'").arg(parser.positionalArguments().first()), UsageError);
    if (!parser.isSet(QStringLiteral("with")))
        return context.fail(QStringLiteral("match: --with FILE is required"), UsageError);
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (format != QLatin1String("acled") && format != QLatin1String("ucdp"))
        return context.fail(QStringLiteral("match: --format must be acled or ucdp"), UsageError);
    const QString output = parser.value(QStringLiteral("output")).toLower();
    if (!output.isEmpty() && output != QLatin1String("table") && output != QLatin1String("json"))
        return context.fail(QStringLiteral("match: --output '%1' is not table or json").arg(output.left(40)), UsageError);
    EventMatchOptions options;
    if (parser.isSet(QStringLiteral("km"))) {
        bool ok = false;
        options.km = parser.value(QStringLiteral("km")).toDouble(&ok);
        if (!ok || !(options.km >= 0) || options.km > 20000)
            return context.fail(QStringLiteral("match: --km '%1' is not a distance from 0 to 20000")
                                    .arg(parser.value(QStringLiteral("km")).left(40)),
                UsageError);
    }
    if (parser.isSet(QStringLiteral("days"))) {
        bool ok = false;
        options.days = parser.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || options.days < 0 || options.days > 3650)
            return context.fail(QStringLiteral("match: --days '%1' is not a whole number from 0 to 3650")
                                    .arg(parser.value(QStringLiteral("days")).left(40)),
                UsageError);
    }
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto filter = FilterOptions::read(context, parser);
    if (!filter)
        return context.fail(filter.error());

    const CsvImport::Format &dataset = format == QLatin1String("acled") ? AcledImport::format() : UcdpImport::format();
    const auto theirs = CsvImport::readFile(parser.value(QStringLiteral("with")), dataset, store->layer());
    if (!theirs)
        return context.fail(QStringLiteral("match: %1").arg(theirs.error()));
    if (theirs->empty())
        return context.fail(QStringLiteral("match: %1: no records to compare").arg(parser.value(QStringLiteral("with"))));
    // Ours in their days; all of those are compared, those only we have are
    // listed where theirs are (unless the filters chose the area).
    const bool areaChosen = filter->bbox || !filter->region.isEmpty();
    const TheirArea area = narrowToTheirs(filter.value(), theirs.value(), options);
    auto found = store->incidents(filter.value());
    if (!found)
        return context.fail(found.error());
    std::vector<Incident> ours;
    for (Incident &incident : found.value())
        if (incident.importDataset != dataset.dataset)
            ours.push_back(std::move(incident));

    std::map<QString, QString> families;
    for (const IncidentType &type : store->incidentTypes())
        families[type.name] = type.family;
    EventMatches matches = EventMatch::match(ours, theirs.value(), options, [&](const QString &type) {
        const auto it = families.find(type);
        return it == families.end() ? QString() : it->second;
    });
    if (!areaChosen)
        matches.onlyOurs.erase(
            std::remove_if(matches.onlyOurs.begin(), matches.onlyOurs.end(), [&](size_t i) { return !area.holds(ours[i]); }),
            matches.onlyOurs.end());

    if (output == QLatin1String("json")) {
        QJsonArray pairs, onlyOurs, onlyTheirs;
        for (const EventPair &pair : matches.pairs)
            pairs.append(QJsonObject{{"score", std::round(pair.score * 100) / 100}, {"ours", recordJson(ours[pair.ours], true)},
                {"theirs", recordJson(theirs.value()[pair.theirs], false)}, {"km", std::round(pair.km * 10) / 10},
                {"same_unit", pair.sameUnit}, {"days_apart", pair.daysApart}, {"type", typeText(pair.type)},
                {"shared_actors", QJsonArray::fromStringList(pair.sharedActors)}});
        for (size_t i : matches.onlyOurs)
            onlyOurs.append(recordJson(ours[i], true));
        for (size_t i : matches.onlyTheirs)
            onlyTheirs.append(recordJson(theirs.value()[i], false));
        context.out() << QJsonDocument(QJsonObject{{"dataset", dataset.dataset}, {"km", options.km}, {"days", options.days},
                                           {"matched", pairs}, {"only_ours", onlyOurs}, {"only_theirs", onlyTheirs}})
                             .toJson(QJsonDocument::Indented);
        return Success;
    }
    QTextStream &out = context.out();
    out << QStringLiteral("likely the same event (%1, within %2 km and %3 %4):\n")
               .arg(matches.pairs.size())
               .arg(options.km)
               .arg(options.days)
               .arg(options.days == 1 ? QStringLiteral("day") : QStringLiteral("days"));
    TableWriter matched({QStringLiteral("score"), QStringLiteral("ours"), QStringLiteral("theirs"), QStringLiteral("km"),
        QStringLiteral("days"), QStringLiteral("type"), QStringLiteral("actors in common"), QStringLiteral("our title")});
    for (const EventPair &pair : matches.pairs)
        matched.addRow(
            {QString::number(pair.score, 'f', 2), QString::number(ours[pair.ours].id), theirId(theirs.value()[pair.theirs]),
                pair.sameUnit ? QStringLiteral("same unit") : QString::number(pair.km, 'f', 1), QString::number(pair.daysApart),
                typeText(pair.type), pair.sharedActors.join(QStringLiteral("; ")), ours[pair.ours].title});
    if (!matches.pairs.empty())
        matched.write(out);
    const auto writeOnly
        = [&](const QString &heading, const std::vector<size_t> &indexes, const std::vector<Incident> &records, bool ourRecords) {
              out << '\n' << heading.arg(indexes.size()) << '\n';
              if (indexes.empty())
                  return;
              TableWriter table({QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("title")});
              for (size_t i : indexes)
                  table.addRow({ourRecords ? QString::number(records[i].id) : theirId(records[i]), periodText(records[i]),
                      records[i].type, records[i].title});
              table.write(out);
          };
    writeOnly(QStringLiteral("only ours (%1):"), matches.onlyOurs, ours, true);
    writeOnly(QStringLiteral("only theirs (%1):"), matches.onlyTheirs, theirs.value(), false);
    return Success;
}

} // namespace conflictmap::cli
