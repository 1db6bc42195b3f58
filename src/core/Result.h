// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace conflictmap {

// A value or a one-line error saying what is wrong ("lat: 95 is outside
// [-90, 90]"). The core returns these; the UI and the CLI decide how to show
// the error.
template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) { }
    static Result failure(QString error)
    {
        Result r;
        r.m_error = std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

template <>
class Result<void> {
public:
    Result() = default;
    static Result failure(QString error)
    {
        Result r;
        r.m_error = std::move(error);
        r.m_failed = true;
        return r;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

} // namespace conflictmap
