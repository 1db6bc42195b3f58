// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace conflictmap {

// The name keys (NameKey) of a gazetteer's entries, indexed for search as
// one types: each distinct key once, in sorted order, so that the keys
// beginning with what was typed are one contiguous range found by binary
// search; and an index of each key's letter pairs by their position in the
// key, so that the keys a typo or two away are found by counting shared
// pairs near the same place instead of comparing with every key.
//
// The world's gazetteer has about a million distinct keys; the whole index
// is a few flat arrays (some 30 MB), built in about a second.
class NameIndex {
public:
    using KeyId = std::uint32_t; // the key's rank in sorted order
    using EntryId = std::uint32_t; // whatever the caller numbers its entries by

    NameIndex() = default;
    // 'keyed': each name's key with its entry's id, in any order; repeats
    // are merged.
    explicit NameIndex(std::vector<std::pair<std::string, EntryId>> keyed);

    std::size_t keyCount() const { return m_keyOffsets.empty() ? 0 : m_keyOffsets.size() - 1; }
    std::string_view key(KeyId id) const { return {m_text.data() + m_keyOffsets[id], m_keyOffsets[id + 1] - m_keyOffsets[id]}; }
    // The entries having a name of key 'id', as [begin, end).
    std::pair<const EntryId *, const EntryId *> entries(KeyId id) const
    {
        return {m_entries.data() + m_entryOffsets[id], m_entries.data() + m_entryOffsets[id + 1]};
    }

    // The keys that begin with 'prefix' (the key equal to it first, if any),
    // as ids [first, last).
    std::pair<KeyId, KeyId> withPrefix(std::string_view prefix) const;

    struct NearKey {
        KeyId key;
        int distance;
        bool whole; // the whole key is that near, not only a beginning of it
    };
    // The keys not beginning with 'typed' that are within 'wholeLimit' edits
    // of it, or whose beginning is within 'prefixLimit' edits of it.
    // Limits above 2 are taken as 2; keys are compared on their first 32
    // bytes, so a longer 'typed' finds nothing.
    std::vector<NearKey> near(std::string_view typed, int wholeLimit, int prefixLimit) const;

    static constexpr int kIndexedPositions = 32;

private:
    std::string m_text; // the distinct keys, concatenated in sorted order
    std::vector<std::uint32_t> m_keyOffsets; // key i is m_text[m_keyOffsets[i], m_keyOffsets[i + 1])
    std::vector<std::uint32_t> m_entryOffsets; // key i's entries are m_entries[m_entryOffsets[i], …[i + 1])
    std::vector<EntryId> m_entries;
    // Letter pairs of "^" + key by position: the keys with pair slot s at
    // position p are m_pairKeys[m_pairOffsets[s * kIndexedPositions + p], …+ 1]).
    std::unordered_map<std::uint16_t, std::uint32_t> m_pairSlots;
    std::vector<std::uint32_t> m_pairOffsets;
    std::vector<KeyId> m_pairKeys;
};

} // namespace conflictmap
