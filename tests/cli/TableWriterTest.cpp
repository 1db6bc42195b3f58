// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "TableWriter.h"

using conflictmap::cli::TableWriter;

TEST_CASE("display width counts terminal cells, not bytes or code units", "[cli][table]")
{
    CHECK(TableWriter::displayWidth("Fuzuli") == 6);
    CHECK(TableWriter::displayWidth(QString::fromUtf8("Füzuli")) == 6);
    CHECK(TableWriter::displayWidth(QString::fromUtf8("Fu\u0308zuli")) == 6); // combining diaeresis
    CHECK(TableWriter::displayWidth(QString::fromUtf8("فضولي")) == 5);
    CHECK(TableWriter::displayWidth(QString::fromUtf8("مُحَمَّد")) == 4); // harakat take no cell
    CHECK(TableWriter::displayWidth(QString::fromUtf8("Սյունիք")) == 7);
    CHECK(TableWriter::displayWidth(QString::fromUtf8("坦克")) == 4);
    CHECK(TableWriter::displayWidth(QString::fromUtf8("🚚")) == 2);
}

TEST_CASE("table columns line up whatever the script, and RTL cells are isolated", "[cli][table]")
{
    TableWriter table({"code", "name", "n"});
    table.addRow({"AZ-FUZ", QString::fromUtf8("مقاطعة فضولي"), "1"});
    table.addRow({"AM-SU", QString::fromUtf8("Սյունիք"), "22"});
    table.addRow({"X", QString::fromUtf8("坦克 and\nnewline"), "3"});
    QString text;
    QTextStream out(&text);
    table.write(out);
    out.flush();
    const QStringList lines = text.split('\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4);
    // The last column starts at the same terminal cell on every line.
    std::vector<int> starts;
    for (const QString &line : lines) {
        QString withoutIsolates = line;
        withoutIsolates.remove(QChar(0x2068)).remove(QChar(0x2069));
        const int lastSpace = withoutIsolates.lastIndexOf("  ");
        starts.push_back(TableWriter::displayWidth(withoutIsolates.left(lastSpace + 2)));
    }
    CHECK(std::adjacent_find(starts.begin(), starts.end(), std::not_equal_to<>()) == starts.end());
    CHECK(lines[1].contains(QString(QChar(0x2068)) + QString::fromUtf8("مقاطعة فضولي") + QChar(0x2069)));
    CHECK_FALSE(lines[2].contains(QChar(0x2068)));
    CHECK(lines[3].contains("and\\nnewline")); // a newline cannot break the table
}
