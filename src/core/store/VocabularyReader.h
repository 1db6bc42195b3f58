// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Vocabulary.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace conflictmap {

// Reads a vocabulary column (status, precision) row by row without a
// string per row: the few distinct values are parsed once.
template <typename Enum>
class VocabularyReader {
public:
    Enum operator()(std::string_view bytes, Enum fallback)
    {
        for (const auto &[name, value] : m_known)
            if (name == bytes)
                return value;
        const Enum value = parseVocabulary<Enum>(QString::fromUtf8(bytes.data(), qsizetype(bytes.size()))).value_or(fallback);
        m_known.emplace_back(std::string(bytes), value);
        return value;
    }

private:
    std::vector<std::pair<std::string, Enum>> m_known;
};

} // namespace conflictmap
