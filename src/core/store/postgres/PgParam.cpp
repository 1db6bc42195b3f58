// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/postgres/PgParam.h"

namespace conflictmap {

PgParam::PgParam(const QString &text)
{
    if (!text.isEmpty())
        m_text = text.toUtf8();
}

PgParam::PgParam(qint64 value) : m_text(QByteArray::number(value)) { }

PgParam::PgParam(double value) : m_text(QByteArray::number(value, 'g', 17)) { }

PgParam::PgParam(std::optional<qint64> value)
{
    if (value)
        m_text = QByteArray::number(*value);
}

PgParam PgParam::bytea(const QByteArray &bytes)
{
    PgParam param;
    if (!bytes.isNull())
        param.m_text = "\\x" + bytes.toHex();
    return param;
}

} // namespace conflictmap
