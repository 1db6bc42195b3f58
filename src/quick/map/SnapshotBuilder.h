// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace conflictmap {

// Builds a layer's snapshots off the UI thread, one request at a time as
// far as the layer can tell: a newer request (or cancel()) supersedes the
// one running, whose result is dropped without a word, so a layer never
// shows data older than what it last asked for. The work only reads what
// it captured (copies, shared_ptrs to immutable data), so superseded work
// may finish after its layer is gone. 'Snapshot' is copied to the UI thread.
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
    // The latest work is waited for: its result would be delivered to a
    // layer that is gone.
    ~SnapshotBuilder() { m_watcher.waitForFinished(); }
    SnapshotBuilder(const SnapshotBuilder &) = delete;
    SnapshotBuilder &operator=(const SnapshotBuilder &) = delete;

    // Runs 'work' (a callable returning a Snapshot, holding copies of what
    // it reads) on the thread pool.
    template <typename Work>
    void start(Work work)
    {
        const int request = ++m_request;
        m_watched = request;
        m_watcher.setFuture(QtConcurrent::run([work = std::move(work), request]() { return Tagged{request, work()}; }));
    }
    // Whatever is running now is no longer wanted.
    void cancel() { ++m_request; }
    // True while the latest request is being worked on (superseded work
    // still running does not count: a new request may start).
    bool running() const { return m_watched == m_request && m_watcher.isRunning(); }

private:
    struct Tagged {
        int request = 0;
        Snapshot snapshot{};
    };
    std::function<void(Snapshot)> m_ready;
    QFutureWatcher<Tagged> m_watcher;
    int m_request = 0;
    int m_watched = 0; // the request m_watcher follows
};

} // namespace conflictmap
