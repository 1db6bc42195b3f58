// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PostgresServer.h"

#include "store/postgres/PgConnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>
#include <QUuid>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

using namespace conflictmap;

namespace {
constexpr int kToolTimeoutMs = 120000;
constexpr int kStartTimeoutSeconds = 60;
constexpr qsizetype kSocketPathMax = 107; // sun_path, less its NUL
const QString kTemplate = QStringLiteral("template_postgis");

QString lastLines(const QByteArray &output, int count = 6)
{
    const QStringList lines = QString::fromUtf8(output).trimmed().split(QLatin1Char('\n'));
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(QLatin1Char('\n'));
}

// initdb and pg_ctl refuse to run as root: as root they run as the postgres
// user, who then owns the server's directory.
bool asRoot()
{
    return geteuid() == 0;
}

QStringList serverCommand(const QString &tool, const QStringList &arguments)
{
    const QString program = QStringLiteral(CONFLICTMAP_PG_BINDIR "/") + tool;
    if (asRoot())
        return QStringList{
                   QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
        + arguments;
    return QStringList{program} + arguments;
}

// Runs initdb or pg_ctl to its end; fails with its output's last lines.
Result<void> runTool(const QString &tool, const QStringList &arguments)
{
    const QStringList command = serverCommand(tool, arguments);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QDir::rootPath()); // as postgres, not root's home: initdb would warn of it
    process.start(command.first(), command.mid(1));
    if (!process.waitForStarted())
        return Result<void>::failure(QStringLiteral("cannot run %1: %2").arg(command.first(), process.errorString()));
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return Result<void>::failure(QStringLiteral("%1 did not finish:\n%2").arg(tool, lastLines(process.readAll())));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Result<void>::failure(QStringLiteral("%1 failed:\n%2").arg(tool, lastLines(process.readAll())));
    return {};
}

QString uriOf(const QString &socketDirectory, int port, const QString &database, const QString &user)
{
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(database)),
            QString::fromUtf8(QUrl::toPercentEncoding(socketDirectory, "/")), QString::number(port),
            QString::fromUtf8(QUrl::toPercentEncoding(user)));
}

Result<void> runSql(const QString &uri, const QString &sql)
{
    auto connection = PgConnection::open(uri);
    if (!connection)
        return Result<void>::failure(connection.error());
    const PgResult result = connection.value()->execScript(sql.toUtf8().constData());
    if (!result.ok())
        return Result<void>::failure(QStringLiteral("%1: %2").arg(sql, result.message()));
    return {};
}

// A database with PostGIS to copy, so a test's database has it at once,
// while a copy of template0 has it not.
Result<void> makePostgisTemplate(const QString &socketDirectory, int port)
{
    const QString postgres = uriOf(socketDirectory, port, QStringLiteral("postgres"), QStringLiteral("postgres"));
    Result<void> done = runSql(postgres, QStringLiteral("CREATE DATABASE %1").arg(kTemplate));
    if (done)
        done = runSql(
            uriOf(socketDirectory, port, kTemplate, QStringLiteral("postgres")), QStringLiteral("CREATE EXTENSION postgis"));
    if (done)
        done = runSql(postgres, QStringLiteral("ALTER DATABASE %1 IS_TEMPLATE true").arg(kTemplate));
    return done;
}

Result<void> startServer(const QString &dir, int port)
{
    const QString socket = QDir(dir).filePath(QStringLiteral(".s.PGSQL.%1").arg(port));
    if (socket.toUtf8().size() > kSocketPathMax)
        return Result<void>::failure(QStringLiteral("%1: too long a path for a Unix socket").arg(socket));
    if (!QDir().mkpath(dir))
        return Result<void>::failure(QStringLiteral("%1: cannot make the directory").arg(dir));
    if (asRoot()) {
        const passwd *postgres = getpwnam("postgres");
        if (!postgres)
            return Result<void>::failure(QStringLiteral("no postgres user to run the server as"));
        if (chown(QFile::encodeName(dir).constData(), postgres->pw_uid, postgres->pw_gid) != 0)
            return Result<void>::failure(QStringLiteral("%1: cannot give the directory to the postgres user").arg(dir));
    }
    const QString data = QDir(dir).filePath(QStringLiteral("data"));
    const QString log = QDir(dir).filePath(QStringLiteral("log"));
    Result<void> done = runTool(QStringLiteral("initdb"),
        {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-A"),
            QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
            QStringLiteral("--no-sync")});
    if (!done)
        return done;
    // pg_ctl hands -o to a shell: the directory is quoted. The port only
    // names the socket file: in a directory of its own no other server can
    // hold it, so there is no port to find free.
    const QString options = QStringLiteral("-c listen_addresses='' -k '%1' -p %2 -c fsync=off").arg(dir).arg(port);
    done = runTool(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), data, QStringLiteral("-l"), log, QStringLiteral("-w"), QStringLiteral("-t"),
            QString::number(kStartTimeoutSeconds), QStringLiteral("-o"), options, QStringLiteral("start")});
    if (!done) {
        QFile logFile(log);
        const QByteArray logText = logFile.open(QIODevice::ReadOnly) ? logFile.readAll() : QByteArray();
        return Result<void>::failure(QStringLiteral("%1\nthe server's log ends:\n%2").arg(done.error(), lastLines(logText)));
    }
    return makePostgisTemplate(dir, port);
}

// A test process that crashes or is interrupted (Ctrl-C) runs no static
// destructor: a detached shell waits for it to end and stops its server.
void stopWhenProcessEnds(const QString &dir)
{
    const QString script = QStringLiteral("pid=$1 dir=$2; shift 2\n"
                                          "while kill -0 \"$pid\" 2>/dev/null; do sleep 1; done\n"
                                          "if [ -d \"$dir\" ]; then \"$@\"; rm -rf \"$dir\"; fi");
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("sh"));
    watchdog.setArguments(
        QStringList{QStringLiteral("-c"), script, QStringLiteral("sh"), QString::number(QCoreApplication::applicationPid()), dir}
        + serverCommand(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), QDir(dir).filePath(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
                QStringLiteral("-w"), QStringLiteral("stop")}));
    // Not CTest's output pipes: it would wait for the shell to close them.
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
}
} // namespace

PostgresServer &PostgresServer::shared()
{
    static PostgresServer server;
    return server;
}

bool PostgresServer::testsRunOnServer()
{
    return qEnvironmentVariable("CONFLICTMAP_TEST_BACKEND").startsWith(QLatin1String("postgresql"));
}

PostgresServer::PostgresServer()
{
    // "postgresql:DIR:PORT": the CTest fixture's server.
    const QString backend = qEnvironmentVariable("CONFLICTMAP_TEST_BACKEND");
    if (const int port = backend.lastIndexOf(QLatin1Char(':')); backend.startsWith(QLatin1String("postgresql:")) && port > 11) {
        m_socketDirectory = backend.mid(11, port - 11);
        m_port = backend.mid(port + 1).toInt();
        return;
    }
    m_ownDirectory = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/conflictmap-pg-XXXXXX"));
    m_socketDirectory = m_ownDirectory->path();
    m_port = 54000 + int(QCoreApplication::applicationPid() % 1000);
    if (!m_ownDirectory->isValid()) {
        m_startError = QStringLiteral("cannot make a directory for the PostgreSQL server: %1").arg(m_ownDirectory->errorString());
        return;
    }
    const Result<void> started = startIn(m_socketDirectory, m_port);
    if (!started) {
        m_startError = started.error();
        return;
    }
    stopWhenProcessEnds(m_socketDirectory);
}

PostgresServer::~PostgresServer()
{
    if (m_ownDirectory && m_startError.isEmpty())
        stopIn(m_socketDirectory);
}

Result<void> PostgresServer::startIn(const QString &dir, int port)
{
    const Result<void> started = startServer(dir, port);
    if (!started)
        stopIn(dir);
    return started;
}

Result<void> PostgresServer::stopIn(const QString &dir)
{
    const QString data = QDir(dir).filePath(QStringLiteral("data"));
    if (QFile::exists(QDir(data).filePath(QStringLiteral("postmaster.pid")))) {
        const Result<void> stopped = runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), data, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                QStringLiteral("stop")});
        if (!stopped)
            return stopped;
    }
    if (QFileInfo::exists(dir) && !QDir(dir).removeRecursively())
        return Result<void>::failure(QStringLiteral("%1: cannot remove the server's directory").arg(dir));
    return {};
}

QString PostgresServer::uri(const QString &database, const QString &user) const
{
    return uriOf(m_socketDirectory, m_port, database, user);
}

Result<QString> PostgresServer::createDatabase(bool withPostgis)
{
    // Names made here, not given: safe to write into the SQL (CREATE
    // DATABASE takes no parameters).
    const QString name = QStringLiteral("test_") + QUuid::createUuid().toString(QUuid::Id128);
    const Result<void> created
        = psql(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, withPostgis ? kTemplate : QStringLiteral("template0")));
    if (!created)
        return Result<QString>::failure(created.error());
    return name;
}

Result<void> PostgresServer::dropDatabase(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return psql(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(quoted));
}

Result<void> PostgresServer::psql(const QString &sql, const QString &database)
{
    if (!m_startError.isEmpty())
        return Result<void>::failure(m_startError);
    return runSql(uri(database), sql);
}
