// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/PartyPalette.h"

#include <QRegularExpression>

namespace conflictmap::PartyPalette {

const QStringList &colors()
{
    static const QStringList palette{QStringLiteral("#e69f00"), QStringLiteral("#0072b2"), QStringLiteral("#009e73"),
        QStringLiteral("#cc79a7"), QStringLiteral("#56b4e9"), QStringLiteral("#d55e00"), QStringLiteral("#7a5195"),
        QStringLiteral("#228833"), QStringLiteral("#f0e442"), QStringLiteral("#66ccee"), QStringLiteral("#aa3377"),
        QStringLiteral("#8c6d31")};
    return palette;
}

QString next(const QStringList &taken)
{
    const QStringList &palette = colors();
    for (const QString &color : palette)
        if (!taken.contains(color, Qt::CaseInsensitive))
            return color;
    return palette.at(taken.size() % palette.size());
}

bool parse(const QString &color, QString *normal)
{
    static const QRegularExpression hex(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!hex.match(color).hasMatch())
        return false;
    if (normal)
        *normal = color.toLower();
    return true;
}

} // namespace conflictmap::PartyPalette
