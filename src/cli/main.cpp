// conflictmap-cli: the conflictmap core from the command line.
#include "RegionCommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

namespace {
const char *kUsage = R"(usage: conflictmap-cli COMMAND [options]

commands:
  region-at LON LAT   the admin unit containing a WGS 84 point
                      (use -- before a negative longitude)
  regions             every admin unit of the boundary layer: code, names

options:
  --layer PATH        boundary layer, any GDAL vector dataset (default: bundled)
  --json              JSON output
)";
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);

    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")) {
        std::fputs(kUsage, arguments.isEmpty() ? stderr : stdout);
        return arguments.isEmpty() ? 2 : 0;
    }
    using Command = std::function<std::optional<conflictmap::cli::CliError>(const QStringList &, QTextStream &)>;
    const std::map<QString, Command> commands{{QStringLiteral("region-at"), conflictmap::cli::regionAt},
                                              {QStringLiteral("regions"), conflictmap::cli::listRegions}};
    const QString name = arguments.takeFirst();
    const auto command = commands.find(name);
    if (command == commands.end()) {
        std::fprintf(stderr, "conflictmap-cli: unknown command '%s' (see conflictmap-cli --help)\n", qPrintable(name));
        return 2;
    }
    const auto error = command->second(arguments, out);
    out.flush();
    if (error) {
        std::fprintf(stderr, "conflictmap-cli: %s\n", error->message.toUtf8().constData());
        return error->exitCode;
    }
    return 0;
}
