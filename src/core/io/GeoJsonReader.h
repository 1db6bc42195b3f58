// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"
#include "io/JsonValue.h"

#include <functional>
#include <string_view>

namespace conflictmap {

// Reads a GeoJSON FeatureCollection feature by feature from UTF-8 bytes (a
// memory-mapped file), so a file of any size is read in constant memory.
// Hostile input is refused with a one-line reason and its byte offset:
// invalid or truncated JSON, invalid UTF-8, nesting deeper than
// kMaximumDepth, strings longer than kMaximumString, an empty file, a
// document that is not a FeatureCollection, data after it.
class GeoJsonReader {
public:
    static constexpr int kMaximumDepth = 64;
    static constexpr size_t kMaximumString = 16 << 20; // 16 MiB: a whole article fits

    explicit GeoJsonReader(std::string_view json) : m_begin(json.data()), m_at(json.data()), m_end(json.data() + json.size()) { }

    // Calls 'feature' with each element of "features" and its index; stops
    // at the first error (a parse error, or one 'feature' returns).
    Result<qint64> read(const std::function<Result<void>(const JsonValue &feature, qint64 index)> &feature);
    // Whether a GeoJSON 2008 "crs" member names WGS 84 longitude/latitude.
    static bool isWgs84Crs(const JsonValue &crs);
    // Bytes read so far: everything before is no longer needed.
    size_t offset() const { return size_t(m_at - m_begin); }

private:
    Result<void> fail(const QString &what) const;
    void skipSpace();
    bool consume(char c);
    Result<void> value(JsonValue &out, int depth);
    Result<void> string(std::string &out);
    Result<void> number(double &out);
    Result<void> literal(std::string_view word);

    const char *m_begin;
    const char *m_at;
    const char *m_end;
    std::string m_lastNumber; // the text of the number just read
};

} // namespace conflictmap
