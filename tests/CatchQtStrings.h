// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVariant>

#include <catch2/catch.hpp>

// Lets Catch print Qt strings in failure messages instead of "{?}".
namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QVariant> {
    static std::string convert(const QVariant &v) { return v.toString().toStdString(); }
};
} // namespace Catch
