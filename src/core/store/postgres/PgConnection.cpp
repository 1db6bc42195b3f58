// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/postgres/PgConnection.h"

#include "store/postgres/PgMessage.h"

#include <QRegularExpression>
#include <QUrl>

#include <libpq-fe.h>

#include <algorithm>

namespace conflictmap {

namespace {
// Where passwords stand in a connection string: [start, end) of each value,
// as written (percent-encoded or quoted).
std::vector<std::pair<qsizetype, qsizetype>> passwordSpans(const QString &uri)
{
    std::vector<std::pair<qsizetype, qsizetype>> spans;
    static const QRegularExpression scheme(QStringLiteral("^postgres(ql)?://"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch uriMatch = scheme.match(uri);
    if (!uriMatch.hasMatch()) {
        // Keyword/value form: password=value or password='quoted \' value'.
        static const QRegularExpression keyword(
            QStringLiteral(R"((?:^|\s)password\s*=\s*('(?:[^'\\]|\\.)*'?|\S*))"), QRegularExpression::CaseInsensitiveOption);
        for (auto it = keyword.globalMatch(uri); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            spans.emplace_back(match.capturedStart(1), match.capturedEnd(1));
        }
        return spans;
    }
    // URI form, read as libpq reads it: user:password@ before the first /
    // (the last @ there: a raw @ in a password is masked whole)…
    const qsizetype authority = uriMatch.capturedEnd();
    qsizetype slash = uri.indexOf(QLatin1Char('/'), authority);
    if (slash < 0)
        slash = uri.size();
    const qsizetype at = uri.lastIndexOf(QLatin1Char('@'), slash - 1);
    const qsizetype colon = uri.indexOf(QLatin1Char(':'), authority);
    if (at >= authority && colon >= 0 && colon < at)
        spans.emplace_back(colon + 1, at);
    // …and password=… in the query, whose keys libpq decodes (%70assword).
    const qsizetype query = uri.indexOf(QLatin1Char('?'), std::max(authority, at + 1));
    if (query < 0)
        return spans;
    qsizetype start = query + 1;
    for (const QString &parameter : uri.mid(start).split(QLatin1Char('&'))) {
        const qsizetype equals = parameter.indexOf(QLatin1Char('='));
        const QString key = QUrl::fromPercentEncoding(parameter.left(equals).toUtf8());
        if (equals > 0 && key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
            spans.emplace_back(start + equals + 1, start + parameter.size());
        start += parameter.size() + 1;
    }
    return spans;
}

const QString kMask = QStringLiteral("***");

// libpq quotes pieces of a connection string it cannot parse ("invalid
// percent-encoded token: …"), which may be the password: masked too.
QString withoutPasswords(QString message, const QString &uri)
{
    for (const auto &[start, end] : passwordSpans(uri)) {
        const QString written = uri.mid(start, end - start);
        for (const QString &password : {written, QUrl::fromPercentEncoding(written.toUtf8())}) {
            if (!password.isEmpty())
                message.replace(password, kMask);
        }
    }
    return message;
}

// Server notices (a NOTICE that a table exists already, a WARNING of a
// ROLLBACK outside a transaction) are no failures: libpq would print them
// on stderr, among the command-line tool's output.
void ignoreNotice(void *, const PGresult *) { }
} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &uri)
{
    using R = Result<std::unique_ptr<PgConnection>>;
    if (uri.trimmed().isEmpty())
        return R::failure(QStringLiteral("no PostgreSQL database given"));
    // client_encoding as a connection parameter after the URI, not a SET:
    // it overrides the URI's and holds again after reset().
    // A server that does not answer is given up after 10 s, not waited for
    // without end (before the URI: a connect_timeout there overrides it).
    const QByteArray conninfo = uri.toUtf8();
    const char *const keywords[] = {"connect_timeout", "dbname", "client_encoding", nullptr};
    const char *const values[] = {"10", conninfo.constData(), "UTF8", nullptr};
    std::unique_ptr<PgConnection> connection(new PgConnection);
    connection->m_conn = PQconnectdbParams(keywords, values, /* expand_dbname */ 1);
    if (!connection->m_conn)
        return R::failure(QStringLiteral("%1: cannot connect: out of memory").arg(redacted(uri)));
    if (PQstatus(connection->m_conn) != CONNECTION_OK) {
        return R::failure(
            QStringLiteral("%1: cannot connect: %2").arg(redacted(uri), withoutPasswords(connection->lastError(), uri)));
    }
    PQsetNoticeReceiver(connection->m_conn, ignoreNotice, nullptr);
    return R(std::move(connection));
}

QString PgConnection::redacted(const QString &uri)
{
    QString masked = uri;
    auto spans = passwordSpans(uri);
    // From the end, so the earlier spans stay where they are.
    std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &[start, end] : spans) {
        if (end > start)
            masked.replace(start, end - start, kMask);
    }
    return masked;
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

PgResult PgConnection::exec(const char *sql, const std::vector<PgParam> &params)
{
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const PgParam &param : params) {
        if (param.holdsNulCharacter()) {
            return PgResult(nullptr,
                QStringLiteral("parameter $%1: text holds a NUL character, which PostgreSQL cannot store")
                    .arg(values.size() + 1));
        }
        values.push_back(param.data());
    }
    // Text format both ways: no types given, the server infers each from its use.
    PGresult *result = PQexecParams(m_conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    return PgResult(result, result ? QString() : lastError());
}

PgResult PgConnection::execScript(const char *sql)
{
    PGresult *result = PQexec(m_conn, sql);
    return PgResult(result, result ? QString() : lastError());
}

QString PgConnection::lastError() const
{
    return libpqFirstLine(PQerrorMessage(m_conn));
}

bool PgConnection::isAlive() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::reset()
{
    PQreset(m_conn);
    m_nestedFailed = false;
    return isAlive();
}

bool PgConnection::startReset()
{
    m_nestedFailed = false;
    return PQresetStart(m_conn) == 1;
}

PgConnection::ResetState PgConnection::pollReset()
{
    switch (PQresetPoll(m_conn)) {
    case PGRES_POLLING_OK:
        return ResetState::Done;
    case PGRES_POLLING_FAILED:
        return ResetState::Failed;
    default:
        return ResetState::Pending;
    }
}

Result<QByteArray> PgConnection::encryptPassword(const QString &role, const QString &password)
{
    char *hashed = PQencryptPasswordConn(m_conn, password.toUtf8().constData(), role.toUtf8().constData(), nullptr);
    if (!hashed)
        return Result<QByteArray>::failure(lastError());
    QByteArray result(hashed);
    PQfreemem(hashed);
    return result;
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

QString PgConnection::database() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

int PgConnection::socketDescriptor() const
{
    return PQsocket(m_conn);
}

std::vector<PgNotification> PgConnection::notifications()
{
    struct FreeNotify {
        void operator()(PGnotify *notify) const { PQfreemem(notify); }
    };
    std::vector<PgNotification> received;
    PQconsumeInput(m_conn); // on failure, those already read are still returned
    while (const std::unique_ptr<PGnotify, FreeNotify> notify{PQnotifies(m_conn)})
        received.push_back({QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra), notify->be_pid});
    return received;
}

int PgConnection::serverProcessId() const
{
    return PQbackendPID(m_conn);
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

bool PgConnection::transactionFailed() const
{
    return PQtransactionStatus(m_conn) == PQTRANS_INERROR;
}

} // namespace conflictmap
