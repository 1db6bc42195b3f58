// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "store/IncidentPointsBuilder.h"

#include <algorithm>

namespace conflictmap {

template <typename Index>
Index IncidentPointsBuilder::Interner<Index>::operator()(std::string_view bytes)
{
    if (m_last && *m_last == bytes) // runs of equal values are common
        return m_lastIndex;
    m_key.assign(bytes);
    auto found = m_index.find(m_key);
    if (found == m_index.end()) {
        found = m_index.emplace(m_key, Index(m_index.size())).first;
        m_names << QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    }
    m_last = &found->first;
    m_lastIndex = found->second;
    return m_lastIndex;
}

void IncidentPointsBuilder::add(qint64 id, double lon, double lat, std::string_view type, std::string_view status,
    std::string_view precision, std::string_view region, std::string_view dateStart)
{
    std::int32_t day = 0;
    for (char c : dateStart)
        if (c >= '0' && c <= '9')
            day = day * 10 + (c - '0');
    std::vector<IncidentPoint> &read = m_result.points;
    m_order.push_back({day, std::uint32_t(read.size()), id});
    read.push_back({id, lon, lat, region.empty() ? -1 : m_region(region), m_type(type),
        m_precision(precision, LocationPrecision::Exact), m_status(status, IncidentStatus::Reported)});
}

IncidentPoints IncidentPointsBuilder::finish(qint64 limit)
{
    std::vector<IncidentPoint> &read = m_result.points;
    std::sort(m_order.begin(), m_order.end());
    // Permuted in place, cycle by cycle: no second copy of the points.
    std::vector<bool> placed(read.size());
    for (size_t i = 0; i < read.size(); ++i) {
        if (placed[i])
            continue;
        const IncidentPoint first = read[i];
        for (size_t j = i;;) {
            const size_t from = m_order[j].index;
            placed[j] = true;
            if (from == i) {
                read[j] = first;
                break;
            }
            read[j] = read[from];
            j = from;
        }
    }
    if (limit >= 0 && read.size() > size_t(limit))
        read.resize(size_t(limit));
    m_order.clear();
    return std::move(m_result);
}

} // namespace conflictmap
