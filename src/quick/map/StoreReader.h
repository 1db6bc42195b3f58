// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace conflictmap {

class IncidentStore;

// The incident database opened read-only once for a layer's worker
// threads, which use it one at a time: a request does not pay for opening
// the file and reading its schema. Shared (a shared_ptr) by the layer and
// the work it has started.
class StoreReader {
public:
    explicit StoreReader(QString path);
    ~StoreReader();
    const QString &path() const { return m_path; }
    // Runs 'read' with the store, opened on first use.
    Result<void> read(const std::function<Result<void>(const IncidentStore &)> &read);

private:
    QString m_path;
    std::mutex m_mutex;
    std::unique_ptr<IncidentStore> m_store;
};

} // namespace conflictmap
