// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StoreFixture.h"

#include "TestPaths.h"
#include "io/SampleData.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <set>

using namespace conflictmap;

namespace {
QString integrity(const QString &path)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    REQUIRE(db);
    SqliteStatement check = db.value()->prepare("PRAGMA integrity_check");
    return check.next() ? check.text(0) : db.value()->lastError();
}

qint64 count(const QString &path)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
    REQUIRE(db);
    SqliteStatement select = db.value()->prepare("SELECT count(*) FROM incidents");
    REQUIRE(select.next());
    return select.integer(0);
}

// A FeatureCollection of 'n' valid point features, each with a claim.
QByteArray features(int n)
{
    QByteArray json = R"({"type":"FeatureCollection","features":[)";
    for (int i = 0; i < n; ++i) {
        json += i ? "," : "";
        json += QStringLiteral(
            R"({"type":"Feature","geometry":{"type":"Point","coordinates":[%1,%2]},)"
            R"("properties":{"type":"shelling","title":"Shelling report %3","date":"2022-09-%4","precision":"near",)"
            R"("sources":[{"title":"Report %5","stance":"reports","quote":"قصف %3"}]}})")
                    .arg(44.5 + (i % 300) * 0.01)
                    .arg(38.9 + (i % 170) * 0.01)
                    .arg(i)
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i % 500)
                    .toUtf8();
    }
    json += "]}";
    return json;
}

void killAfter(QProcess &process, int milliseconds)
{
    QThread::msleep(ulong(milliseconds));
    if (process.state() != QProcess::NotRunning)
        ::kill(pid_t(process.processId()), SIGKILL);
    REQUIRE(process.waitForFinished(30000));
}
} // namespace

TEST_CASE("an import killed at any moment is wholly present or wholly absent, the database intact", "[store][crash]")
{
    StoreFixture db;
    REQUIRE(SampleData::loadInto(*db.store));
    db.store.reset();
    const qint64 before = count(db.path);
    const QString file = db.dir.filePath("big.geojson");
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(features(50000));
    }
    // How long a whole import takes here, to spread the kills over it.
    const QString scratch = db.dir.filePath("timing.sqlite");
    REQUIRE(QFile::copy(db.path, scratch));
    QElapsedTimer timer;
    timer.start();
    QProcess full;
    full.start(testpaths::cli(), {"--db", scratch, "import", file});
    REQUIRE(full.waitForFinished(300000));
    REQUIRE(full.exitCode() == 0);
    const int duration = int(timer.elapsed());
    CHECK(count(scratch) == before + 50000);

    QRandomGenerator random(6);
    int absent = 0, present = 0;
    for (int round = 0; round < 40; ++round) {
        INFO("round " << round);
        QProcess import;
        import.start(testpaths::cli(), {"--db", db.path, "import", file});
        REQUIRE(import.waitForStarted());
        killAfter(import, int(random.bounded(duration + duration / 10)));
        REQUIRE(integrity(db.path) == "ok");
        const qint64 now = count(db.path);
        REQUIRE((now == before || now == before + 50000));
        if (now == before) {
            ++absent;
            continue;
        }
        ++present; // it finished before the kill: start again from the sample
        StoreFixture fresh;
        REQUIRE(SampleData::loadInto(*fresh.store));
        fresh.store.reset();
        QFile::remove(db.path);
        QFile::remove(db.path + "-wal");
        QFile::remove(db.path + "-shm");
        REQUIRE(QFile::copy(fresh.path, db.path));
    }
    INFO("absent " << absent << ", present " << present);
    CHECK(absent > 20); // most kills land inside the import
}

TEST_CASE("every add that reported success survives a kill", "[store][crash]")
{
    StoreFixture db;
    db.store.reset();
    QRandomGenerator random(7);
    std::set<qint64> reported;
    for (int round = 0; round < 10; ++round) {
        QProcess writer;
        writer.start(testpaths::storeWriter(), {db.path, "100000", QStringLiteral("burst%1").arg(round)});
        REQUIRE(writer.waitForStarted());
        killAfter(writer, 100 + int(random.bounded(900)));
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n'))
            if (line.startsWith("added "))
                reported.insert(line.mid(6).toLongLong());
        REQUIRE(integrity(db.path) == "ok");
    }
    REQUIRE(reported.size() > 100);
    db.store = db.open();
    for (qint64 id : reported) {
        INFO("incident " << id);
        REQUIRE(db.store->incident(id));
    }
}
