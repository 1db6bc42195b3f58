// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "Commands.h"
#include "TableWriter.h"

#include "gazetteer/Gazetteer.h"
#include "gazetteer/PlaceJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace conflictmap::cli {

namespace {
constexpr int kDefaultLimit = 10;
constexpr int kMostResults = 1000;
} // namespace

int placesSearchCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    context.addOptions(parser,
        {
            {QStringLiteral("limit"), QStringLiteral("At most N results (default %1).").arg(kDefaultLimit), QStringLiteral("N")},
            {QStringLiteral("format"), QStringLiteral("table (default) or json."), QStringLiteral("format")},
            {QStringLiteral("language"),
                QStringLiteral("Show names in LANG (hy, az, ru, ka, fa, ar, tr, en…), else the local name."),
                QStringLiteral("LANG")},
            {QStringLiteral("gazetteer"), QStringLiteral("Gazetteer file (default: the bundled regional one)."),
                QStringLiteral("FILE")},
        });
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("A name in any script or spelling; words may follow."));
    int exitCode = Success;
    if (!context.parse(parser, QStringLiteral("places search"),
            QStringLiteral("Places and admin units named like QUERY, best match first, then by population.\n"
                           "Any script or transliteration finds a place (Шуша, Şuşa, Shushi, Շուշի); a typo or two is forgiven."),
            arguments, &exitCode))
        return exitCode;
    const auto format = context.format(parser, false);
    if (!format)
        return UsageError;
    if (parser.positionalArguments().isEmpty())
        return context.fail(QStringLiteral("places search: expects a QUERY"), UsageError);
    int limit = kDefaultLimit;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMostResults)
            return context.fail(QStringLiteral("places search: --limit '%1' is not a number from 1 to %2")
                                    .arg(parser.value(QStringLiteral("limit")).left(40))
                                    .arg(kMostResults),
                UsageError);
    }
    const QString language = parser.value(QStringLiteral("language"));
    const QString path
        = parser.isSet(QStringLiteral("gazetteer")) ? parser.value(QStringLiteral("gazetteer")) : Gazetteer::defaultPath();

    const auto gazetteer = Gazetteer::open(path);
    if (!gazetteer)
        return context.fail(gazetteer.error());
    const auto matches = gazetteer.value()->search(parser.positionalArguments().join(QLatin1Char(' ')), limit);
    if (!matches)
        return context.fail(QStringLiteral("places search: ") + matches.error());

    if (*format == Format::Json) {
        QJsonArray all;
        for (const PlaceMatch &match : matches.value())
            all.append(PlaceJson::of(*gazetteer.value(), match, language));
        context.out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return Success;
    }
    TableWriter table({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("country"), QStringLiteral("admin unit"),
        QStringLiteral("population"), QStringLiteral("lon"), QStringLiteral("lat"), QStringLiteral("geonameid"),
        QStringLiteral("match")});
    for (const PlaceMatch &match : matches.value()) {
        const GazetteerEntry &entry = *match.entry;
        const GazetteerEntry *unit = gazetteer.value()->adminUnit(entry.adminCode);
        const bool place = entry.kind == GazetteerEntry::Kind::Place;
        table.addRow({entry.displayName(language), place ? QStringLiteral("place") : QStringLiteral("admin unit"), entry.country,
            unit ? QStringLiteral("%1 %2").arg(entry.adminCode, unit->displayName(language)) : entry.adminCode,
            QString::number(entry.population), QString::number(entry.lon, 'f', 4), QString::number(entry.lat, 'f', 4),
            place ? QString::number(entry.geonameid) : QString(), PlaceJson::matchName(match.quality)});
    }
    table.write(context.out());
    return Success;
}

} // namespace conflictmap::cli
