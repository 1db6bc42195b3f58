// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CatchQtStrings.h"
#include "TileServer.h"

#include "tiles/TileFetcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace conflictmap;

TEST_CASE("tiles are fetched over HTTP and a failing server is reported per tile", "[core][tiles]")
{
    TileServer server;
    struct Case {
        const char *kind;
        const char *error; // empty: fetched
    };
    const Case cases[] = {{"tiles", ""}, {"missing", "HTTP 404"}, {"garbage", ""}, {"stall", "no answer in 0.5 s"}};
    for (const Case &c : cases) {
        INFO(c.kind);
        TileFetcher fetcher(TileUrlTemplate::parse(server.urlTemplate(QString::fromLatin1(c.kind))).value());
        fetcher.setTimeout(500);
        QSignalSpy fetched(&fetcher, &TileFetcher::fetched);
        QSignalSpy failed(&fetcher, &TileFetcher::failed);
        fetcher.fetch({4, 9, 5});
        fetcher.fetch({4, 9, 5}); // already in flight: one request
        CHECK(fetcher.isFetching({4, 9, 5}));
        REQUIRE(QTest::qWaitFor([&] { return fetched.size() + failed.size() > 0; }, 5000));
        QTest::qWait(20);
        CHECK(fetched.size() + failed.size() == 1);
        CHECK_FALSE(fetcher.isFetching({4, 9, 5}));
        if (*c.error) {
            REQUIRE(failed.size() == 1);
            const QString error = failed.first().at(1).toString();
            CHECK(error.contains(QStringLiteral("tile 4/9/5 from 127.0.0.1")));
            CHECK(error.contains(QString::fromUtf8(c.error)));
        } else {
            REQUIRE(fetched.size() == 1);
            CHECK_FALSE(fetched.first().at(1).toByteArray().isEmpty());
        }
    }
    CHECK(server.requests().filter(QStringLiteral("/4/9/5.png")).size() == 4);
}

TEST_CASE("a fetch no longer wanted is abandoned without a report", "[core][tiles]")
{
    TileServer server;
    TileFetcher fetcher(TileUrlTemplate::parse(server.urlTemplate(QStringLiteral("stall"))).value());
    QSignalSpy failed(&fetcher, &TileFetcher::failed);
    fetcher.fetch({4, 9, 5});
    fetcher.fetch({4, 9, 6});
    fetcher.cancelAllBut({TileId{4, 9, 6}});
    CHECK_FALSE(fetcher.isFetching({4, 9, 5}));
    CHECK(fetcher.isFetching({4, 9, 6}));
    QTest::qWait(50);
    CHECK(failed.isEmpty());
}
