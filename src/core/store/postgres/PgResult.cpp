// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/postgres/PgResult.h"

#include "store/postgres/PgMessage.h"

#include <libpq-fe.h>

#include <charconv>

namespace conflictmap {

namespace {
// from_chars, not strtod: the application's locale (set by Qt) must not
// turn "1.5" into 1.
template <typename Number>
Number parsed(std::string_view text)
{
    Number value{};
    if (std::from_chars(text.data(), text.data() + text.size(), value).ec != std::errc())
        return Number{};
    return value;
}

struct FreeMem {
    void operator()(unsigned char *memory) const { PQfreemem(memory); }
};
} // namespace

void PgResult::Clear::operator()(pg_result *result) const
{
    PQclear(result);
}

PgResult::PgResult(pg_result *result, QString failure) : m_result(result), m_failure(std::move(failure)) { }

PgResult::~PgResult() = default;

bool PgResult::ok() const
{
    const ExecStatusType status = PQresultStatus(m_result.get()); // a fatal error when there is none
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return !m_result || PQgetisnull(m_result.get(), row, column);
}

QString PgResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const std::string_view value = bytes(row, column);
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

std::string_view PgResult::bytes(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return std::string_view(PQgetvalue(m_result.get(), row, column), size_t(PQgetlength(m_result.get(), row, column)));
}

qint64 PgResult::integer(int row, int column) const
{
    return parsed<qint64>(bytes(row, column));
}

std::optional<qint64> PgResult::optionalInteger(int row, int column) const
{
    return isNull(row, column) ? std::nullopt : std::optional<qint64>(integer(row, column));
}

double PgResult::real(int row, int column) const
{
    return parsed<double>(bytes(row, column));
}

QByteArray PgResult::bytea(int row, int column) const
{
    if (isNull(row, column))
        return {};
    size_t length = 0;
    const auto *escaped = reinterpret_cast<const unsigned char *>(PQgetvalue(m_result.get(), row, column));
    const std::unique_ptr<unsigned char, FreeMem> decoded(PQunescapeBytea(escaped, &length));
    if (!decoded)
        return {};
    return QByteArray(reinterpret_cast<const char *>(decoded.get()), qsizetype(length));
}

qint64 PgResult::affectedRows() const
{
    return m_result ? parsed<qint64>(PQcmdTuples(m_result.get())) : 0;
}

QString PgResult::sqlState() const
{
    return m_result ? QString::fromLatin1(PQresultErrorField(m_result.get(), PG_DIAG_SQLSTATE)) : QString();
}

QString PgResult::message() const
{
    if (!m_result)
        return m_failure;
    if (const char *primary = PQresultErrorField(m_result.get(), PG_DIAG_MESSAGE_PRIMARY))
        return libpqFirstLine(primary);
    // Errors libpq makes itself (a connection lost) carry no fields.
    return libpqFirstLine(PQresultErrorMessage(m_result.get()));
}

} // namespace conflictmap
