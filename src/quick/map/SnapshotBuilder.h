// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace conflictmap {

// Builds a layer's snapshots off the UI thread, one request at a time as
// far as the layer can tell: a newer request supersedes the one running,
// whose result is dropped, so a layer never shows data older than what it
// last asked for. 'Snapshot' is copied to the UI thread (a shared_ptr to
// immutable data, typically).
template <typename Snapshot>
class SnapshotBuilder {
public:
    // 'ready' runs on 'context''s thread with each result still wanted.
    SnapshotBuilder(QObject *context, std::function<void(Snapshot)> ready) : m_ready(std::move(ready))
    {
        QObject::connect(&m_watcher, &QFutureWatcherBase::finished, context, [this] {
            const Tagged tagged = m_watcher.result();
            if (tagged.request == m_request)
                m_ready(tagged.snapshot);
        });
    }
    // The work in flight reads only what it captured; wait for it so that
    // nothing outlives the layer that asked.
    ~SnapshotBuilder() { m_watcher.waitForFinished(); }
    SnapshotBuilder(const SnapshotBuilder &) = delete;
    SnapshotBuilder &operator=(const SnapshotBuilder &) = delete;

    // Runs 'work' (a callable returning a Snapshot, holding copies of what
    // it reads) on the thread pool.
    template <typename Work>
    void start(Work work)
    {
        const int request = ++m_request;
        m_watcher.setFuture(QtConcurrent::run([work = std::move(work), request]() { return Tagged{request, work()}; }));
    }
    // Whatever is running now is no longer wanted.
    void cancel() { ++m_request; }
    bool running() const { return m_watcher.isRunning(); }

private:
    struct Tagged {
        int request = 0;
        Snapshot snapshot{};
    };
    std::function<void(Snapshot)> m_ready;
    QFutureWatcher<Tagged> m_watcher;
    int m_request = 0;
};

} // namespace conflictmap
