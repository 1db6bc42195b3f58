// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Result.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace conflictmap {

// Reading a file on a thread of its own, ahead of what is done with it on
// the calling thread: an import parses records on one core while it writes
// them to the database on the other. Items are handed over in batches
// through a bounded queue (a few batches ahead, so memory stays small),
// consumed in the order produced; the first failure on either side ends
// both, and a failure of the producer is returned after the items it
// produced before it, as reading them one at a time would.
template <typename Item>
class ReadAhead {
public:
    // 'produce' runs on the worker, handing each item to the function given, which
    // returns false once the consumer has stopped (produce should then
    // return). 'consume' runs on the calling thread.
    using Hand = std::function<bool(Item &&)>;
    static Result<void> run(
        const std::function<Result<void>(const Hand &)> &produce, const std::function<Result<void>(Item &&)> &consume)
    {
        ReadAhead queue;
        Result<void> produced;
        std::thread worker([&] {
            produced = produce([&](Item &&item) { return queue.push(std::move(item)); });
            queue.finish();
        });
        Result<void> consumed;
        std::vector<Item> batch;
        while (consumed && queue.pop(batch)) {
            for (Item &item : batch)
                if (consumed = consume(std::move(item)); !consumed)
                    break;
        }
        queue.stop();
        worker.join();
        return consumed ? produced : consumed;
    }

private:
    static constexpr size_t kBatch = 256;
    static constexpr size_t kBatchesAhead = 8;

    // Producer side: false once the consumer stopped.
    bool push(Item &&item)
    {
        m_filling.push_back(std::move(item));
        if (m_filling.size() < kBatch)
            return !m_stopped;
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_ready.size() < kBatchesAhead || m_stopped; });
        if (m_stopped)
            return false;
        m_ready.push_back(std::move(m_filling));
        m_filling.clear();
        m_available.notify_one();
        return true;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        if (!m_filling.empty())
            m_ready.push_back(std::move(m_filling));
        m_finished = true;
        m_available.notify_one();
    }
    // Consumer side: the next batch, or false when there is none to come.
    bool pop(std::vector<Item> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_available.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return false;
        batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_space.notify_one();
        return true;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_space.notify_one();
    }

    std::mutex m_mutex;
    std::condition_variable m_available; // a batch is ready, or the producer is done
    std::condition_variable m_space; // the queue has room, or the consumer stopped
    std::deque<std::vector<Item>> m_ready;
    std::vector<Item> m_filling; // the producer's own
    bool m_finished = false;
    std::atomic<bool> m_stopped = false; // read by the producer between batches
};

} // namespace conflictmap
