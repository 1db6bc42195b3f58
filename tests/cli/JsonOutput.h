// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

#include <catch2/catch.hpp>

// What a command printed with --format json, which must be one JSON array.
inline QJsonArray jsonArrayOf(const QString &printed)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(printed.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isArray());
    return document.array();
}
