// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <string>
#include <utility>
#include <vector>

namespace conflictmap {

// A parsed JSON value, small and plain: what one GeoJSON feature is read
// into while streaming a large file. Strings are UTF-8.
struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object };
    Type type = Type::Null;
    bool boolean = false;
    double number = 0;
    std::string text; // a String's value; a Number's text as written, so it is kept exactly
    std::vector<JsonValue> items; // Array
    std::vector<std::pair<std::string, JsonValue>> members; // Object, in file order

    bool isNull() const { return type == Type::Null; }
    bool isString() const { return type == Type::String; }
    bool isNumber() const { return type == Type::Number; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }
    // The member named 'key' of an object, or null.
    const JsonValue *member(std::string_view key) const
    {
        for (const auto &[name, value] : members)
            if (name == key)
                return &value;
        return nullptr;
    }
    // Compact JSON text of this value.
    std::string serialized() const;
};

} // namespace conflictmap
