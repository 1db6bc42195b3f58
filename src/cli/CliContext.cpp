// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"

#include "geo/BoundaryLayer.h"
#include "store/IncidentStore.h"
#include "store/postgres/PgConnection.h"

#include <QRegularExpression>

#include <unistd.h>

namespace conflictmap::cli {

namespace {
const QCommandLineOption kDbOption(QStringLiteral("db"),
    QStringLiteral("Incident database: an SQLite file, or a PostgreSQL URI (postgresql://…; the password from ~/.pgpass or"
                   " $PGPASSWORD) (default: $CONFLICTMAP_DB, else ~/.local/share/conflictmap/incidents.sqlite)."),
    QStringLiteral("path|uri"));
const QCommandLineOption kReasonOption(QStringLiteral("reason"),
    QStringLiteral("Why: kept in the history with each change this command makes."), QStringLiteral("text"));
const QCommandLineOption kLayerOption(QStringLiteral("layer"),
    QStringLiteral("Boundary layer, any GDAL vector dataset (default: bundled)."), QStringLiteral("path"));
} // namespace

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

namespace {
// QCommandLineParser reads "-39.5" as options -3 -9 -. -5. A negative number
// that is not an option's value is an argument: move such arguments after
// "--", keeping the order of all arguments.
QStringList positionalNumbersLast(const QStringList &withValue, const QStringList &arguments)
{
    static const QRegularExpression negativeNumber(QStringLiteral("^-(\\d|\\.\\d)"));
    QStringList options;
    QStringList positional;
    bool anyNegative = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--")) {
            positional += arguments.mid(i + 1);
            break;
        }
        if (a.startsWith(QLatin1Char('-')) && !negativeNumber.match(a).hasMatch()) {
            options << a;
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && withValue.contains(name) && i + 1 < arguments.size())
                options << arguments[++i];
            continue;
        }
        anyNegative = anyNegative || negativeNumber.match(a).hasMatch();
        positional << a;
    }
    if (!anyNegative)
        return arguments; // nothing to fix: let the parser see them as given
    return options + QStringList{QStringLiteral("--")} + positional;
}
} // namespace

CliContext::CliContext(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

bool CliContext::errIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

CliContext::~CliContext() = default;

bool CliContext::takeGlobalOptions(QStringList &arguments)
{
    static const QStringList global{QStringLiteral("--db"), QStringLiteral("--layer"), QStringLiteral("--reason")};
    while (!arguments.isEmpty() && global.contains(arguments.first())) {
        const QString option = arguments.takeFirst();
        if (arguments.isEmpty())
            return false;
        (option == QLatin1String("--db")             ? m_databasePath
                : option == QLatin1String("--layer") ? m_layerPath
                                                     : m_reason)
            = arguments.takeFirst();
    }
    return true;
}

bool CliContext::parse(
    QCommandLineParser &parser, const QString &command, const QString &synopsis, const QStringList &arguments, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    addOptions(parser, {kDbOption, kLayerOption, kReasonOption, help});
    parser.setApplicationDescription(synopsis);
    if (!parser.parse(QStringList{command} + positionalNumbersLast(m_valueOptions, arguments))) {
        *exitCode = fail(QStringLiteral("%1: %2 (see conflictmap-cli %1 --help)").arg(command, parser.errorText()), UsageError);
        return false;
    }
    if (parser.isSet(help)) {
        // QCommandLineParser's help names the program; ours names the command.
        QString text = parser.helpText();
        text.replace(
            QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: conflictmap-cli %1").arg(command));
        m_out << text;
        *exitCode = Success;
        return false;
    }
    if (parser.isSet(kDbOption))
        m_databasePath = parser.value(kDbOption);
    if (parser.isSet(kLayerOption))
        m_layerPath = parser.value(kLayerOption);
    if (parser.isSet(kReasonOption))
        m_reason = parser.value(kReasonOption);
    return true;
}

void CliContext::addOptions(QCommandLineParser &parser, const QList<QCommandLineOption> &options)
{
    for (const QCommandLineOption &option : options)
        if (!option.valueName().isEmpty())
            m_valueOptions << option.names();
    parser.addOptions(options);
}

QString CliContext::databasePath() const
{
    return m_databasePath.isEmpty() ? IncidentStore::defaultPath() : m_databasePath;
}

const BoundaryLayer *CliContext::layer()
{
    if (!m_layerTried) {
        m_layerTried = true;
        QString error;
        m_layer = BoundaryLayer::open(m_layerPath.isEmpty() ? BoundaryLayer::defaultPath() : m_layerPath, &error);
        if (!m_layer)
            m_openError = error;
    }
    return m_layer.get();
}

IncidentStore *CliContext::store()
{
    return openStore(false);
}

IncidentStore *CliContext::createStore()
{
    return openStore(true);
}

IncidentStore *CliContext::openStore(bool create)
{
    if (m_store)
        return m_store.get();
    auto opened = openDatabase(databasePath(), !create, StoreAccess::ReadWrite);
    if (!opened) {
        m_openError = opened.error();
        return nullptr;
    }
    m_store = std::move(opened.value());
    m_store->setChangeReason(m_reason);
    return m_store.get();
}

Result<std::unique_ptr<IncidentStore>> CliContext::openDatabase(const QString &location, bool mustExist, StoreAccess access)
{
    using R = Result<std::unique_ptr<IncidentStore>>;
    if (mustExist) {
        // A mistyped --db is refused rather than made into a new, empty
        // database (or a colleague's server database given a schema).
        const Result<bool> exists = IncidentStore::exists(location);
        if (!exists)
            return R::failure(exists.problem());
        if (!*exists)
            return R::failure(IncidentStore::isServerUri(location)
                    ? QStringLiteral("%1: no conflictmap database there; create one with 'conflictmap-cli init'")
                          .arg(PgConnection::redacted(location))
                    : QStringLiteral("no database at %1; create one with 'conflictmap-cli init'").arg(location));
    }
    if (!layer())
        return R::failure(m_openError);
    return IncidentStore::open(location, m_layer, access);
}

std::optional<Format> CliContext::format(const QCommandLineParser &parser, bool allowCsv)
{
    return allowCsv ? format(parser, {Format::Table, Format::Json, Format::Csv}) : format(parser, {Format::Table, Format::Json});
}

std::optional<Format> CliContext::format(const QCommandLineParser &parser, const std::vector<Format> &allowed)
{
    static const std::pair<Format, QLatin1String> names[] = {{Format::Table, QLatin1String("table")},
        {Format::Json, QLatin1String("json")}, {Format::Csv, QLatin1String("csv")}, {Format::GeoJson, QLatin1String("geojson")}};
    const QString name = parser.value(QStringLiteral("format"));
    if (name.isEmpty())
        return allowed.front();
    QStringList choices;
    for (const Format f : allowed)
        for (const auto &[format, text] : names)
            if (format == f) {
                if (name == text)
                    return f;
                choices << text;
            }
    fail(QStringLiteral("--format: '%1' is not one of %2").arg(name, choices.join(QStringLiteral(", "))), UsageError);
    return std::nullopt;
}

int CliContext::fail(const QString &message, int code)
{
    printLine(message);
    return code;
}

void CliContext::warn(const QString &message)
{
    printLine(QStringLiteral("warning: ") + message);
}

void CliContext::printLine(const QString &message)
{
    // One line, whatever the message holds.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "conflictmap-cli: " << line << '\n';
    m_err.flush();
}

} // namespace conflictmap::cli
