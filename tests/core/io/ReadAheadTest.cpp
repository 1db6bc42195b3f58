// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"

#include "io/ReadAhead.h"

#include <thread>

using namespace conflictmap;

using Numbers = ReadAhead<int>;

TEST_CASE("read ahead hands every item over in order, on another thread", "[io][readahead]")
{
    const std::thread::id caller = std::this_thread::get_id();
    std::thread::id producer;
    std::vector<int> seen;
    auto done = Numbers::run(
        [&](const Numbers::Hand &hand) -> Result<void> {
            producer = std::this_thread::get_id();
            for (int i = 0; i < 10007; ++i) // many batches and a part one
                if (!hand(int(i)))
                    return {};
            return {};
        },
        [&](int &&n) -> Result<void> {
            CHECK(std::this_thread::get_id() == caller);
            seen.push_back(n);
            return {};
        });
    REQUIRE(done);
    CHECK(producer != caller);
    REQUIRE(seen.size() == 10007);
    for (size_t i = 0; i < seen.size(); ++i)
        if (seen[i] != int(i))
            FAIL("item " << i << " came as " << seen[i]);
}

TEST_CASE("read ahead reports the producer's failure after the items before it", "[io][readahead]")
{
    std::vector<int> seen;
    auto done = Numbers::run(
        [&](const Numbers::Hand &hand) -> Result<void> {
            for (int i = 0; i < 1000; ++i)
                hand(int(i));
            return Result<void>::failure(QStringLiteral("line 1001: bad"));
        },
        [&](int &&n) -> Result<void> {
            seen.push_back(n);
            return {};
        });
    REQUIRE_FALSE(done);
    CHECK(done.error() == "line 1001: bad");
    CHECK(seen.size() == 1000);
}

TEST_CASE("read ahead stops the producer at the consumer's first failure, which wins over a later one", "[io][readahead]")
{
    int produced = 0;
    int consumed = 0;
    auto done = Numbers::run(
        [&](const Numbers::Hand &hand) -> Result<void> {
            // Would run forever if the consumer's stop did not reach it.
            for (int i = 0;; ++i) {
                ++produced;
                if (!hand(int(i)))
                    return Result<void>::failure(QStringLiteral("the producer's own failure"));
            }
        },
        [&](int &&n) -> Result<void> {
            ++consumed;
            return n == 300 ? Result<void>::failure(QStringLiteral("item 300 refused")) : Result<void>();
        });
    REQUIRE_FALSE(done);
    CHECK(done.error() == "item 300 refused");
    CHECK(consumed == 301);
    // Bounded: a few batches ahead at most, not the endless file.
    CHECK(produced < 301 + 10 * 256);
}
