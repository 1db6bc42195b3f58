// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gazetteer/NameIndex.h"

#include "gazetteer/EditDistance.h"

#include <algorithm>

namespace conflictmap {

namespace {
constexpr int kMaxDistance = 2;

std::uint16_t pairAt(std::string_view padded, std::size_t i)
{
    return std::uint16_t(static_cast<unsigned char>(padded[i]) << 8 | static_cast<unsigned char>(padded[i + 1]));
}

// "^" + key: the first letter is a pair of its own, so a key's beginning
// weighs as much as any other part of it.
std::string padded(std::string_view key)
{
    return '^' + std::string(key);
}

// Per-thread counters for near(), one per key, reused across searches: a
// counter is valid only while its stamp is the search's, so nothing is
// cleared between searches.
struct PairCounters {
    std::vector<std::uint32_t> stamp;
    std::vector<std::uint8_t> shared; // pairs of the typed text found in the key
    std::vector<std::int16_t> lastPair; // which typed pair counted last, so each counts once
    std::uint32_t search = 0;

    void begin(std::size_t keys)
    {
        if (stamp.size() < keys) {
            stamp.resize(keys, 0);
            shared.resize(keys);
            lastPair.resize(keys);
        }
        if (++search == 0) { // wrapped: old stamps could look current
            std::fill(stamp.begin(), stamp.end(), 0);
            search = 1;
        }
    }
};
} // namespace

NameIndex::NameIndex(std::vector<std::pair<std::string, EntryId>> keyed)
{
    std::sort(keyed.begin(), keyed.end());
    keyed.erase(std::unique(keyed.begin(), keyed.end()), keyed.end());
    m_keyOffsets.push_back(0);
    m_entryOffsets.push_back(0);
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        if (i == 0 || keyed[i].first != keyed[i - 1].first) {
            if (i > 0) {
                m_keyOffsets.push_back(std::uint32_t(m_text.size()));
                m_entryOffsets.push_back(std::uint32_t(m_entries.size()));
            }
            m_text += keyed[i].first;
        }
        m_entries.push_back(keyed[i].second);
    }
    if (!keyed.empty()) {
        m_keyOffsets.push_back(std::uint32_t(m_text.size()));
        m_entryOffsets.push_back(std::uint32_t(m_entries.size()));
    }

    // The pair index, in two passes: count per (pair, position), then fill.
    auto forEachPair = [this](auto &&visit) {
        for (KeyId id = 0; id < keyCount(); ++id) {
            const std::string p = padded(key(id));
            const std::size_t positions = std::min<std::size_t>(p.size() - 1, kIndexedPositions);
            for (std::size_t i = 0; i < positions; ++i)
                visit(id, pairAt(p, i), i);
        }
    };
    forEachPair([this](KeyId, std::uint16_t pair, std::size_t) { m_pairSlots.emplace(pair, std::uint32_t(m_pairSlots.size())); });
    std::vector<std::uint32_t> counts(m_pairSlots.size() * kIndexedPositions, 0);
    forEachPair([&](KeyId, std::uint16_t pair, std::size_t i) { ++counts[m_pairSlots[pair] * kIndexedPositions + i]; });
    m_pairOffsets.assign(counts.size() + 1, 0);
    for (std::size_t s = 0; s < counts.size(); ++s)
        m_pairOffsets[s + 1] = m_pairOffsets[s] + counts[s];
    m_pairKeys.resize(m_pairOffsets.back());
    std::vector<std::uint32_t> fill(m_pairOffsets.begin(), m_pairOffsets.end() - 1);
    forEachPair(
        [&](KeyId id, std::uint16_t pair, std::size_t i) { m_pairKeys[fill[m_pairSlots[pair] * kIndexedPositions + i]++] = id; });
}

std::pair<NameIndex::KeyId, NameIndex::KeyId> NameIndex::withPrefix(std::string_view prefix) const
{
    const KeyId count = KeyId(keyCount());
    // Binary searches over key ids, comparing keys cut to the prefix's length.
    auto firstWhere = [&](auto &&isAfter) {
        KeyId low = 0, high = count;
        while (low < high) {
            const KeyId middle = low + (high - low) / 2;
            if (isAfter(key(middle).substr(0, prefix.size())))
                high = middle;
            else
                low = middle + 1;
        }
        return low;
    };
    const KeyId first = firstWhere([&](std::string_view head) { return head >= prefix; });
    const KeyId last = firstWhere([&](std::string_view head) { return head > prefix; });
    return {first, last};
}

std::vector<NameIndex::NearKey> NameIndex::near(std::string_view typed, int wholeLimit, int prefixLimit) const
{
    wholeLimit = std::clamp(wholeLimit, 0, kMaxDistance);
    prefixLimit = std::clamp(prefixLimit, 0, kMaxDistance);
    const int limit = std::max(wholeLimit, prefixLimit);
    const int pairs = int(typed.size()); // "^" + typed has as many pairs as typed has letters
    // An edit changes at most three pairs (a swap: "adoz" and "adzo" share
    // only "ad"), and moves the rest by at most one position: a key within
    // 'limit' edits shares the others, near their places.
    const int needed = pairs - 3 * limit;
    if (limit == 0 || needed < 1 || pairs >= kIndexedPositions)
        return {};

    thread_local PairCounters counters;
    counters.begin(keyCount());
    std::vector<KeyId> candidates;
    const std::string p = padded(typed);
    for (int i = 0; i < pairs; ++i) {
        const auto slot = m_pairSlots.find(pairAt(p, std::size_t(i)));
        if (slot == m_pairSlots.end())
            continue;
        for (int position = std::max(0, i - limit); position <= std::min(kIndexedPositions - 1, i + limit); ++position) {
            const std::size_t bucket = std::size_t(slot->second) * kIndexedPositions + std::size_t(position);
            for (std::uint32_t at = m_pairOffsets[bucket]; at < m_pairOffsets[bucket + 1]; ++at) {
                const KeyId id = m_pairKeys[at];
                if (counters.stamp[id] != counters.search) {
                    counters.stamp[id] = counters.search;
                    counters.shared[id] = 0;
                    counters.lastPair[id] = -1;
                }
                if (counters.lastPair[id] == i)
                    continue;
                counters.lastPair[id] = std::int16_t(i);
                if (++counters.shared[id] == needed)
                    candidates.push_back(id);
            }
        }
    }

    std::vector<NearKey> found;
    for (const KeyId id : candidates) {
        const std::string_view candidate = key(id);
        if (candidate.substr(0, typed.size()) == typed)
            continue; // a prefix match, found by withPrefix
        const int whole = EditDistance::between(typed, candidate, wholeLimit);
        if (whole <= wholeLimit) {
            found.push_back({id, whole, true});
            continue;
        }
        if (candidate.size() > typed.size()) {
            const int beginning = EditDistance::toPrefix(typed, candidate, prefixLimit);
            if (beginning <= prefixLimit)
                found.push_back({id, beginning, false});
        }
    }
    return found;
}

} // namespace conflictmap
