// conflictmap-cli: the conflictmap core from the command line.
#include "CliContext.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>

namespace {
const char *kUsage = R"(usage: conflictmap-cli [--db PATH] [--layer PATH] COMMAND [options]

incidents:
  add                 record an incident, deployment or statement (prints its id)
  edit ID             change an incident
  show ID             an incident with its claims and sources
  delete ID           delete an incident and its claims
  list                incidents, filtered by region, type, status, dates, box, text
  claim add ID        add a claim (a source's word) to an incident
  claim delete ID     delete a claim
sources:
  source add          record a source (prints its id)
  source list         the sources
data:
  export [-o FILE]    incidents as RFC 7946 GeoJSON (filters as for list)
  import FILE         a GeoJSON FeatureCollection of points, all or nothing
database:
  init [--sample]     create or upgrade the database (no other command creates
                      one); --sample loads the sample data
  types [add NAME]    the incident types; add one
  regions             the admin units with their names and incident counts
  region-at LON LAT   the admin unit containing a point (negative numbers work)

global options:
  --db PATH           incident database (default: $CONFLICTMAP_DB, else
                      ~/.local/share/conflictmap/incidents.sqlite)
  --layer PATH        boundary layer, any GDAL vector dataset (default: bundled)

Every command takes --help. Exit status: 0 done, 1 bad input or failure (the
database is left unchanged), 2 usage error.
)";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    conflictmap::cli::CliContext context(out, err);

    if (!context.takeGlobalOptions(arguments))
        return context.fail(QStringLiteral("--db and --layer need a value"), conflictmap::cli::UsageError);
    if (arguments.isEmpty()) {
        err << kUsage;
        return conflictmap::cli::UsageError;
    }
    if (arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || arguments.first() == QLatin1String("help")) {
        out << kUsage;
        return conflictmap::cli::Success;
    }
    using Command = std::function<int(conflictmap::cli::CliContext &, const QStringList &)>;
    using namespace conflictmap::cli;
    const std::map<QString, Command> commands{
        {"add", addCommand},
        {"edit", editCommand},
        {"show", showCommand},
        {"delete", deleteCommand},
        {"list", listCommand},
        {"claim", claimCommand},
        {"source", sourceCommand},
        {"init", initCommand},
        {"types", typesCommand},
        {"regions", regionsCommand},
        {"region-at", regionAtCommand},
        {"export", exportCommand},
        {"import", importCommand},
    };
    const QString name = arguments.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end())
        return context.fail(QStringLiteral("unknown command '%1' (see conflictmap-cli --help)").arg(name), UsageError);
    const int code = command->second(context, arguments);
    out.flush();
    return code;
}
