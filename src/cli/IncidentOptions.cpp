// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "IncidentOptions.h"

#include "CliContext.h"
#include "GeometryOptions.h"

#include <cmath>

namespace conflictmap::cli {

namespace {
using Check = Result<void>;

QCommandLineOption option(const char *name, const char *description, const char *value = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(description), QLatin1String(value))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(description));
}

Check bad(const char *option, const QString &why)
{
    return Check::failure(QStringLiteral("--%1: %2").arg(QLatin1String(option), why));
}

Result<double> number(const QCommandLineParser &parser, const char *name)
{
    const QString text = parser.value(QLatin1String(name));
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return Result<double>::failure(QStringLiteral("--%1: '%2' is not a number").arg(QLatin1String(name), text.left(40)));
    return value;
}

Result<std::optional<qint64>> count(const QCommandLineParser &parser, const char *name)
{
    const QString text = parser.value(QLatin1String(name));
    if (text.isEmpty())
        return std::optional<qint64>(); // --fatalities "" clears the value
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return Result<std::optional<qint64>>::failure(
            QStringLiteral("--%1: '%2' is not a whole number").arg(QLatin1String(name), text.left(40)));
    if (value < 0)
        return Result<std::optional<qint64>>::failure(QStringLiteral("--%1: %2 is negative").arg(QLatin1String(name)).arg(value));
    return std::optional<qint64>(value);
}

} // namespace

void IncidentOptions::addTo(CliContext &context, QCommandLineParser &parser, bool withClaim)
{
    context.addOptions(parser,
        {
            option("type", "Incident type (see conflictmap-cli types).", "type"),
            option("title", "Title, in any language.", "text"),
            option("date", "Date: YYYY, YYYY-MM or YYYY-MM-DD (precision follows).", "date"),
            option("lat", "Latitude, WGS 84 degrees.", "degrees"),
            option("lon", "Longitude, WGS 84 degrees.", "degrees"),
            option("region", "Admin unit (ISO 3166-2, e.g. AZ-FUZ), or a country (AM) when only the country is known.", "code"),
            option("precision",
                "exact (~1 km), near (~nearest town), region or country. Default: near with "
                "--lat/--lon, region with --region, country with a country code.",
                "precision"),
            option("status",
                "reported, claimed, disputed, confirmed or denied (default: claimed with --claimed-by, else reported).",
                "status"),
            option("until", "The last day, month or year of a period the incident spans (\"\" clears it).", "date"),
            option("actor",
                "An actor; repeat for several (on edit, replaces the list). \"a:NAME\" or \"b:NAME\" puts it on a "
                "side; \"NAME (side a, state forces)\", as show prints it, gives its type too.",
                "name"),
            option("description", "Description.", "text"),
            option("fatalities", "Fatalities reported (the best estimate).", "n"),
            option("fatalities-low", "The low end of the sources' fatality estimates.", "n"),
            option("fatalities-high", "The high end of the sources' fatality estimates.", "n"),
            option("equipment", "Equipment deployed.", "text"),
            option("quantity", "Quantity of equipment or units.", "n"),
        });
    context.addOptions(parser,
        GeometryOptions::options(QStringLiteral("A line or area (or several points), instead of --lat/--lon and --region,")));
    if (withClaim) {
        context.addOptions(parser,
            {
                option("source", "Source id the claim rests on; repeat for several (see source add).", "id"),
                option("claimed-by", "Who makes the claim (e.g. a defence ministry), if not the source itself.", "claimant"),
                option("stance", "reports, claims or denies (default: claims with --claimed-by, else reports).", "stance"),
                option("quote", "The words the claim rests on, in their original language.", "text"),
                option("translation", "A translation of the quote.", "text"),
                option("credibility",
                    "How credible the claim is, 1 (confirmed by other sources) to 6 (cannot be judged): the Admiralty "
                    "system's second half (the source's reliability, A-F, is on the source).",
                    "1-6"),
            });
    }
}

Check IncidentOptions::apply(const QCommandLineParser &parser, Incident &incident, bool creating, QString *repair)
{
    auto has = [&](const char *name) { return parser.isSet(QLatin1String(name)); };
    auto value = [&](const char *name) { return parser.value(QLatin1String(name)); };

    if (has("type"))
        incident.type = value("type");
    if (has("title"))
        incident.title = value("title");
    if (has("description"))
        incident.description = value("description");
    if (has("equipment"))
        incident.equipment = value("equipment");
    if (has("actor")) {
        incident.actors.clear();
        for (const QString &text : parser.values(QStringLiteral("actor")))
            incident.actors.push_back(Actor::fromLabel(text));
    }
    if (has("date")) {
        QString why;
        incident.date = PartialDate::parse(value("date"), &why);
        if (!incident.date)
            return bad("date", why);
    }
    if (has("until")) {
        QString why;
        incident.dateUntil = value("until").isEmpty() ? std::nullopt : PartialDate::parse(value("until"), &why);
        if (!incident.dateUntil && !value("until").isEmpty())
            return bad("until", why);
    }
    for (const auto &[name, out] :
        {std::pair{"fatalities", &incident.fatalities}, std::pair{"fatalities-low", &incident.fatalitiesLow},
            std::pair{"fatalities-high", &incident.fatalitiesHigh}, std::pair{"quantity", &incident.quantity}}) {
        if (!has(name))
            continue;
        auto n = count(parser, name);
        if (!n)
            return Check::failure(n.problem());
        *out = *n;
    }

    // Position: the precision follows from what is given unless stated. A
    // line or area places itself: it goes with no other position.
    const bool shaped = has("geojson") || has("wkt");
    if (shaped && (has("lat") || has("lon") || has("region")))
        return bad(has("geojson") ? "geojson" : "wkt",
            QStringLiteral("a line or area is its own position (shown at its representative point, placed in every unit it "
                           "touches): leave out %1")
                .arg(has("region") ? QStringLiteral("--region") : QStringLiteral("--lat and --lon")));
    if (has("repair") && !shaped)
        return bad("repair", QStringLiteral("repairs the geometry of --geojson or --wkt, and neither is given"));
    if (shaped) {
        auto given = GeometryOptions::read(parser);
        if (!given)
            return Check::failure(given.problem());
        auto shape = GeometryOptions::checked(parser, std::move(**given), repair);
        if (!shape)
            return Check::failure(shape.problem());
        incident.shape = std::move(shape.value());
        incident.region.clear(); // found from the shape
        if (!has("precision")
            && (creating || (incident.precision != LocationPrecision::Exact && incident.precision != LocationPrecision::Near)))
            incident.precision = LocationPrecision::Near;
    }
    const bool point = has("lat") || has("lon");
    // A new point or unit replaces a line or area.
    if (point || has("region"))
        incident.shape.reset();
    if (point) {
        if (!has("lat") || !has("lon"))
            return bad(has("lat") ? "lon" : "lat", QStringLiteral("--lat and --lon go together"));
        auto lat = number(parser, "lat");
        if (!lat)
            return Check::failure(lat.problem());
        auto lon = number(parser, "lon");
        if (!lon)
            return Check::failure(lon.problem());
        incident.lat = *lat;
        incident.lon = *lon;
    }
    if (has("region"))
        incident.region = value("region");
    if (has("precision")) {
        auto precision = vocabularyOption<LocationPrecision>(parser, "precision");
        if (!precision)
            return Check::failure(precision.problem());
        incident.precision = *precision;
    } else if (point) {
        if (creating || (incident.precision != LocationPrecision::Exact && incident.precision != LocationPrecision::Near))
            incident.precision = LocationPrecision::Near;
        if (!has("region"))
            incident.region.clear(); // found again from the new point
    } else if (has("region")) {
        incident.precision = incident.region.size() == 2 ? LocationPrecision::Country : LocationPrecision::Region;
    }
    if (creating && !point && !shaped && !has("region"))
        return Check::failure(QStringLiteral("--lat/--lon, --region or --geojson/--wkt: an incident needs a position"));
    if (creating && !point && !shaped
        && (incident.precision == LocationPrecision::Exact || incident.precision == LocationPrecision::Near))
        return bad("precision", QStringLiteral("%1 precision needs --lat and --lon").arg(toString(incident.precision)));
    if (!creating && has("precision") && !point && !has("region")
        && (incident.precision == LocationPrecision::Region || incident.precision == LocationPrecision::Country)
        && incident.region.isEmpty())
        return bad("region", QStringLiteral("region precision needs a region code"));

    if (has("status")) {
        auto status = vocabularyOption<IncidentStatus>(parser, "status");
        if (!status)
            return Check::failure(status.problem());
        incident.status = *status;
    } else if (creating) {
        incident.status = has("claimed-by") ? IncidentStatus::Claimed : IncidentStatus::Reported;
    }
    return {};
}

Result<std::vector<Claim>> IncidentOptions::claims(const QCommandLineParser &parser)
{
    using R = Result<std::vector<Claim>>;
    std::vector<Claim> claims;
    const QStringList sources = parser.values(QStringLiteral("source"));
    const bool claimOptions = parser.isSet(QStringLiteral("claimed-by")) || parser.isSet(QStringLiteral("stance"))
        || parser.isSet(QStringLiteral("quote")) || parser.isSet(QStringLiteral("translation"))
        || parser.isSet(QStringLiteral("credibility"));
    if (sources.isEmpty()) {
        if (claimOptions)
            return R::failure(QStringLiteral("--source: --claimed-by, --stance, --quote, --translation and --credibility "
                                             "describe a claim, which needs the source it rests on"));
        return claims;
    }
    std::optional<int> credibility;
    if (parser.isSet(QStringLiteral("credibility"))) {
        const QString text = parser.value(QStringLiteral("credibility"));
        bool ok = false;
        const int value = text.toInt(&ok);
        if (!ok || value < 1 || value > 6)
            return R::failure(
                QStringLiteral("--credibility: '%1' is not 1 (confirmed) to 6 (cannot be judged)").arg(text.left(20)));
        credibility = value;
    }
    Stance stance = parser.isSet(QStringLiteral("claimed-by")) ? Stance::Claims : Stance::Reports;
    if (parser.isSet(QStringLiteral("stance"))) {
        auto parsed = vocabularyOption<Stance>(parser, "stance");
        if (!parsed)
            return R::failure(parsed.problem());
        stance = *parsed;
    }
    for (const QString &text : sources) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return R::failure(QStringLiteral("--source: '%1' is not a source id").arg(text.left(40)));
        Claim claim;
        claim.sourceId = id;
        claim.claimant = parser.value(QStringLiteral("claimed-by"));
        claim.stance = stance;
        claim.quote = parser.value(QStringLiteral("quote"));
        claim.translation = parser.value(QStringLiteral("translation"));
        claim.credibility = credibility;
        claims.push_back(std::move(claim));
    }
    return claims;
}

} // namespace conflictmap::cli
