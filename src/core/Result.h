// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Error.h"

#include <QString>

#include <optional>
#include <utility>

namespace conflictmap {

// A value or an Error: error() is its one line ("lat: 95 is outside
// [-90, 90]"), problem() its parts (code, field, message). The core returns
// these; the UI and the CLI decide how to show the error.
template <typename T>
class Result {
public:
    Result(T value) : m_value(std::move(value)) { }
    static Result failure(QString error) { return failure(Error{ErrorCode::Failed, {}, std::move(error)}); }
    static Result failure(Error problem)
    {
        Result r;
        r.m_error = problem.text();
        r.m_problem = std::move(problem);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &error() const { return m_error; }
    const Error &problem() const { return m_problem; }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
    Error m_problem;
};

template <>
class Result<void> {
public:
    Result() = default;
    static Result failure(QString error) { return failure(Error{ErrorCode::Failed, {}, std::move(error)}); }
    static Result failure(Error problem)
    {
        Result r;
        r.m_error = problem.text();
        r.m_problem = std::move(problem);
        r.m_failed = true;
        return r;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    const Error &problem() const { return m_problem; }

private:
    QString m_error;
    Error m_problem;
    bool m_failed = false;
};

} // namespace conflictmap
