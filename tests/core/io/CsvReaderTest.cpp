// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "io/CsvReader.h"

using namespace conflictmap;

namespace {
std::vector<QStringList> allOf(const QByteArray &bytes)
{
    CsvReader reader(bytes);
    std::vector<QStringList> records;
    while (true) {
        auto record = reader.next();
        INFO(record.error().toStdString());
        REQUIRE(record);
        if (!record.value())
            return records;
        records.push_back(*record.value());
    }
}

QString errorOf(const QByteArray &bytes)
{
    CsvReader reader(bytes);
    while (true) {
        auto record = reader.next();
        if (!record)
            return record.error();
        if (!record.value())
            return {};
    }
}
} // namespace

TEST_CASE("CSV: quoted commas, line breaks and quotes, a BOM, CRLF, a last line without its break", "[io][csv]")
{
    const auto records = allOf("\xEF\xBB\xBF"
                               "a,b,c\r\n\"x, y\",\"two\nlines\",\"say \"\"hi\"\"\"\r\n,,\r\nlast,\"\",end");
    REQUIRE(records.size() == 4);
    CHECK(records[0] == QStringList{"a", "b", "c"});
    CHECK(records[1] == QStringList{"x, y", "two\nlines", "say \"hi\""});
    CHECK(records[2] == QStringList{"", "", ""});
    CHECK(records[3] == QStringList{"last", "", "end"});
    CHECK(allOf(QString::fromUtf8("Şuşa,Շուշի,شوشا\n").toUtf8()).front()
        == QStringList{QString::fromUtf8("Şuşa"), QString::fromUtf8("Շուշի"), QString::fromUtf8("شوشا")});
}

TEST_CASE("CSV: an unclosed quote, text after a closing quote, not UTF-8, a huge field: line and column named", "[io][csv]")
{
    CHECK(errorOf("a,b\n1,\"open\n2,3\n") == "line 2, column 3: a quoted field is never closed");
    CHECK(errorOf("a,b\n\"x\"y,2\n") == "line 2, column 4: text after a quoted field's closing quote");
    CHECK(errorOf("a,b\n1,caf\xe9\n") == "line 2, column 3: not UTF-8 text (convert the file to UTF-8)");
    const QByteArray huge = "a\n\"" + QByteArray(CsvReader::kMaxFieldBytes + 10, 'x') + "\"\n";
    CHECK(errorOf(huge).startsWith("line 2, column 1: a field longer than"));
}

TEST_CASE("CSV: doubled quotes count toward the field limit, a lone CR inside a quoted field is a line", "[io][csv]")
{
    QByteArray quotes = "a\n\"";
    for (qsizetype i = 0; i < CsvReader::kMaxFieldBytes + 10; ++i)
        quotes += "\"\"";
    quotes += "\"\n";
    CHECK(errorOf(quotes).startsWith("line 2, column 1: a field longer than"));
    CHECK(errorOf("a,b\n\"x\ry\",1\n\"open") == "line 4, column 1: a quoted field is never closed");
}
