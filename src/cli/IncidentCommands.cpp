// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "IncidentOptions.h"
#include "IncidentOutput.h"

#include "geo/PositionCheck.h"
#include "model/Grading.h"
#include "store/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace conflictmap::cli {

namespace {
// Parses "COMMAND ID [options]": the one positional argument as an id.
std::optional<qint64> onePositionalId(
    CliContext &context, const QCommandLineParser &parser, const QString &command, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *exitCode = context.fail(
            QStringLiteral("%1: expects one id, got %2 arguments").arg(command).arg(positional.size()), UsageError);
        return std::nullopt;
    }
    auto id = parseId(positional.first());
    if (!id)
        *exitCode = context.fail(QStringLiteral("%1: '%2' is not an id").arg(command, positional.first().left(40)), Failure);
    return id;
}

const QCommandLineOption kIfVersionOption(QStringLiteral("if-version"),
    QStringLiteral("Only if the incident is still at version N (show --format json prints it): refused, "
                   "saying who changed it, when someone changed it since."),
    QStringLiteral("N"));

// The version given with --if-version: nullopt and *ok when none is.
std::optional<qint64> ifVersion(CliContext &context, const QCommandLineParser &parser, const QString &command, int *exitCode)
{
    if (!parser.isSet(kIfVersionOption))
        return std::nullopt;
    const auto version = parseId(parser.value(kIfVersionOption));
    if (!version)
        *exitCode = context.fail(QStringLiteral("%1: --if-version takes a version number (1 or more), not '%2'")
                                     .arg(command, parser.value(kIfVersionOption).left(40)),
            UsageError);
    return version;
}

// Stored as given, but a point in no unit of the layer is worth a second
// look, and so is a line or area that touches none; a repaired geometry
// says what changed.
void reportStored(CliContext &context, const QCommandLineParser &parser, qint64 id, const QString &repair)
{
    if (!repair.isEmpty())
        context.err() << "repaired: " << repair << '\n';
    if (parser.isSet(QStringLiteral("geojson")) || parser.isSet(QStringLiteral("wkt"))) {
        const auto stored = context.store()->incident(id);
        if (stored && stored->region.isEmpty())
            context.warn(QStringLiteral("the %1 touches no unit of the boundary layer")
                             .arg(stored->shape && stored->shape->isAreal() ? QStringLiteral("area") : QStringLiteral("line")));
        return;
    }
    const auto incident = context.store()->incident(id);
    if (!parser.isSet(QStringLiteral("lat")) || !context.layer() || !incident)
        return;
    const QString warning = PositionCheck::warning(
        *context.layer(), incident->lat, incident->lon, QStringLiteral("--lat"), QStringLiteral("--lon"));
    if (!warning.isEmpty())
        context.warn(warning);
}

} // namespace

int addClaimCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("source"), QStringLiteral("Source id the claim rests on (required; repeat for several)."),
                QStringLiteral("id")},
            {QStringLiteral("claimed-by"), QStringLiteral("Who makes the claim, if not the source itself."),
                QStringLiteral("claimant")},
            {QStringLiteral("stance"),
                QStringLiteral("reports, claims or denies (default: claims with --claimed-by, else reports)."),
                QStringLiteral("stance")},
            {QStringLiteral("quote"), QStringLiteral("The words it rests on, in their original language."),
                QStringLiteral("text")},
            {QStringLiteral("translation"), QStringLiteral("A translation of the quote."), QStringLiteral("text")},
            {QStringLiteral("credibility"), QStringLiteral("How credible it is, 1 (confirmed) to 6 (cannot be judged)."),
                QStringLiteral("1-6")},
        });
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("claim add"), QStringLiteral("Add a claim to incident ID; prints the claim's id."),
            arguments, &exitCode))
        return exitCode;
    const auto incidentId = onePositionalId(context, parser, QStringLiteral("claim add"), &exitCode);
    if (!incidentId)
        return exitCode;
    if (!parser.isSet(QStringLiteral("source")))
        return context.fail(QStringLiteral("claim add: --source is required"), UsageError);
    auto claims = IncidentOptions::claims(parser);
    if (!claims)
        return context.fail(claims.error());
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    // Several claims at once: all or none.
    std::vector<qint64> ids;
    auto written = store->writeAll([&]() -> Result<void> {
        for (const Claim &claim : claims.value()) {
            auto id = store->addClaim(*incidentId, claim);
            if (!id)
                return Result<void>::failure(id.problem());
            ids.push_back(id.value());
        }
        return {};
    });
    if (!written)
        return context.fail(written.error());
    for (qint64 id : ids)
        context.out() << id << '\n';
    return Success;
}

int deleteClaimCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("claim delete"), QStringLiteral("Delete claim ID."), arguments, &exitCode))
        return exitCode;
    const auto id = onePositionalId(context, parser, QStringLiteral("claim delete"), &exitCode);
    if (!id)
        return exitCode;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto deleted = store->deleteClaim(*id);
    return deleted ? Success : context.fail(deleted.error());
}

int gradeClaimCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("The claim."), QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("credibility"), QStringLiteral("1 (confirmed) to 6 (cannot be judged), or none."),
        QStringLiteral("CREDIBILITY"));
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("claim grade"),
            QStringLiteral("Set how credible claim ID is (the Admiralty system's 1-6), or none; kept in the history."), arguments,
            &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return context.fail(QStringLiteral("claim grade: expects a claim ID and a credibility (1-6 or none)"), UsageError);
    const auto id = parseId(positional[0]);
    if (!id)
        return context.fail(QStringLiteral("claim grade: '%1' is not a claim id").arg(positional[0].left(40)), UsageError);
    std::optional<int> credibility;
    if (positional[1] != QLatin1String("none")) {
        bool ok = false;
        credibility = positional[1].toInt(&ok);
        if (!ok)
            return context.fail(
                QStringLiteral("claim grade: '%1' is not a credibility: 1 (confirmed) to 6 (cannot be judged), or none")
                    .arg(positional[1].left(20)),
                UsageError);
    }
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto graded = store->setCredibility(*id, credibility);
    if (!graded)
        return context.fail(QStringLiteral("claim grade: ") + graded.error());
    context.out() << (credibility ? QStringLiteral("claim %1: credibility %2 (%3)\n")
                                        .arg(*id)
                                        .arg(*credibility)
                                        .arg(Grading::credibilityName(credibility))
                                  : QStringLiteral("claim %1: no credibility\n").arg(*id));
    return Success;
}

int addCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    IncidentOptions::addTo(context, parser, true);
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("add"),
            QStringLiteral("Record an incident, deployment or statement; prints its id.\n"
                           "Needs --type, --title, --date and a position (--lat and --lon, --region, or a line or\n"
                           "area: --geojson FILE|- or --wkt TEXT)."),
            arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(
            QStringLiteral("add: unexpected argument '%1'").arg(parser.positionalArguments().first()), UsageError);
    for (const char *required : {"type", "title", "date"})
        if (!parser.isSet(QLatin1String(required)))
            return context.fail(QStringLiteral("add: --%1 is required").arg(QLatin1String(required)), UsageError);
    Incident incident;
    QString repair;
    if (auto applied = IncidentOptions::apply(parser, incident, true, &repair); !applied)
        return context.fail(applied.error());
    auto claims = IncidentOptions::claims(parser);
    if (!claims)
        return context.fail(claims.error());
    incident.claims = claims.value();
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto id = store->addIncident(incident);
    if (!id)
        return context.fail(id.error());
    reportStored(context, parser, id.value(), repair);
    context.out() << id.value() << '\n';
    return Success;
}

int editCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    IncidentOptions::addTo(context, parser, false);
    context.addOptions(parser, {kIfVersionOption});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("edit"),
            QStringLiteral("Change incident ID: only the options given change (\"\" clears an optional field).\n"
                           "Claims are changed with claim add and claim delete."),
            arguments, &exitCode))
        return exitCode;
    const auto id = onePositionalId(context, parser, QStringLiteral("edit"), &exitCode);
    if (!id)
        return exitCode;
    const auto version = ifVersion(context, parser, QStringLiteral("edit"), &exitCode);
    if (exitCode != Success)
        return exitCode;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto incident = store->incident(*id);
    if (!incident)
        return context.fail(QStringLiteral("edit: there is no incident %1").arg(*id));
    if (version)
        incident->version = *version;
    QString repair;
    if (auto applied = IncidentOptions::apply(parser, *incident, false, &repair); !applied)
        return context.fail(applied.error());
    auto updated = store->updateIncident(*incident);
    if (!updated)
        return context.fail(updated.error());
    reportStored(context, parser, *id, repair);
    return Success;
}

int showCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(
        parser, {{QStringLiteral("format"), QStringLiteral("table (default) or json."), QStringLiteral("format")}});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("show"), QStringLiteral("Show incident ID with its claims and sources."), arguments,
            &exitCode))
        return exitCode;
    const auto format = context.format(parser, false);
    if (!format)
        return UsageError;
    const auto id = onePositionalId(context, parser, QStringLiteral("show"), &exitCode);
    if (!id)
        return exitCode;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    const auto incident = store->incident(*id);
    if (!incident)
        return context.fail(QStringLiteral("show: there is no incident %1").arg(*id));
    // Each claim's quote looked up in its source's text.
    const std::vector<std::optional<bool>> quoteInSource = store->quotesInSources(incident->claims);
    if (*format == Format::Json) {
        QJsonObject object = IncidentOutput::json(*incident, context.layer());
        QJsonArray sources = object.value("sources").toArray();
        for (qsizetype i = 0; i < sources.size() && size_t(i) < quoteInSource.size(); ++i) {
            QJsonObject source = sources[i].toObject();
            const auto found = quoteInSource[size_t(i)];
            source.insert("quote_in_source", found ? QJsonValue(*found) : QJsonValue());
            sources[i] = source;
        }
        object.insert("sources", sources);
        context.out() << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        IncidentOutput::writeDetails(context.out(), *incident, context.layer(), quoteInSource);
    }
    return Success;
}

int deleteCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser, {kIfVersionOption});
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("delete"), QStringLiteral("Delete incident ID with its claims (its sources stay)."),
            arguments, &exitCode))
        return exitCode;
    const auto id = onePositionalId(context, parser, QStringLiteral("delete"), &exitCode);
    if (!id)
        return exitCode;
    const auto version = ifVersion(context, parser, QStringLiteral("delete"), &exitCode);
    if (exitCode != Success)
        return exitCode;
    IncidentStore *store = context.store();
    if (!store)
        return context.fail(context.openError());
    auto deleted = store->deleteIncident(*id, version);
    return deleted ? Success : context.fail(deleted.error());
}

} // namespace conflictmap::cli
