// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "map/StoreReader.h"

#include "store/IncidentStore.h"

namespace conflictmap {

StoreReader::StoreReader(QString path) : m_path(std::move(path)) { }

StoreReader::~StoreReader() = default;

Result<void> StoreReader::read(const std::function<Result<void>(const IncidentStore &)> &read)
{
    const std::lock_guard lock(m_mutex);
    if (!m_store) {
        // No boundary layer: reading needs none.
        auto opened = IncidentStore::open(m_path, nullptr, StoreAccess::ReadOnly);
        if (!opened)
            return Result<void>::failure(opened.problem());
        m_store = std::move(opened.value());
    }
    return read(*m_store);
}

} // namespace conflictmap
