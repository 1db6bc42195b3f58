// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Commands.h"

#include "CliContext.h"

namespace conflictmap::cli {

namespace {
// "  source add          record a source (prints its id)": one line of a
// listing, the name padded to a column.
QString listingLine(const QString &name, const QString &summary)
{
    return QStringLiteral("  %1%2\n").arg(name.size() < 20 ? name : name + QLatin1Char(' '), -20).arg(summary);
}

// The usage lines of 'command' and its subcommands, their names after 'prefix'.
QString listing(const Command &command, const QString &prefix)
{
    const QString name = (prefix + QLatin1Char(' ') + command.name).trimmed();
    QString text;
    if (command.run)
        text += listingLine((name + QLatin1Char(' ') + command.arguments).trimmed(), command.summary);
    for (const Command &sub : command.subcommands)
        text += listing(sub, name);
    return text;
}

QString groupHelp(const Command &group)
{
    return QStringLiteral("Usage: conflictmap-cli %1 COMMAND [options]\n%2\n\nCommands:\n%3\n"
                          "Each command takes --help: conflictmap-cli %1 %4 --help\n")
        .arg(group.name, group.summary, listing(group, QString()), group.subcommands.front().name);
}

int runGroup(CliContext &context, const Command &group, const QStringList &arguments)
{
    const QString first = arguments.value(0);
    QStringList names;
    for (const Command &sub : group.subcommands) {
        if (sub.name == first)
            return sub.run(context, arguments.mid(1));
        names << sub.name;
    }
    if (group.run)
        return group.run(context, arguments);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        context.out() << groupHelp(group);
        return Success;
    }
    // "add or list?", "add, list, show, get or verify?"
    const QString choices = names.size() < 2
        ? names.join(QString())
        : names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + names.last();
    return context.fail(first.isEmpty()
            ? QStringLiteral("%1: %2? (see conflictmap-cli %1 --help)").arg(group.name, choices)
            : QStringLiteral("%1: unknown subcommand '%2' (%3)").arg(group.name, first, names.join(QStringLiteral(", "))),
        UsageError);
}
} // namespace

const std::vector<Command> &commands()
{
    static const QString incidents = QStringLiteral("incidents"), sources = QStringLiteral("sources"),
                         data = QStringLiteral("data"), database = QStringLiteral("database"), places = QStringLiteral("places"),
                         territory = QStringLiteral("territory");
    static const std::vector<Command> table{
        {"add", {}, "record an incident, deployment or statement (prints its id)", addCommand, {}, incidents},
        {"edit", "ID", "change an incident", editCommand, {}, incidents},
        {"show", "ID", "an incident with its claims and sources", showCommand, {}, incidents},
        {"delete", "ID", "delete an incident and its claims", deleteCommand, {}, incidents},
        {"list", {}, "incidents, filtered by region, type, status, dates, box, text", listCommand, {}, incidents},
        {"claim", {}, "Claims: a source's word on an incident, who gives it, its stance and quote.", nullptr,
            {{"add", "ID", "add a claim (a source's word) to an incident", addClaimCommand, {}, {}},
                {"delete", "ID", "delete a claim", deleteClaimCommand, {}, {}},
                {"grade", "ID CREDIBILITY", "set how credible a claim is: 1 (confirmed) to 6, or none", gradeClaimCommand, {},
                    {}}},
            incidents},
        {"source", {}, "Sources: the articles, broadcasts and posts that claims rest on.", nullptr,
            {{"add", {}, "record a source, with its document (--file) kept byte for byte (prints its id)", addSourceCommand, {},
                 {}},
                {"list", {}, "the sources", listSourcesCommand, {}, {}},
                {"show", "ID", "a source and its stored document (SHA-256, type, size)", showSourceCommand, {}, {}},
                {"get", "ID", "write a source's stored document, byte for byte (-o FILE)", getSourceCommand, {}, {}},
                {"verify", {}, "hash every stored document again; exit 1 if one changed", verifySourcesCommand, {}, {}},
                {"grade", "ID RELIABILITY", "set how reliable a source is: A (completely) to F, or none", gradeSourceCommand, {},
                    {}}},
            sources},
        {"area", {}, "Territorial control: dated versions of the area a party holds, assessed or claimed.", nullptr,
            {{"add", {}, "record the area a party holds on a day (prints its id)", areaAddCommand, {}, {}},
                {"import", "FILE", "versions of a party's area from any vector file (GeoJSON, KML...)", areaImportCommand, {},
                    {}},
                {"at", "DATE", "the situation on a day, one area per series, in km²", areaAtCommand, {}, {}},
                {"change", {}, "km² gained, lost and net between two days", areaChangeCommand, {}, {}},
                {"list", {}, "the series: each party's assessment and each claimant's", areaListCommand, {}, {}},
                {"delete", "ID", "delete a version", areaDeleteCommand, {}, {}}},
            territory},
        {"party", {}, "Parties: who holds territory, and the colour it is drawn in.", nullptr,
            {{"list", {}, "the parties and their colours", partyListCommand, {}, {}},
                {"color", "NAME COLOR", "change a party's colour (#rrggbb)", partyColorCommand, {}, {}}},
            territory},
        {"export", "[-o FILE | --bundle FILE.zip]",
            "incidents as RFC 7946 GeoJSON (filters as for list), or sealed with their source documents", exportCommand, {},
            data},
        {"verify-bundle", "FILE.zip", "check a bundle from export --bundle against its manifest, offline", verifyBundleCommand,
            {}, data},
        {"import", "FILE", "incidents from GeoJSON, KML/KMZ, GeoPackage, Shapefile, GPX..., all or nothing", importCommand, {},
            data},
        {"render", "-o FILE.(png|pdf|svg)",
            "a map of the incidents for a briefing: legend, scale, sources, credits (filters as for list)", renderCommand, {},
            data},
        {"match", "--with FILE.csv --format acled|ucdp [--km N --days N]",
            "which of our records an ACLED or UCDP file also has, and those only one side has", matchCommand, {}, data},
        {"init", "[--sample]", "create or upgrade the database (no other command creates one)", initCommand, {}, database},
        {"types", {}, "the incident types", typesCommand, {{"add", "NAME", "add an incident type", addTypeCommand, {}, {}}},
            database},
        {"user", {}, "Users of a team (server) database and their roles, enforced by the server.", nullptr,
            {{"add", "NAME --role ROLE", "add a user as viewer, analyst, reviewer or admin", userAddCommand, {}, {}},
                {"list", {}, "the users and their roles", userListCommand, {}, {}},
                {"role", "NAME ROLE", "change a user's role", userRoleCommand, {}, {}}},
            database},
        {"history", "[ID]", "every change (or an incident's): who, when, why, what changed", historyCommand, {}, database},
        {"restore", "CHANGE", "make an incident what a change left it (undelete), as a new change", restoreCommand, {}, database},
        {"copy", "--from DB --to DB", "a whole database into a new or empty one, file or server, losslessly", copyCommand, {},
            database},
        {"regions", {}, "the admin units with their names and incident counts", regionsCommand, {}, database},
        {"region-at", "LON LAT", "the admin unit containing a point (negative numbers work)", regionAtCommand, {}, database},
        {"places", {}, "Places: the towns, villages and admin units of the gazetteer, by any of their names.", nullptr,
            {{"search", "QUERY", "places named like QUERY in any script or spelling (no database needed)", placesSearchCommand,
                 {}, {}},
                {"find", "FILE | --source ID", "the places a text names, with their offsets and a confidence", placesFindCommand,
                    {}, {}}},
            places},
    };
    return table;
}

QString usage()
{
    QString text = QStringLiteral("usage: conflictmap-cli [--db PATH] [--layer PATH] COMMAND [options]\n\n");
    QString section;
    for (const Command &command : commands()) {
        if (command.section != section) {
            section = command.section;
            text += QStringLiteral("%1:\n").arg(section);
        }
        text += listing(command, QString());
    }
    return text + QStringLiteral(R"(
global options:
  --db PATH|URI       incident database: an SQLite file or a PostgreSQL URI
                      (postgresql://HOST/NAME, postgresql:///NAME?host=/run/…;
                      passwords from ~/.pgpass or $PGPASSWORD) (default:
                      $CONFLICTMAP_DB, else ~/.local/share/conflictmap/incidents.sqlite)
  --layer PATH        boundary layer, any GDAL vector dataset (default: bundled)
  --reason TEXT       why: kept in the history with each change the command makes

Every command takes --help. Exit status: 0 done, 1 bad input or failure (the
database is left unchanged), 2 usage error.
)");
}

int runCommand(CliContext &context, const QStringList &arguments)
{
    const QString name = arguments.value(0);
    if (name.isEmpty()) {
        context.err() << usage();
        return UsageError;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        context.out() << usage();
        return Success;
    }
    for (const Command &command : commands())
        if (command.name == name)
            return command.subcommands.empty() ? command.run(context, arguments.mid(1))
                                               : runGroup(context, command, arguments.mid(1));
    return context.fail(QStringLiteral("unknown command '%1' (see conflictmap-cli --help)").arg(name), UsageError);
}

} // namespace conflictmap::cli
