// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "model/Incident.h"

#include <QCommandLineParser>

namespace conflictmap::cli {

class CliContext;

// The options that describe an incident, shared by `add` and `edit`:
// --type --title --date --lat --lon --region --precision --status --actor...
// --description --fatalities --equipment --quantity, a line or area
// (--geojson FILE|- or --wkt TEXT, --repair), and the claim options
// --source... --claimed-by --stance --quote --translation.
namespace IncidentOptions {
void addTo(CliContext &context, QCommandLineParser &parser, bool withClaim);
// Sets on 'incident' what the options give; for `add` ('creating') also the
// defaults. Errors name the option: "--lat: 'abc' is not a number". A
// geometry repaired (--repair) sets *repair to what changed, to be said
// once it is stored. A new point or unit replaces a line or area.
Result<void> apply(const QCommandLineParser &parser, Incident &incident, bool creating, QString *repair = nullptr);
// The claim options, for `add` and `claim add`: one claim per --source.
Result<std::vector<Claim>> claims(const QCommandLineParser &parser);
} // namespace IncidentOptions

// The value of option --'name' as a word of a vocabulary; the error lists
// the words there are.
template <typename Enum>
Result<Enum> vocabularyOption(const QCommandLineParser &parser, const char *name)
{
    const QString text = parser.value(QLatin1String(name));
    auto value = parseVocabulary<Enum>(text);
    if (!value)
        return Result<Enum>::failure(
            QStringLiteral("--%1: '%2' is not one of %3")
                .arg(QLatin1String(name), text.left(40), vocabularyNames<Enum>().join(QStringLiteral(", "))));
    return *value;
}

} // namespace conflictmap::cli
