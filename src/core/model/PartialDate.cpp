// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/PartialDate.h"

#include <QRegularExpression>

namespace conflictmap {

PartialDate::PartialDate(int year, int month, int day, Precision precision)
    : m_year(year), m_month(month), m_day(day), m_precision(precision)
{
}

std::optional<PartialDate> PartialDate::fromParts(int year, int month, int day)
{
    if (year < 1 || year > 9999)
        return std::nullopt;
    if (month == 0)
        return day == 0 ? std::optional(PartialDate(year, 0, 0, Precision::Year)) : std::nullopt;
    if (month < 1 || month > 12)
        return std::nullopt;
    if (day == 0)
        return PartialDate(year, month, 0, Precision::Month);
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    return PartialDate(year, month, day, Precision::Day);
}

std::optional<PartialDate> PartialDate::parse(const QString &text, QString *error)
{
    // anchoredPattern: "$" alone would also match before a final newline.
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch()) {
        *error = QStringLiteral("'%1' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD").arg(text.left(40));
        return std::nullopt;
    }
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const int day = m.captured(3).isEmpty() ? 0 : m.captured(3).toInt();
    if (year < 1) {
        *error = QStringLiteral("'%1' has year 0000").arg(text);
        return std::nullopt;
    }
    if (!m.captured(2).isEmpty() && (month < 1 || month > 12)) {
        *error = QStringLiteral("'%1' has no month %2").arg(text).arg(month);
        return std::nullopt;
    }
    if (!m.captured(3).isEmpty() && day < 1) {
        // Day 0 would otherwise read as "no day": 2022-11-00 is not 2022-11.
        *error = QStringLiteral("'%1' has no day %2").arg(text, m.captured(3));
        return std::nullopt;
    }
    auto date = fromParts(year, month, day);
    if (!date)
        *error = QStringLiteral("'%1' is not a day of the calendar").arg(text);
    return date;
}

QString PartialDate::precisionName() const
{
    switch (m_precision) {
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        break;
    }
    return QStringLiteral("day");
}

std::optional<PartialDate::Precision> PartialDate::precisionFromName(const QString &name)
{
    if (name == QLatin1String("year"))
        return Precision::Year;
    if (name == QLatin1String("month"))
        return Precision::Month;
    if (name == QLatin1String("day"))
        return Precision::Day;
    return std::nullopt;
}

QString PartialDate::toString() const
{
    const QString year = QStringLiteral("%1").arg(m_year, 4, 10, QLatin1Char('0'));
    if (m_precision == Precision::Year)
        return year;
    const QString month = QStringLiteral("%1-%2").arg(year).arg(m_month, 2, 10, QLatin1Char('0'));
    if (m_precision == Precision::Month)
        return month;
    return QStringLiteral("%1-%2").arg(month).arg(m_day, 2, 10, QLatin1Char('0'));
}

QDate PartialDate::first() const
{
    return QDate(m_year, m_month ? m_month : 1, m_day ? m_day : 1);
}

QDate PartialDate::last() const
{
    if (m_precision == Precision::Year)
        return QDate(m_year, 12, 31);
    if (m_precision == Precision::Month)
        return QDate(m_year, m_month, 1).addMonths(1).addDays(-1);
    return first();
}

QString PartialDate::rangeText(const PartialDate &from, const std::optional<PartialDate> &until)
{
    return until ? QStringLiteral("%1 to %2").arg(from.toString(), until->toString()) : from.toString();
}

} // namespace conflictmap
