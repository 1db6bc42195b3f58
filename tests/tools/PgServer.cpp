// SPDX-FileCopyrightText: 2026 conflictmap contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Starts and stops the throwaway PostgreSQL server of a CTest run (the
// fixture "postgres"): start leaves it running when this program ends, stop
// ends it and removes its directory. A server left in DIR by an interrupted
// run is stopped before a new one starts.
// Usage: conflictmap_pg_server start DIR PORT | stop DIR
#include "support/PostgresServer.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    conflictmap::Result<void> done;
    if (args.size() == 4 && args[1] == QLatin1String("start")) {
        done = PostgresServer::stopIn(args[2]);
        if (done)
            done = PostgresServer::startIn(args[2], args[3].toInt());
    } else if (args.size() == 3 && args[1] == QLatin1String("stop")) {
        done = PostgresServer::stopIn(args[2]);
    } else {
        std::fprintf(stderr, "usage: conflictmap_pg_server start DIR PORT | stop DIR\n");
        return 2;
    }
    if (!done) {
        std::fprintf(stderr, "%s\n", qPrintable(done.error()));
        return 1;
    }
    return 0;
}
