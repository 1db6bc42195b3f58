// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "io/JsonValue.h"

#include "io/GeoJsonWriter.h"

#include <charconv>

namespace conflictmap {

namespace {
void serialize(const JsonValue &v, std::string &out)
{
    switch (v.type) {
    case JsonValue::Type::Null:
        out += "null";
        return;
    case JsonValue::Type::Bool:
        out += v.boolean ? "true" : "false";
        return;
    case JsonValue::Type::Number: {
        if (!v.text.empty()) { // as written: 1580000000000000001 stays exact
            out += v.text;
            return;
        }
        char digits[32];
        auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v.number);
        out.append(digits, ec == std::errc() ? size_t(end - digits) : 0);
        return;
    }
    case JsonValue::Type::String:
        out += GeoJsonWriter::quoted(v.text);
        return;
    case JsonValue::Type::Array:
        out += '[';
        for (size_t i = 0; i < v.items.size(); ++i) {
            if (i)
                out += ',';
            serialize(v.items[i], out);
        }
        out += ']';
        return;
    case JsonValue::Type::Object:
        out += '{';
        for (size_t i = 0; i < v.members.size(); ++i) {
            if (i)
                out += ',';
            out += GeoJsonWriter::quoted(v.members[i].first);
            out += ':';
            serialize(v.members[i].second, out);
        }
        out += '}';
        return;
    }
}
} // namespace

std::string JsonValue::serialized() const
{
    std::string out;
    serialize(*this, out);
    return out;
}

} // namespace conflictmap
