// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/IncidentPoints.h"
#include "store/VocabularyReader.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace conflictmap {

// Collects IncidentPoints from rows read in any order (a backend reads in
// table order, which is fastest) and puts them in list order at the end.
class IncidentPointsBuilder {
public:
    // 'dateStart' is the first day of the incident's date, YYYY-MM-DD.
    void add(qint64 id, double lon, double lat, std::string_view type, std::string_view status, std::string_view precision,
        std::string_view region, std::string_view dateStart);
    // The points by date, then id; the first 'limit' when it is not negative.
    IncidentPoints finish(qint64 limit);

private:
    // Maps the distinct values of a column (types: a few; region codes: up
    // to thousands) to small indices, without a string per row.
    template <typename Index>
    class Interner {
    public:
        explicit Interner(QStringList &names) : m_names(names) { }
        Index operator()(std::string_view bytes);

    private:
        QStringList &m_names;
        std::unordered_map<std::string, Index> m_index; // node-based: m_last stays valid
        std::string m_key;
        const std::string *m_last = nullptr;
        Index m_lastIndex{};
    };
    struct Order {
        std::int32_t day; // YYYYMMDD of date_start
        std::uint32_t index;
        qint64 id;
        bool operator<(const Order &other) const { return day != other.day ? day < other.day : id < other.id; }
    };

    IncidentPoints m_result;
    Interner<std::uint16_t> m_type{m_result.types};
    Interner<std::int32_t> m_region{m_result.regions};
    VocabularyReader<IncidentStatus> m_status;
    VocabularyReader<LocationPrecision> m_precision;
    std::vector<Order> m_order;
};

} // namespace conflictmap
