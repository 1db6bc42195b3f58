// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "model/PartialDate.h"

using conflictmap::PartialDate;

TEST_CASE("partial dates parse to the year, month or day, and only real dates", "[core][date]")
{
    QString error;
    const auto year = PartialDate::parse("2022", &error);
    REQUIRE(year);
    CHECK(year->precision() == PartialDate::Precision::Year);
    CHECK(year->first() == QDate(2022, 1, 1));
    CHECK(year->last() == QDate(2022, 12, 31));
    const auto month = PartialDate::parse("2024-02", &error);
    REQUIRE(month);
    CHECK(month->precisionName() == "month");
    CHECK(month->last() == QDate(2024, 2, 29)); // leap year
    const auto day = PartialDate::parse("2022-10-03", &error);
    REQUIRE(day);
    CHECK(day->toString() == "2022-10-03");
    CHECK(day->first() == day->last());

    struct Bad {
        const char *text, *message;
    };
    for (const Bad &bad :
        {Bad{"2022-13", "has no month 13"}, Bad{"2022-00", "has no month 0"}, Bad{"2023-02-29", "is not a day of the calendar"},
            Bad{"2022-04-31", "is not a day of the calendar"}, Bad{"0000", "has year 0000"}, Bad{"22-10-03", "is not a date"},
            Bad{"2022/10/03", "is not a date"}, Bad{"2022-1-3", "is not a date"}, Bad{"", "is not a date"},
            Bad{"2022-10-03T10:00", "is not a date"}, Bad{"٢٠٢٢", "is not a date"}}) {
        INFO(bad.text);
        error.clear();
        CHECK_FALSE(PartialDate::parse(QString::fromUtf8(bad.text), &error));
        CHECK(error.contains(bad.message));
    }
}
