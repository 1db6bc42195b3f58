#pragma once

#include "Result.h"
#include "model/Incident.h"

#include <QCommandLineParser>

namespace conflictmap::cli {

class CliContext;

// The options that describe an incident, shared by `add` and `edit`:
// --type --title --date --lat --lon --region --precision --status --actor...
// --description --fatalities --equipment --quantity, and the claim options
// --source... --claimed-by --stance --quote --translation.
namespace IncidentOptions {
void addTo(CliContext &context, QCommandLineParser &parser, bool withClaim);
// Sets on 'incident' what the options give; for `add` ('creating') also the
// defaults. Errors name the option: "--lat: 'abc' is not a number".
Result<void> apply(const QCommandLineParser &parser, Incident &incident, bool creating);
// The claim options, for `add` and `claim add`: one claim per --source.
Result<std::vector<Claim>> claims(const QCommandLineParser &parser);
} // namespace IncidentOptions

} // namespace conflictmap::cli
