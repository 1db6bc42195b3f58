// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace conflictmap {

// A calendar date known to the year, the month or the day, as sources give
// them: "2022", "2022-10", "2022-10-03". Only real dates exist: no month 13,
// no 30 February.
class PartialDate {
public:
    enum class Precision { Year, Month, Day };

    // Parses YYYY, YYYY-MM or YYYY-MM-DD. On failure returns nothing and says
    // why in *error (without naming the field: the caller does).
    static std::optional<PartialDate> parse(const QString &text, QString *error);
    static std::optional<PartialDate> fromParts(int year, int month, int day);

    Precision precision() const { return m_precision; }
    QString precisionName() const; // "year", "month", "day"
    static std::optional<Precision> precisionFromName(const QString &name);
    QString toString() const; // as parsed: 2022, 2022-10 or 2022-10-03
    // "2022-10-03", or "2022-10-03 to 2022-10-20" for a period.
    static QString rangeText(const PartialDate &from, const std::optional<PartialDate> &until);
    QDate first() const; // first day of the period
    QDate last() const; // last day of the period
    bool operator==(const PartialDate &o) const { return toString() == o.toString(); }

private:
    PartialDate(int year, int month, int day, Precision precision);
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    Precision m_precision = Precision::Day;
};

} // namespace conflictmap
